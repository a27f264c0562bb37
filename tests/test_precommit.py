"""The pre-commit hook, run for real: ``pre-commit try-repo`` on an article repository.

pre-commit builds a virtual environment and installs this checkout in it
(from the registry): the test takes a while, so it runs the hook twice
only, before and after the articles are fixed.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

HOOKS = ROOT / ".pre-commit-hooks.yaml"
CONFIG = ROOT / ".pre-commit-config.yaml"

# Each article type the hook takes has one fault, fixed in the second run;
# the Python file holds the same kind of fault and must never be linted.
FAULTY = {
    "articles/greve.md": ("# Grève à la SNCF\n\nAu moins 300 trains ont été supprimés lundi.\n",
                          "lundi.", "lundi, selon la direction."),
    "articles/meteo.txt": ("Canicule\n\nLe thermomètre a atteint 42 degrés à Nîmes.\n",
                           "Nîmes.", "Nîmes, a indiqué Météo-France."),
    "articles/depeche.html": ("<h1>Le maire démissionne</h1>\n<p>« Je pars la tête haute. »</p>\n",
                              "»</p>", "», a déclaré le maire.</p>"),
    "scripts/notes.py": ("# Au moins 300 soldats ont été tués.\nprint('« Bonjour »')\n", None, None),
}


def _clean_environment(tmp_path: Path) -> dict[str, str]:
    """No outer git repository, pre-commit run or Python path leaks in (the hook's environment
    imports what it installed, as a newsroom's does); a git identity; a private pre-commit cache."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT")) and k != "PYTHONPATH"}
    env.update(GIT_AUTHOR_NAME="Rédaction", GIT_AUTHOR_EMAIL="redaction@example.org",
               GIT_COMMITTER_NAME="Rédaction", GIT_COMMITTER_EMAIL="redaction@example.org",
               GIT_CONFIG_NOSYSTEM="1", PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    return env


def _git(repo: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args], cwd=repo, env=env,
                   check=True, capture_output=True)


def _mend_faulty(repo: Path) -> None:
    """Give each faulty article of the repository its fix."""
    for name, (text, fault, fix) in FAULTY.items():
        if fault is not None:
            (repo / name).write_text(text.replace(fault, fix), encoding="utf-8")


def _try_repo(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "attrlint", "--all-files",
                           "--color", "never"], cwd=repo, env=env, capture_output=True, text=True, timeout=1200)


@pytest.fixture
def article_repository(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("this copy of attrlint is not a git checkout, which pre-commit try-repo needs")
    env = _clean_environment(tmp_path)
    repo = tmp_path / "journal"
    repo.mkdir()
    for name, (text, _, _) in FAULTY.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    _git(repo, env, "init", "-q")
    _git(repo, env, "add", ".")
    _git(repo, env, "commit", "-q", "-m", "Articles du jour")
    return repo, env


def test_hook_fails_on_faulty_articles_then_passes_once_fixed(article_repository):
    repo, env = article_repository
    failed = _try_repo(repo, env)
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "attrlint" in output and "Failed" in output
    assert "articles/greve.md:3:1: FIG001" in output
    assert "articles/meteo.txt:3:26: FIG001" in output
    assert "articles/depeche.html:2:4: QUO001" in output
    assert "notes.py" not in output

    _mend_faulty(repo)
    passed = _try_repo(repo, env)
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "Passed" in output


def test_hook_manifest_takes_articles_only():
    identify = pytest.importorskip("identify.identify")
    [hook] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "attrlint" and hook["entry"] == "attrlint check" and hook["language"] == "python"
    wanted = set(hook["types_or"])
    assert wanted <= identify.ALL_TAGS
    for name in ("a.md", "a.markdown", "a.txt", "a.html", "a.htm"):
        assert identify.tags_from_filename(name) & wanted, name
    for name in ("a.py", "a.yaml", "a.json", "a.css"):
        assert not identify.tags_from_filename(name) & wanted, name


def test_project_config_lints_the_seeds_with_the_hook():
    [repo] = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))["repos"]
    [hook] = repo["hooks"]
    [manifest] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == manifest["id"] and hook["entry"] == manifest["entry"]
    assert hook["types_or"] == manifest["types_or"]
    assert hook["files"] == "^seeds/"
    checked = subprocess.run([sys.executable, "-m", "pre_commit", "validate-config", str(CONFIG)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _readme_config() -> dict:
    """The README's ``.pre-commit-config.yaml`` example."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippets = [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", readme, re.S)]
    [config] = [s for s in snippets if "repos" in s]
    return config


def test_readme_snippet_uses_the_hook():
    [manifest] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert [hook["id"] for hook in _readme_config()["repos"][0]["hooks"]] == [manifest["id"]]


def _git_output(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def _readme_rev() -> str:
    """The README's ``rev:``, once this checkout's history can say whether it exists."""
    if shutil.which("git") is None or _git_output("rev-parse", "--git-dir").returncode != 0:
        pytest.skip("needs a git clone of attrlint: the README's rev is a commit of its history")
    rev = str(_readme_config()["repos"][0]["rev"])
    shallow = _git_output("rev-parse", "--is-shallow-repository").stdout.strip() == "true"
    if shallow and _git_output("cat-file", "-e", f"{rev}^{{commit}}").returncode != 0:
        pytest.skip("a shallow clone lacks the history the README's rev points into (git fetch --unshallow)")
    return rev


def test_readme_rev_is_a_commit_of_main_with_the_hook():
    rev = _readme_rev()
    is_tag = _git_output("rev-parse", "-q", "--verify", f"refs/tags/{rev}").returncode == 0
    assert is_tag or re.fullmatch(r"[0-9a-f]{40}", rev), f"{rev!r} is neither a release tag nor a full commit hash"
    found = _git_output("cat-file", "-e", f"{rev}^{{commit}}")
    assert found.returncode == 0, f"the README's rev {rev} is not a commit of this repository"
    # A commit of the history this checkout was made from, not one left on a side branch.
    assert _git_output("merge-base", "--is-ancestor", rev, "HEAD").returncode == 0, rev
    manifest = _git_output("show", f"{rev}:.pre-commit-hooks.yaml")
    assert manifest.returncode == 0, manifest.stderr
    hook_ids = {hook["id"] for hook in yaml.safe_load(manifest.stdout)}
    assert {hook["id"] for hook in _readme_config()["repos"][0]["hooks"]} <= hook_ids


def _pre_commit_run(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"], cwd=repo,
                          env=env, capture_output=True, text=True, timeout=1200)


def test_readme_config_runs_as_written(article_repository):
    """The README's configuration, its repo: pointing at this clone, installs the pinned rev and lints."""
    repo, env = article_repository
    rev = _readme_rev()
    config = _readme_config()
    config["repos"][0]["repo"] = str(ROOT)  # the one line the README asks the reader to fill in
    assert config["repos"][0]["rev"] == rev
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(repo, env, "add", ".pre-commit-config.yaml")

    failed = _pre_commit_run(repo, env)
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "articles/greve.md:3:1: FIG001" in output
    assert "articles/depeche.html:2:4: QUO001" in output
    assert "notes.py" not in output

    _mend_faulty(repo)
    passed = _pre_commit_run(repo, env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
