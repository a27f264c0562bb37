"""Cached results: unchanged files are not analysed again, and nothing stale is ever given back."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sample_articles import write_articles

from attrlint import cache as cache_module
from attrlint import parallel
from attrlint.cache import ResultCache
from attrlint.cli import main


@pytest.fixture
def analysed(monkeypatch):
    """The paths linted (not taken from the cache) during a test."""
    seen: list[str] = []
    real = parallel.decode_content  # each file linted in this process is decoded first

    def counting(path, data, limit, *rest):
        seen.append(path)
        return real(path, data, limit, *rest)

    monkeypatch.setattr(parallel, "decode_content", counting)
    return seen


def check(capsys, cache_dir: Path, *args: str) -> tuple[int, str]:
    code = main(["check", "-j", "1", "--cache-dir", str(cache_dir), *args])
    return code, capsys.readouterr().out


def entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("v1/*/*.json"))


def test_second_run_takes_every_result_from_the_cache(tmp_path, capsys, analysed):
    paths = write_articles(tmp_path / "articles", 6)
    store = tmp_path / "cache"
    first = check(capsys, store, "--format", "json", str(tmp_path / "articles"))
    assert len(analysed) == 6 and len(entries(store)) == 6
    analysed.clear()
    second = check(capsys, store, "--format", "json", str(tmp_path / "articles"))
    assert second == first and analysed == []
    assert (store / "CACHEDIR.TAG").exists() and (store / ".gitignore").read_text().strip().endswith("*")
    paths[2].write_text(paths[2].read_text(encoding="utf-8") + "\nIl y a eu 4 000 blessés.\n", encoding="utf-8")
    third = check(capsys, store, "--format", "json", str(tmp_path / "articles"))
    assert analysed == [str(paths[2])]
    assert third != first and third[1].count("FIG001") == first[1].count("FIG001") + 1


def test_settings_are_part_of_the_key(tmp_path, capsys, analysed):
    write_articles(tmp_path / "articles", 3)
    store = tmp_path / "cache"
    all_rules = check(capsys, store, str(tmp_path / "articles"))
    only_quotes = check(capsys, store, "--select", "QUO", str(tmp_path / "articles"))
    assert len(analysed) == 6
    assert "FIG001" in all_rules[1] and "FIG001" not in only_quotes[1]


def test_lexicon_and_rule_options_change_the_fingerprint(registry):
    from attrlint.api import active_rules
    from attrlint.runner import FileSettings, RunOptions

    store = ResultCache("unused")

    def fingerprint(lexicon, options=None):
        return store.fingerprint(FileSettings(active_rules(registry, settings=options), lexicon,
                                              registry.readers, RunOptions()))

    base = fingerprint(registry.lexicon())
    assert fingerprint(registry.lexicon()) == base
    assert fingerprint(registry.lexicon({"speech-verbs": ["claironner"]})) != base
    assert fingerprint(registry.lexicon({"wire-agencies": {"ANP": ["ANP"]}})) != base
    assert fingerprint(registry.lexicon(), {"FIG001": {"check-titles": True}}) != base


def test_corrupt_entries_are_ignored_and_replaced(tmp_path, capsys, analysed):
    write_articles(tmp_path / "articles", 4)
    store = tmp_path / "cache"
    first = check(capsys, store, "--format", "json", str(tmp_path / "articles"))
    damage = [b"", b"{not json", b'{"path": 3}', b'{"path": "x", "diagnostics": [[1]]}']
    for entry, garbage in zip(entries(store), damage):
        entry.write_bytes(garbage)
    analysed.clear()
    assert check(capsys, store, "--format", "json", str(tmp_path / "articles")) == first
    assert len(analysed) == 4
    analysed.clear()
    assert check(capsys, store, "--format", "json", str(tmp_path / "articles")) == first
    assert analysed == []


def test_results_with_errors_are_not_kept(tmp_path, capsys):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "binary.txt").write_bytes(b"\x00\x01\x02 pas du texte")
    store = tmp_path / "cache"
    assert check(capsys, store, str(tmp_path / "articles"))[0] == 2
    assert entries(store) == []


def test_no_cache_writes_nothing(tmp_path, capsys, analysed):
    write_articles(tmp_path / "articles", 2)
    store = tmp_path / "cache"
    main(["check", "--no-cache", "--cache-dir", str(store), str(tmp_path / "articles")])
    main(["check", "--no-cache", "--cache-dir", str(store), str(tmp_path / "articles")])
    capsys.readouterr()
    assert not store.exists() and len(analysed) == 4


def test_cache_folder_from_the_environment(tmp_path, capsys, monkeypatch):
    write_articles(tmp_path / "articles", 2)
    monkeypatch.setenv(cache_module.CACHE_DIR_ENV, str(tmp_path / "from-env"))
    monkeypatch.chdir(tmp_path)
    main(["check", str(tmp_path / "articles")])
    assert len(entries(tmp_path / "from-env")) == 2
    main(["check", "--cache-dir", str(tmp_path / "from-option"), str(tmp_path / "articles")])
    capsys.readouterr()
    assert len(entries(tmp_path / "from-option")) == 2
    assert not (tmp_path / ".attrlint_cache").exists()


def test_default_cache_folder_is_in_the_current_folder(tmp_path, capsys, monkeypatch):
    write_articles(tmp_path / "articles", 1)
    monkeypatch.delenv(cache_module.CACHE_DIR_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    main(["check", "articles"])
    capsys.readouterr()
    assert len(entries(tmp_path / ".attrlint_cache")) == 1


def test_concurrent_runs_share_one_cache(tmp_path):
    write_articles(tmp_path / "articles", 30)
    store = tmp_path / "cache"
    command = [sys.executable, "-m", "attrlint.cli", "check", "--format", "json", "-j", "1",
               "--cache-dir", str(store), str(tmp_path / "articles")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, env=env) for _ in range(3)]
    outputs = {run.communicate(timeout=120)[0] for run in runs}
    assert len(outputs) == 1
    assert len(entries(store)) == 30
    assert not [p for p in store.rglob("*") if p.name.endswith(".tmp")]  # no temporary file left behind
    again = subprocess.run(command, stdout=subprocess.PIPE, env=env, timeout=120)
    assert again.stdout in outputs


def test_suppressions_apply_to_cached_results(tmp_path, capsys, analysed):
    folder = tmp_path / "articles"
    write_articles(folder, 4)
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("\n\n", "\n\n<!-- attrlint-disable FIG001 -->\n\n", 1)
        path.with_suffix(".md").write_text(text, encoding="utf-8")
        path.unlink()
    store = tmp_path / "cache"
    first = check(capsys, store, "--format", "json", str(folder))
    analysed.clear()
    assert check(capsys, store, "--format", "json", str(folder)) == first and analysed == []
    codes = [d["code"] for d in json.loads(first[1])]
    assert "FIG001" not in codes and "ATL200" in codes and len(entries(store)) == 4


def test_the_word_lists_of_the_analysis_are_part_of_the_code_stamp():
    from attrlint.cache import _own_code_stamp

    stamp = _own_code_stamp()
    assert "figures.toml:" in stamp and "subjects.toml:" in stamp and "source_nouns.txt:" in stamp
