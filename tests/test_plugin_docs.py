"""The plugin documentation runs: its files are extracted and used, its outputs compared.

In docs/plugins.md, ``<!-- test-file: PATH -->`` before a code block makes
the block a file of the tutorial, and ``<!-- test-output: NAME -->`` marks
the output the tutorial promises.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from attrlint import hookspecs
from attrlint.formatting import RenderContext
from attrlint.plugins import HOOK_NAMES, build_registry
from attrlint.runner import RunOptions, lint_text

from conftest import ROOT

DOC = ROOT / "docs" / "plugins.md"
MARKED_BLOCK = re.compile(r"<!-- test-(file|output): (\S+) -->\n```[^\n]*\n(.*?)\n```", re.S)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def marked_blocks(kind: str) -> dict[str, str]:
    return {name: body + "\n" for k, name, body in MARKED_BLOCK.findall(DOC.read_text(encoding="utf-8"))
            if k == kind}


@pytest.fixture(scope="module")
def tutorial(tmp_path_factory) -> Path:
    """The files of docs/plugins.md, written out."""
    root = tmp_path_factory.mktemp("docs")
    for name, body in marked_blocks("file").items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    return root


def documented_output(name: str) -> tuple[str, str]:
    """The command of a console block, and what it prints."""
    block = marked_blocks("output")[name]
    command, _, output = block.partition("\n")
    assert command.startswith("$ attrlint ")
    return command[2:], output


def render_text(registry, path: str, text: str) -> str:
    result, _ = lint_text(path, text, _all_rules(registry), registry.lexicon(), registry.readers, RunOptions())
    return registry.formats["text"](sorted(result.diagnostics, key=lambda d: d.sort_key()),
                                    RenderContext(rules=registry.rules, files_checked=1))


def _all_rules(registry):
    from attrlint.api import active_rules

    return active_rules(registry)


def test_the_docs_hold_every_file_and_output_the_tests_need():
    files = marked_blocks("file")
    assert {"smallest/house_rules.py", "smallest/pyproject.toml", "tutorial/house_rules/official_title.py",
            "tutorial/tests/test_official_title.py", "tutorial/tests/official_title.yml",
            "package/pyproject.toml", "lexicon/newsroom_words.py"} <= set(files)
    assert {"smallest/article.txt", "failure", "tutorial/articles/greve.txt"} <= set(marked_blocks("output"))


def test_the_smallest_plugin_is_about_fifteen_lines():
    code = [line for line in marked_blocks("file")["smallest/house_rules.py"].splitlines() if line.strip()]
    assert len(code) <= 16
    config = tomllib.loads(marked_blocks("file")["smallest/pyproject.toml"])
    assert config == {"tool": {"attrlint": {"plugins": ["house_rules.py"]}}}


def test_the_smallest_plugin_prints_what_the_docs_say(tutorial):
    command, output = documented_output("smallest/article.txt")
    assert command == "attrlint check article.txt"
    plugins = tomllib.loads((tutorial / "smallest" / "pyproject.toml").read_text(encoding="utf-8"))
    registry = build_registry(plugins["tool"]["attrlint"]["plugins"], base=tutorial / "smallest")
    text = (tutorial / "smallest" / "article.txt").read_text(encoding="utf-8")
    assert render_text(registry, "article.txt", text) == output


def test_the_smallest_plugin_through_the_command_line(tutorial):
    command, output = documented_output("smallest/article.txt")
    run = subprocess.run([sys.executable, "-m", "attrlint.cli", *command.split()[1:]], cwd=tutorial / "smallest",
                         capture_output=True, text=True)
    assert run.stdout == output, run.stderr
    assert run.returncode == 1


def test_the_tutorials_tests_pass(tutorial):
    project = tutorial / "tutorial"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], cwd=project,
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"\b7 passed\b", run.stdout), run.stdout


def test_the_tutorials_rule_prints_what_the_docs_say(tutorial):
    command, output = documented_output("tutorial/articles/greve.txt")
    assert command == "attrlint check articles/"
    project = tutorial / "tutorial"
    config = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT / "tests")!r})
        from pathlib import Path
        from test_plugin_docs import render_text
        from attrlint.plugins import build_registry
        registry = build_registry({config["tool"]["attrlint"]["plugins"]!r}, base=Path({str(project)!r}))
        text = Path("articles/greve.txt").read_text(encoding="utf-8")
        sys.stdout.write(render_text(registry, "articles/greve.txt", text))
    """)
    # In a child process: the tutorial's package is imported by its module name.
    run = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, text=True)
    assert run.stdout == output, run.stderr


def test_a_failing_tutorial_test_prints_what_the_docs_say(tutorial):
    expected = marked_blocks("output")["failure"]
    script = textwrap.dedent("""
        from attrlint.testing import assert_flags
        from house_rules import SpeakerWithoutTitle

        class Forgetful(SpeakerWithoutTitle):
            def check(self, doc):
                return []

        try:
            assert_flags("« Nous ne céderons rien », a déclaré [[Jean Dupont]].", Forgetful)
        except AssertionError as exc:
            print(exc)
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=tutorial / "tutorial", capture_output=True, text=True)
    assert run.stdout == expected, run.stderr


def test_the_package_declares_the_tutorials_plugin(tutorial):
    project = tomllib.loads((tutorial / "package" / "pyproject.toml").read_text(encoding="utf-8"))
    [(name, module)] = project["project"]["entry-points"]["attrlint"].items()
    assert name == "house-rules" and module in project["tool"]["setuptools"]["packages"]
    assert (tutorial / "tutorial" / module / "__init__.py").is_file()
    init = (tutorial / "tutorial" / module / "__init__.py").read_text(encoding="utf-8")
    assert f'__version__ = "{project["project"]["version"]}"' in init


def test_the_lexicon_example_extends_the_lexicon(tutorial):
    registry = build_registry(["lexicon/newsroom_words.py"], base=tutorial)
    lexicon = registry.lexicon()
    assert lexicon.words["claironné"] == "SPEECH_PP"
    assert "APA" in lexicon.credit_required and lexicon.agencies["austria presse agentur"] == "APA"


def test_the_hook_reference_names_every_hook():
    text = DOC.read_text(encoding="utf-8")
    for name in HOOK_NAMES:
        assert f"`{name}(" in text, name
        assert getattr(hookspecs, name).__doc__


def test_the_readme_points_at_the_plugin_docs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/plugins.md" in readme
