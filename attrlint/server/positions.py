"""Character offsets ↔ LSP positions.

attrlint counts offsets in characters (code points) of the text. LSP counts
a position as a line and a column in code units of the negotiated encoding:
UTF-16 unless the client offered another, where a character outside the
Basic Multilingual Plane (an emoji, 😀) counts two. Lines end at ``\\n``,
``\\r\\n`` or ``\\r`` — not at the other breaks Python's ``splitlines``
knows (U+2028, form feeds), which editors do not count as lines.
"""
from __future__ import annotations

import re
from bisect import bisect_right

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units of ``encoding`` ``text`` takes."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _chars_within(text: str, count: int, encoding: str) -> int:
    """How many characters of ``text`` fit in ``count`` code units (a split character is left out)."""
    if encoding == UTF32 or text.isascii():
        return min(count, len(text))
    codec = "utf-8" if encoding == UTF8 else "utf-16-le"
    width = 1 if encoding == UTF8 else 2
    return len(text.encode(codec, "surrogatepass")[:count * width].decode(codec, "ignore"))


class LineMap:
    """The lines of one text, to turn offsets into positions and back."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0]
        self.ends = []  # where each line's content ends, before its line break
        for m in _LINE_BREAK.finditer(text):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(text))

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The 0-based line ``offset`` is on."""
        return bisect_right(self.starts, max(0, min(offset, len(self.text)))) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, column) of a character offset, the column in code units."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        start = self.starts[line]
        offset = min(offset, self.ends[line])  # inside a \r\n: at the end of the line
        return line, units(self.text[start:offset], self.encoding)

    def offset(self, line: int, column: int) -> int:
        """The character offset of an LSP position; past a line's end is its end, past the last line the text's end."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self.ends[line]
        return start + _chars_within(self.text[start:end], max(0, column), self.encoding)

    def line_text(self, line: int) -> str:
        """The content of a line, without its line break."""
        return self.text[self.starts[line]:self.ends[line]]
