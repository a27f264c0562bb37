"""The attribution grammar as LALR tables, and a small parser that runs them.

``grammars/attribution.lark`` is the source of truth. Lark compiles it into
LALR tables; building them takes longer than linting an article, and
importing Lark alone costs as much as the rest of attrlint's start-up. So
the tables are generated once into ``attribution_tables.py`` (with the
digest of the grammar they come from), and the parser here runs them
without Lark. When the grammar has been edited and the tables not
regenerated, they are built from the grammar with Lark at start-up
instead, so the grammar file always wins.

Regenerate the tables after editing the grammar::

    python -m attrlint.analysis.grammar

The trees are shaped as Lark shapes them: rules whose name starts with
``_`` are spliced into their parent, ``?rule`` s with one child are
replaced by it. A tree is ``(name, children)``; a leaf is the position of
its token in the fed sequence.
"""
from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence, Union

GRAMMAR_NAME = "attribution.lark"
TABLES_MODULE = Path(__file__).with_name("attribution_tables.py")
END = "$END"

Tree = tuple  # (name, children)
Node = Union[Tree, int]


def grammar_text() -> str:
    import attrlint_grammars

    return Path(attrlint_grammars.__file__).with_name(GRAMMAR_NAME).read_text(encoding="utf-8")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def lark_parser():
    """The grammar compiled by Lark (for generating tables, and for checking them)."""
    from lark import Lark

    return Lark(grammar_text(), parser="lalr", lexer="basic", start="start")


def build_tables(lark=None) -> dict[str, Any]:
    """The LALR tables of a Lark parser, in plain data.

    ``actions[state][symbol]`` is ``state' >= 0`` (shift, or goto after a
    reduction) or ``-1 - rule`` (reduce by ``rules[rule]``). A rule is
    ``(symbol, tree name, length, kept children, expand single child)``;
    ``kept`` lists ``(position, splice)``, or is None when every child is
    kept as is.
    """
    from lark.parsers.lalr_analysis import Shift

    lark = lark or lark_parser()
    table = lark.parser.parser.parser.parse_table
    rule_index: dict[Any, int] = {}
    rules: list[tuple[str, str, int, list[tuple[int, bool]] | None, bool]] = []
    for rule in lark.rules:
        options = rule.options
        if any(options.empty_indices or ()):
            raise ValueError(f"rule {rule.origin.name}: [optional] placeholders are not supported; use x?")
        kept = [(i, not sym.is_term and sym.name.startswith("_")) for i, sym in enumerate(rule.expansion)
                if options.keep_all_tokens or not (sym.is_term and sym.filter_out)]
        plain = len(kept) == len(rule.expansion) and not any(splice for _, splice in kept)
        rule_index[rule] = len(rules)
        rules.append((str(rule.origin.name), str(rule.alias or rule.origin.name), len(rule.expansion),
                      None if plain else kept,
                      bool(options.expand1 and not rule.alias)))
    # Lark numbers states in an order that changes from run to run: number
    # them breadth-first from the start, so the generated file is stable.
    start = table.start_states["start"]
    number = {start: 0}
    queue = [start]
    for state in queue:
        for symbol, (action, arg) in sorted(table.states[state].items()):
            if action is Shift and arg not in number:
                number[arg] = len(number)
                queue.append(arg)
    states = [{symbol: (number[arg] if action is Shift else -1 - rule_index[arg])
               for symbol, (action, arg) in sorted(table.states[state].items())} for state in queue]
    return {"start": 0, "end": number[table.end_states["start"]], "states": states, "rules": rules}


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    """The shipped tables when they match the grammar, else tables built from it now."""
    text = grammar_text()
    try:
        from . import attribution_tables
    except ImportError:  # pragma: no cover - the module is part of the package
        return build_tables()
    if attribution_tables.GRAMMAR_SHA256 == digest(text):
        return attribution_tables.TABLES
    return build_tables()


class ParseError(Exception):
    """The fed symbol cannot continue the phrase."""


class Parser:
    """An LALR parse fed one terminal at a time (``feed``), which can be finished at any point (``finish``)."""

    __slots__ = ("tables", "states", "rules", "end", "stack", "values")

    def __init__(self, tables: dict[str, Any], stack: list[int] | None = None,
                 values: list[Any] | None = None) -> None:
        """A parse at the start of the phrase, or one carried on from ``stack`` and ``values``."""
        self.tables = tables
        self.states: list[dict[str, int]] = tables["states"]
        self.rules = tables["rules"]
        self.end = tables["end"]
        self.stack: list[int] = [tables["start"]] if stack is None else stack
        self.values: list[Any] = [] if values is None else values

    def copy(self) -> "Parser":
        return Parser(self.tables, self.stack[:], self.values[:])

    def can_end(self) -> bool:
        return END in self.states[self.stack[-1]]

    def expects(self, terminal: str) -> bool:
        """Whether the current state has an action on ``terminal``: when it has none, ``feed``
        fails at once (with one, it may still fail after the reductions it calls for)."""
        return terminal in self.states[self.stack[-1]]

    def feed(self, terminal: str, value: Any) -> None:
        """Shift ``terminal`` (carrying ``value``), after the reductions it calls for."""
        self._advance(terminal, value, False)

    def finish(self) -> Tree:
        """Feed the end of input; the tree of the whole phrase."""
        return self._advance(END, None, True)

    def _advance(self, terminal: str, value: Any, is_end: bool) -> Any:
        states, stack, values = self.states, self.stack, self.values
        while True:
            action = states[stack[-1]].get(terminal)
            if action is None:
                raise ParseError(terminal)
            if action >= 0:
                stack.append(action)
                values.append(value)
                return None
            symbol, name, size, kept, expand1 = self.rules[-1 - action]
            children = values[-size:]
            del stack[-size:]
            del values[-size:]
            # Most rules keep their children as they are: their node is built here, not by _shape.
            node = (name, children) if kept is None and not expand1 else _shape(name, children, kept, expand1)
            stack.append(states[stack[-1]][symbol])
            values.append(node)
            if is_end and stack[-1] == self.end:
                return node


def _shape(name: str, children: list, kept, expand1: bool) -> Any:
    if kept is not None:
        filtered: list = []
        for i, splice in kept:
            if splice:
                filtered.extend(children[i][1])
            else:
                filtered.append(children[i])
        children = filtered
    if expand1 and len(children) == 1:
        return children[0]
    return (name, children)


def preorder(tree: Tree):
    """The subtrees of ``tree``, parents before children, left to right (as Lark's ``iter_subtrees_topdown``)."""
    stack: list[Node] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            yield node
            stack.extend(reversed(node[1]))


def leaves(tree: Tree) -> list[int]:
    """The token positions under ``tree``."""
    found: list[int] = []
    stack: list[Node] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            stack.extend(node[1])
        else:
            found.append(node)
    return found


def write_tables(path: Path = TABLES_MODULE) -> None:
    """Generate ``attribution_tables.py`` from the grammar."""
    text = grammar_text()
    data = build_tables(lark_parser())
    body = ("{\n    'start': %r,\n    'end': %r,\n    'states': [\n%s    ],\n    'rules': [\n%s    ],\n}"
            % (data["start"], data["end"], "".join(f"        {s!r},\n" for s in data["states"]),
               "".join(f"        {r!r},\n" for r in data["rules"])))
    path.write_text(
        '"""LALR tables of grammars/attribution.lark, generated by ``python -m attrlint.analysis.grammar``.\n\n'
        'Do not edit: edit the grammar and regenerate.\n"""\n'
        f"GRAMMAR_SHA256 = {digest(text)!r}\n\n"
        f"TABLES = {body}\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    write_tables()
    print(f"wrote {TABLES_MODULE.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
