"""The code blocks of README.md, docs/ and the plugins' READMEs run as written, in a fresh copy of the project.

Every Markdown file of the documentation is read, block by block; nothing
here lists today's commands, so a new section is checked as soon as it is
written. How a block is checked is said by its language and by the
``<!-- docs-check: … -->`` comments before it (tests/doc_blocks.py):

- ``sh``/``console`` blocks: each command (``$ `` lines in ``console``) runs
  in bash in a fresh copy of the repository (or of the folder a ``docs-check:
  in PATH`` names: tests/data/newsroom holds articles to lint), with
  ``.venv`` standing for the environment running the tests and ``../shared``
  for the shared corpus folder; it must exit 0 (or the block's ``exit N``;
  ``exit 0 1``: either) without a traceback. The ``run:`` and ``script:``
  commands of CI recipes in ``yaml`` blocks run the same way. Commands that
  install (``pip install``, ``python -m venv``) are not run, since they
  would change the environment under test: the paths they name must exist;
  .ci/run runs the README's set-up commands (test_readme_set_up_is_what_ci_runs).
  ``help`` blocks run with ``--help``.
- ``python`` blocks compile, their imports from attrlint resolve, and those
  that are not files of docs/plugins.md's tutorial (``<!-- test-file: … -->``,
  run by tests/test_plugin_docs.py) run.
- ``toml``, ``yaml`` and ``json`` blocks parse; a ``[tool.attrlint]`` table
  is a valid configuration.
- Relative links point at files and headings that exist; inline commands
  (``attrlint rules``, ``python bench/fuzz.py``) name subcommands and
  paths that exist.
"""
from __future__ import annotations

import ast
import functools
import importlib
import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, shared_requirement
from doc_blocks import KNOWN_DIRECTIVES, Block, blocks_of, prose_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DOCUMENTS = sorted({ROOT / "README.md", *ROOT.glob("docs/**/*.md"), *ROOT.glob("plugins/*/README.md")})
BLOCKS = [block for document in DOCUMENTS for block in blocks_of(document, ROOT)]
SHELL = {"sh", "bash", "shell", "console", "shell-session"}
# Options whose value is a file attrlint or a script writes, or a name it reports under: it need not exist.
NAMES_NOT_PATHS = {"-o", "--output", "--output-file", "--stdin-filename", "--cache-dir", "--save", "--json"}
# What a fresh clone does not hold (.gitignore), when the copy cannot be made from git's list of files.
NOT_IN_A_CLONE = shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.egg-info", "build", "dist",
                                        ".pytest_cache", ".attrlint_cache", ".hypothesis", "out")
OPERATORS = {"|", "||", "&&", ";", "&", "(", ")"}


def _blocks(*languages: str) -> list[Block]:
    return [block for block in BLOCKS if block.language in languages]


def _ids(blocks: list[Block]) -> list[str]:
    return [block.where for block in blocks]


def _skip_if_asked(block: Block) -> dict[str, tuple[str, str]]:
    directives = block.directives
    if "skip" in directives:
        pytest.skip(f"{block.where}: {directives['skip'][1] or 'marked docs-check: skip'}")
    if "needs" in directives:
        # An optional extra's block runs where the extra is installed, as the extra's own tests do.
        module, reason = directives["needs"]
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{block.where}: {reason or f'needs {module}'}")
    return directives


def _require_shared(path: str) -> None:
    """``path``, written ``../shared/…``, is there; else skip (fail under ATTRLINT_REQUIRE_SHARED=1)."""
    if not (SHARED / path.removeprefix("../shared/")).exists():
        reason = shared_requirement(*path.split("/")[2:])
        if os.environ.get("ATTRLINT_REQUIRE_SHARED") == "1":
            pytest.fail(reason)
        pytest.skip(reason)


# -- a fresh copy of the project -------------------------------------------------------------------

def _tracked_files() -> list[str] | None:
    """The files a clone of this checkout would hold (on disk now), or None outside git."""
    if shutil.which("git") is None:
        return None
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True)
    if listed.returncode != 0:
        return None
    return [name for name in listed.stdout.decode("utf-8").split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """``<tmp>/attrlint``, a copy of the project, with ``.venv`` the running environment and ``../shared``."""
    base = tmp_path_factory.mktemp("clone")
    clone = base / "attrlint"
    files = _tracked_files()
    if files is None:
        shutil.copytree(ROOT, clone, ignore=NOT_IN_A_CLONE)
    else:
        for name in files:
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, clone / name)
    (clone / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    if SHARED.exists():
        (base / "shared").symlink_to(SHARED.resolve(), target_is_directory=True)
    return clone


def _folder_for(block: Block, workspace: Path, tmp_path: Path) -> Path:
    folder = block.directives.get("in", ("", ""))[0]
    if not folder:
        return workspace
    source = workspace / folder
    assert source.is_dir(), f"{block.where}: docs-check: in {folder}: no such folder in the repository"
    copy = tmp_path / source.name
    shutil.copytree(source, copy)
    return copy


# -- commands --------------------------------------------------------------------------------------

def commands_of(block: Block) -> list[str]:
    """The command lines of a shell block, continuation lines joined."""
    lines = block.text.splitlines()
    if block.language in {"console", "shell-session"}:
        lines = [line[2:] for line in lines if line.startswith("$ ")]
    commands: list[str] = []
    pending = ""
    for line in lines:
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        command = (pending + line).strip()
        pending = ""
        if command and not command.startswith("#"):
            commands.append(command)
    return commands


def simple_commands(command: str) -> list[list[str]]:
    """The words of each simple command of a command line (split at pipes, ``&&``, ``;``), comments dropped."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    parts: list[list[str]] = [[]]
    for token in lexer:
        if token in OPERATORS:
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


def installs(words: list[str]) -> bool:
    """``pip install …``, ``python -m pip …``, ``python -m venv …``: set-up that changes an environment."""
    program = Path(words[0]).name
    return program in {"pip", "pip3"} or (program.startswith("python") and words[1:2] == ["-m"]
                                          and words[2:3] in (["pip"], ["venv"]))


def named_paths(words: list[str]) -> list[str]:
    """The arguments that name files or folders: with a slash, not options, URLs or names of outputs."""
    paths = []
    for previous, word in zip(["", *words], words):
        if previous in NAMES_NOT_PATHS or word.startswith("-") or "://" in word or "$" in word:
            continue
        if "/" in word and not word.startswith(".venv/"):
            paths.append(word)
    return paths


def help_command(words: list[str]) -> list[str]:
    """The program, its script and its leading subcommand words, then ``--help``."""
    kept = [words[0]]
    rest = words[1:]
    if Path(words[0]).name.startswith("python"):
        while rest and rest[0].startswith("-"):
            kept.append(rest.pop(0))
            if kept[-1] == "-m" and rest:
                kept.append(rest.pop(0))
                break
        else:
            if rest:
                kept.append(rest.pop(0))  # the script
    while rest and re.fullmatch(r"[a-z][a-z-]*", rest[0]):
        kept.append(rest.pop(0))
    return [*kept, "--help"]


def _environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST", "COV_"))}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.setdefault("NO_COLOR", "1")
    return env


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=_environment(), stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=900)


def run_commands(block: Block, commands: list[str], workspace: Path, tmp_path: Path) -> None:
    """Run a block's commands as its directives say; each names existing paths and exits as expected."""
    directives = block.directives
    expected = {int(code) for code in directives.get("exit", ("0", ""))[0].split()}
    cwd = _folder_for(block, workspace, tmp_path)
    for command in commands:
        parts = simple_commands(command)
        for words in parts:
            for path in named_paths(words):
                if path.startswith("../shared/"):
                    _require_shared(path)
                assert (cwd / path).exists(), f"{block.where}: `{command}` names {path}, which does not exist"
        if any(installs(words) for words in parts):
            continue
        if "help" in directives:
            runs = [(shlex.join(help_command(words)), {0}) for words in parts]
        else:
            runs = [(command, expected)]
        for line, codes in runs:
            done = _run(line, cwd)
            shown = f"{block.where}: `{line}` exited {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
            assert done.returncode in codes, shown
            assert "Traceback (most recent call last)" not in done.stderr, shown


@pytest.mark.parametrize("block", _blocks(*SHELL), ids=_ids(_blocks(*SHELL)))
def test_shell_block_runs_as_written(block: Block, workspace: Path, tmp_path: Path):
    _skip_if_asked(block)
    if block.marker("test-output") is not None:
        pytest.skip(f"{block.where}: a tutorial output, compared by tests/test_plugin_docs.py")
    commands = commands_of(block)
    assert commands, f"{block.where}: a shell block with no command"
    run_commands(block, commands, workspace, tmp_path)


def ci_commands(data: object) -> list[str]:
    """The shell commands of a CI recipe: ``run:`` of GitHub Actions steps, ``script:`` lists of GitLab jobs."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "run" and isinstance(value, str):
                found += [line for line in value.splitlines() if line.strip()]
            elif key in {"script", "before_script"} and isinstance(value, list):
                found += [item for item in value if isinstance(item, str)]
            else:
                found += ci_commands(value)
    elif isinstance(data, list):
        for item in data:
            found += ci_commands(item)
    return found


YAML_BLOCKS = _blocks("yaml", "yml")


@pytest.mark.parametrize("block", YAML_BLOCKS, ids=_ids(YAML_BLOCKS))
def test_ci_recipe_commands_run(block: Block, workspace: Path, tmp_path: Path):
    _skip_if_asked(block)
    yaml = pytest.importorskip("yaml")
    commands = ci_commands(yaml.safe_load(block.text))
    if not commands:
        return  # data only: test_data_block_parses reads it
    run_commands(block, commands, workspace, tmp_path)


def test_readme_set_up_is_what_ci_runs():
    """The README's first commands (install and lint the seed; run the tests) are .ci/run's, in order."""
    first = next(block for block in _blocks(*SHELL) if block.path.as_posix() == "README.md")
    documented = [_without_quiet(words) for command in commands_of(first) for words in simple_commands(command)]
    ci = [_without_quiet(words) for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.lstrip().startswith("#") for words in simple_commands(line)]
    position = 0
    for words in documented:
        assert words in ci[position:], f"README's `{shlex.join(words)}` is not run by .ci/run after {ci[:position]}"
        position = ci.index(words, position) + 1
    assert any(words[1:3] == ["-m", "pytest"] for words in documented), "the README says how to run the tests"


def _without_quiet(words: list[str]) -> list[str]:
    return [word for word in words if word not in {"-q", "--quiet"}]


# -- other blocks ----------------------------------------------------------------------------------

@pytest.mark.parametrize("block", _blocks("python", "py"), ids=_ids(_blocks("python", "py")))
def test_python_block_compiles_imports_and_runs(block: Block, tmp_path: Path):
    _skip_if_asked(block)
    tree = ast.parse(block.text, filename=block.where)
    compile(tree, block.where, "exec")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0].startswith("attrlint"):
            module = importlib.import_module(node.module)
            for alias in node.names:
                assert alias.name == "*" or hasattr(module, alias.name) or \
                    importlib.util.find_spec(f"{node.module}.{alias.name}"), \
                    f"{block.where}: {node.module} has no {alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0].startswith("attrlint"):
                    importlib.import_module(alias.name)
    if block.marker("test-file") is not None:
        return  # a file of the tutorial: tests/test_plugin_docs.py writes it out and runs it
    done = subprocess.run([sys.executable, "-c", block.text], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, f"{block.where}\n{done.stdout}\n{done.stderr}"


@pytest.mark.parametrize("block", _blocks("toml", "yaml", "yml", "json"),
                         ids=_ids(_blocks("toml", "yaml", "yml", "json")))
def test_data_block_parses(block: Block, tmp_path: Path):
    _skip_if_asked(block)
    if block.language == "toml":
        data = tomllib.loads(block.text)
        table = data.get("tool", {}).get("attrlint")
        if table is not None:
            from attrlint.config import load_config

            (tmp_path / "pyproject.toml").write_text(block.text, encoding="utf-8")
            load_config(tmp_path / "pyproject.toml")
    elif block.language == "json":
        json.loads(block.text)
    else:
        yaml = pytest.importorskip("yaml")
        yaml.safe_load(block.text)


def test_every_directive_is_known():
    for block in BLOCKS:
        unknown = set(block.directives) - set(KNOWN_DIRECTIVES)
        assert not unknown, f"{block.where}: unknown docs-check directive {sorted(unknown)}"
        if "exit" in block.directives:
            codes = block.directives["exit"][0].split()
            assert codes and all(code.isdigit() for code in codes), f"{block.where}: exit takes exit codes"
        for word in ("skip", "help"):
            if word in block.directives:
                assert block.directives[word][1], f"{block.where}: say why, as `{word} (reason)`"


# -- links and inline commands ---------------------------------------------------------------------

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
INLINE_CODE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")


def heading_anchors(document: Path) -> set[str]:
    """The anchors GitHub gives the headings of a Markdown file."""
    anchors = set()
    for line in prose_of(document).splitlines():
        match = re.match(r"#{1,6}\s+(.*)", line)
        if match:
            words = re.sub(r"[^\w\- ]", "", match[1].strip().lower())
            anchors.add(words.replace(" ", "-"))
    return anchors


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.relative_to(ROOT).as_posix() for d in DOCUMENTS])
def test_relative_links_point_at_what_exists(document: Path):
    for target in LINK.findall(prose_of(document)):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        linked = (document.parent / path) if path else document
        assert linked.exists(), f"{document.name}: the link {target} points at nothing"
        if anchor and linked.suffix == ".md":
            assert anchor in heading_anchors(linked), f"{document.name}: no heading for #{anchor} in {linked.name}"


@functools.lru_cache(maxsize=None)
def is_subcommand(word: str) -> bool:
    done = subprocess.run([sys.executable, "-m", "attrlint.cli", word, "--help"], capture_output=True, text=True)
    return done.returncode == 0


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.relative_to(ROOT).as_posix() for d in DOCUMENTS])
def test_inline_commands_name_what_exists(document: Path):
    for code in INLINE_CODE.findall(prose_of(document)):
        if "<" in code:
            continue  # a placeholder the reader fills in
        words = code.split()
        if words[0] == "attrlint" and len(words) > 1 and not words[1].startswith("-"):
            assert is_subcommand(words[1]), f"{document.name}: `{code}`: attrlint has no {words[1]} command"
        if words[0] in {"attrlint", "python", "python3"} or words[0].startswith(".venv/bin/"):
            for path in named_paths(words):
                if path.startswith("../shared/"):
                    continue  # the shared folder's own layout, checked where a block runs it
                assert (ROOT / path).exists(), f"{document.name}: `{code}` names {path}, which does not exist"


def test_a_block_that_needs_a_missing_module_is_skipped_with_its_reason():
    block = Block(Path("docs/example.md"), 3, "sh", "attrlint audit articles/ --output audit/\n",
                  ["docs-check: needs no_such_module_here (an extra that is not installed)"])
    with pytest.raises(pytest.skip.Exception, match="an extra that is not installed"):
        _skip_if_asked(block)


def test_a_block_that_needs_an_installed_module_runs():
    block = Block(Path("docs/example.md"), 3, "sh", "attrlint rules\n", ["docs-check: needs json (the standard library)"])
    assert _skip_if_asked(block)["needs"] == ("json", "the standard library")
