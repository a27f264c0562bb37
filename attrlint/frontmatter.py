"""Front matter: the YAML subset article front matter uses.

Scalars, flow lists and maps (``[a, b]``, ``{ignore: [FIG001]}``), block
lists (``- item``, ``- key: value``), nested maps by indentation, ``|`` and
``>`` block scalars, and ``# comments``. Anything beyond that is
an error naming the line, never a silent misreading.
"""
from __future__ import annotations

from typing import Any

from .patterns import regex  # regex, with compiled patterns kept between runs


class FrontMatterError(ValueError):
    """Front matter that attrlint cannot read."""


_KEY = regex.compile(r"^([A-Za-z_][\w\-]*)\s*:(?:\s+(.*))?$")


def _scalar(text: str) -> Any:
    text = text.strip()
    if not text:
        return None
    if text[0] in "\"'" and text[-1] == text[0] and len(text) >= 2:
        return text[1:-1]
    low = text.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    if low in ("null", "~"):
        return None
    if regex.fullmatch(r"-?\d{1,18}", text):  # longer runs of digits are no count: kept as text
        return int(text)
    return text


def _flow(text: str, pos: int = 0) -> tuple[Any, int]:
    """Parse a flow value ([...], {...} or scalar) starting at pos."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos < len(text) and text[pos] in "[{":
        closing = "]" if text[pos] == "[" else "}"
        is_map = text[pos] == "{"
        pos += 1
        items: Any = {} if is_map else []
        while True:
            while pos < len(text) and text[pos] in " ,":
                pos += 1
            if pos >= len(text):
                raise FrontMatterError(f"unclosed {'{' if is_map else '['}")
            if text[pos] == closing:
                return items, pos + 1
            if is_map:
                colon = text.find(":", pos)
                if colon < 0:
                    raise FrontMatterError("expected 'key: value' in a flow map")
                key = text[pos:colon].strip().strip("\"'")
                value, pos = _flow(text, colon + 1)
                items[key] = value
            else:
                value, pos = _flow(text, pos)
                items.append(value)
    end = pos
    depth = 0
    quote = None
    while end < len(text):
        ch = text[end]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch in ",]}" and depth == 0:
            break
        end += 1
    return _scalar(text[pos:end]), end


_BLOCK_SCALAR = regex.compile(r"^[|>][+-]?$")
_TRAILING_COMMENT = regex.compile(r"\s+#.*$")


def _strip_comment(text: str) -> str:
    """"[a, b] # note" → "[a, b]"; a "#" inside quotes or a word stays."""
    if text[:1] in "\"'":
        return text
    return _TRAILING_COMMENT.sub("", text)


def parse_front_matter(text: str, path: str = "", first_line: int = 1) -> dict[str, Any]:
    """The front matter ``text`` as a dict; ``first_line`` is its line in the file, for errors."""
    lines = [ln.rstrip() for ln in text.splitlines()]
    root: dict[str, Any] = {}
    stack: list[tuple[int, Any]] = [(-1, root)]
    pending_key: tuple[dict, str, int] | None = None
    block: tuple[dict, str, int, str, list[str]] | None = None  # a "|" or ">" scalar being read
    for lineno, line in enumerate(lines, 1):
        indent = len(line) - len(line.lstrip(" "))
        if block is not None:
            parent, key, key_indent, style, parts = block
            if not line.strip() or indent > key_indent:
                parts.append(line.strip())
                continue
            parent[key] = ("\n" if style == "|" else " ").join(parts).strip()
            block = None
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body = line.strip()
        while stack and indent <= stack[-1][0]:
            stack.pop()
        if pending_key is not None:
            parent, key, key_indent = pending_key
            pending_key = None
            if indent > key_indent:
                container: Any = [] if body.startswith("- ") or body == "-" else {}
                parent[key] = container
                stack.append((key_indent, container))
        container = stack[-1][1] if stack else root
        try:
            if body.startswith("- ") or body == "-":
                if not isinstance(container, list):
                    raise FrontMatterError("a list item where a key was expected")
                item = body[2:].strip()
                m = _KEY.match(item)
                if m and not item.startswith(("[", "{", "\"", "'")):
                    # "- photo: Reuters": a map in the list; more keys may follow, indented.
                    entry: dict[str, Any] = {}
                    container.append(entry)
                    stack.append((indent, entry))
                    rest = _strip_comment((m.group(2) or "").strip())
                    entry[m.group(1)] = _flow(rest)[0] if rest else None
                    continue
                value, _ = _flow(_strip_comment(item))
                container.append(value)
                continue
            m = _KEY.match(body)
            if not m or not isinstance(container, dict):
                raise FrontMatterError(f"cannot read {body!r}")
            key, rest = m.group(1), _strip_comment((m.group(2) or "").strip())
            if _BLOCK_SCALAR.match(rest):
                block = (container, key, indent, rest[0], [])
            elif rest:
                value, _ = _flow(rest)
                container[key] = value
            else:
                container[key] = None
                pending_key = (container, key, indent)
        except FrontMatterError as exc:
            where = f"{path}: " if path else ""
            raise FrontMatterError(f"{where}line {first_line + lineno - 1} (front matter): {exc}") from None
    if block is not None:
        parent, key, _, style, parts = block
        parent[key] = ("\n" if style == "|" else " ").join(parts).strip()
    return root
