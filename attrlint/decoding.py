"""Bytes → text: UTF-8 (with or without BOM), or a clear per-file error."""
from __future__ import annotations


class DecodeError(ValueError):
    """The bytes of a file are not text attrlint can read."""


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read with."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DecodeError("binary file (NUL bytes), not text")
    # A BOM stays in the text as U+FEFF: offsets count it, as editors' tools do.
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid UTF-8: invalid byte 0x{data[exc.start]:02x} at byte offset {exc.start}") from None
