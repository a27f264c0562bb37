"""``attrlint sources``: the map of sources on the command line, as text and JSON."""
from __future__ import annotations

import json
from pathlib import Path

from attrlint.sources import KINDS, NAMINGS, ArticleSources

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "nk-troops-russia.fr.txt"

ARTICLE = ("Crues dans l'Aude\n\n"
           "Selon la préfecture de l'Aude, 250 habitants ont été évacués dans la nuit.\n\n"
           "« L'eau est montée en une heure », a raconté Lucie Ferrand, une riveraine.\n\n"
           "Au moins 40 maisons ont été inondées.\n")


def test_the_seed_as_json_lists_its_sources_with_what_each_backs(run_cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out = run_cli(["sources", "--format", "json", "--isolated", str(SEED)])
    assert code == 0
    [article] = json.loads(out)
    assert article["path"] == str(SEED)
    sources = article["sources"]
    assert all(s["kind"] in KINDS and s["naming"] in NAMINGS for s in sources)
    agencies = {s["agency"]: s for s in sources if s["kind"] == "agency"}
    assert {"Yonhap", "KCNA", "Reuters"} <= set(agencies)
    assert any("Korean Central News Agency" in c["text"] for c in agencies["KCNA"]["cues"])
    ministry = next(s for s in sources if "ministère sud-coréen" in s["name"])
    assert ministry["kind"] == "institution"
    assert any(q["text"].startswith("« En reconnaissant") for q in ministry["quotations"])
    text = SEED.read_text(encoding="utf-8")
    for source in sources:
        for item in source["mentions"] + source["cues"] + source["quotations"] + source["figures"]:
            assert text[item["start"]:item["end"]] == item["text"]


def test_text_output_names_each_source_and_what_has_none(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "crues.txt").write_text(ARTICLE, encoding="utf-8")
    code, out = run_cli(["sources", "--isolated", "crues.txt"])
    assert code == 0
    assert out.splitlines()[0] == "crues.txt: 2 sources, 1 with no source"
    assert "  la préfecture de l'Aude (institution, named)" in out
    assert "      figure 3:32 250 habitants" in out
    assert "  Lucie Ferrand (person, named)" in out
    assert "With no source:\n      figure 7:1 Au moins 40 maisons" in out


def test_a_file_that_cannot_be_read_is_named_and_the_others_mapped(tmp_path, monkeypatch, capsys):
    from attrlint.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "crues.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binaire.txt").write_bytes(b"\x00\x01\x02" * 50)
    code = main(["sources", "--isolated", "--format", "json", "binaire.txt", "absent.txt", "crues.txt"])
    out, err = capsys.readouterr()
    assert code == 2
    assert [a["path"] for a in json.loads(out)] == ["crues.txt"]
    assert "absent.txt" in err and "binaire.txt" in err


def test_standard_input(run_cli):
    code, out = run_cli(["sources", "--isolated", "--format", "json", "--stdin-filename", "depeche.txt", "-"],
                        stdin=ARTICLE.encode("utf-8"))
    assert code == 0
    [article] = json.loads(out)
    assert article["path"] == "depeche.txt"
    code, out = run_cli(["sources", "--isolated", "--stdin-filename", "depeche.txt", "-"], stdin=b"Titre\n")
    assert out == "depeche.txt: 0 sources, 0 with no source\n"
    assert [u["text"] for u in article["unsourced"]] == ["Au moins 40 maisons"]


def test_a_cached_map_is_the_map(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ATTRLINT_CACHE_DIR", str(tmp_path / "cache"))
    for i in range(10):  # enough files for worker processes
        (tmp_path / f"crues-{i}.txt").write_text(ARTICLE.replace("250", str(250 + i)), encoding="utf-8")
    first = run_cli(["sources", "--isolated", "--format", "json", "."])
    assert list((tmp_path / "cache").rglob("*.json"))
    second = run_cli(["sources", "--isolated", "--format", "json", "."])
    assert first == second and first[0] == 0
    assert len(json.loads(first[1])) == 10


def test_a_result_cached_without_a_map_does_not_stand_for_one(registry, tmp_path):
    from attrlint.run import run_paths
    from attrlint.runner import FileSettings, RunOptions

    path = tmp_path / "crues.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def run(maps: bool):
        options = RunOptions(cache_dir=str(tmp_path / "cache"), source_maps=maps, jobs=1)
        settings = FileSettings([], registry.lexicon(), registry.readers, options)
        return run_paths([str(path)], lambda _: settings, keep_sources=False).results[0]

    assert run(False).sources is None
    mapped = run(True)
    assert mapped.sources is not None and ArticleSources.from_json(mapped.sources).unsourced
    assert run(True).sources == mapped.sources  # now read back from the cache


def test_text_output_in_french(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "crues.txt").write_text(ARTICLE, encoding="utf-8")
    code, out = run_cli(["sources", "--isolated", "--language", "fr", "crues.txt"])
    assert code == 0
    assert out.splitlines()[0] == "crues.txt: 2 sources, 1 sans source"
    assert "  la préfecture de l'Aude (institution, nommée)" in out
    assert "Sans source\u00a0:\n      chiffre 7:1 Au moins 40 maisons" in out
    _, listed = run_cli(["sources", "--isolated", "--language", "fr", "--format", "json", "crues.txt"])
    assert json.loads(listed)[0]["sources"][0]["kind"] == "institution"  # JSON keeps its values


def test_a_file_whose_map_fails_is_named_and_the_others_mapped(tmp_path, monkeypatch, capsys):
    import attrlint.sources
    from attrlint.cli import main

    real = attrlint.sources.source_map

    def failing(doc):
        if "Grève" in doc.prose:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc)

    monkeypatch.setattr(attrlint.sources, "source_map", failing)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "crues.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "greve.txt").write_text("Grève au dépôt\n\nSelon la direction, 30 bus sont restés au dépôt.\n",
                                        encoding="utf-8")
    code = main(["sources", "--isolated", "--format", "json", "greve.txt", "crues.txt"])
    out, err = capsys.readouterr()
    assert code == 2
    assert [a["path"] for a in json.loads(out)] == ["crues.txt"]
    assert "greve.txt: the map of sources failed: RecursionError: maximum recursion depth exceeded" in err
