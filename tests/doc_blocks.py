"""The code blocks of the project's Markdown documentation, with the directives written before them.

A block may be preceded by HTML comments (blank lines between are allowed).
Those of the form ``<!-- docs-check: DIRECTIVE; DIRECTIVE -->`` tell
tests/test_docs_commands.py how to check the block:

- ``skip (reason)``: the block is not checked; the reason is the test's skip reason;
- ``help (reason)``: each command is run with ``--help`` after its program,
  script and subcommand words, its options dropped (a long run, or one that
  writes to the repository); the paths it names must still exist;
- ``exit N``: each command exits with N (0 otherwise);
- ``in PATH``: the commands run in a fresh copy of PATH, a folder of the
  repository (otherwise in a fresh copy of the repository).

The name is not ``attrlint-…``: attrlint reads comments of that form in the
articles it lints, and would report these as unknown suppressions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DIRECTIVE_PREFIX = "docs-check:"
KNOWN_DIRECTIVES = ("skip", "help", "exit", "in", "needs")
FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^`\n]*)$")
COMMENT = re.compile(r"^\s*<!--(.*?)-->\s*$")
DIRECTIVE = re.compile(r"^(?P<word>[a-z]+)(?:\s+(?P<argument>[^()]*?))?\s*(?:\((?P<reason>.*)\))?$")


@dataclass
class Block:
    """A fenced code block: where it is, its language, its text and the comments just above it."""

    path: Path
    line: int  # of the opening fence, from 1
    language: str
    text: str
    comments: list[str] = field(default_factory=list)

    @property
    def directives(self) -> dict[str, tuple[str, str]]:
        """``{word: (argument, reason)}`` of the block's ``docs-check`` comments."""
        found: dict[str, tuple[str, str]] = {}
        for comment in self.comments:
            if not comment.startswith(DIRECTIVE_PREFIX):
                continue
            for item in re.split(r";(?![^(]*\))", comment[len(DIRECTIVE_PREFIX):]):  # not inside a reason
                match = DIRECTIVE.match(item.strip())
                if match is None:
                    raise ValueError(f"{self.where}: cannot read the directive {item.strip()!r}")
                found[match["word"]] = ((match["argument"] or "").strip(), (match["reason"] or "").strip())
        return found

    def marker(self, name: str) -> str | None:
        """The argument of a ``<!-- NAME: ARGUMENT -->`` comment (docs/plugins.md's ``test-file``)."""
        for comment in self.comments:
            if comment.startswith(name + ":"):
                return comment[len(name) + 1:].strip()
        return None

    @property
    def where(self) -> str:
        return f"{self.path.as_posix()}:{self.line}"


def blocks_of(path: Path, root: Path) -> list[Block]:
    """The fenced code blocks of a Markdown file, ``path`` shown relative to ``root``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        fence = opening["fence"]
        end = index + 1
        while end < len(lines) and not (lines[end].strip().startswith(fence[0] * len(fence))
                                        and not lines[end].strip().strip(fence[0])):
            end += 1
        found.append(Block(path.relative_to(root), index + 1, opening["info"].strip().split(" ")[0].lower(),
                           "\n".join(lines[index + 1:end]) + "\n", _comments_above(lines, index)))
        index = end + 1
    return found


def _comments_above(lines: list[str], fence: int) -> list[str]:
    comments: list[str] = []
    above = fence - 1
    while above >= 0 and (not lines[above].strip() or COMMENT.match(lines[above])):
        match = COMMENT.match(lines[above])
        if match:
            comments.insert(0, match[1].strip())
        above -= 1
    return comments


def prose_of(path: Path) -> str:
    """The file's text outside its fenced blocks (fenced lines blanked, so line numbers hold)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    fence = None
    for number, line in enumerate(lines):
        opening = FENCE.match(line)
        if fence is None and opening:
            fence = opening["fence"]
            lines[number] = ""
        elif fence is not None:
            if line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
                fence = None
            lines[number] = ""
    return "\n".join(lines)
