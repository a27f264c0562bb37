"""Bytes → text, or a clear per-file error naming the problem.

UTF-8 with or without BOM and UTF-16/UTF-32 with BOM are read as such. A
file that is not valid UTF-8 is read as Windows-1252 (Latin-1) when its
bytes say so without doubt; otherwise it is refused with the byte offset of
the first invalid byte, so that mojibake is never linted silently. A BOM
stays in the text as U+FEFF: offsets count it, as editors' tools do.
"""
from __future__ import annotations

import codecs

from .patterns import regex  # regex, with compiled patterns kept between runs

from .i18n import N_, Phrase

# Encodings a legacy file can be read with, and how messages name them.
LEGACY_ENCODINGS = {"cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO-8859-1)"}

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes Windows-1252 leaves undefined (C1 controls in Latin-1): no text has them.
_UNDEFINED_1252 = regex.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# Bytes read differently by Windows-1252 and ISO-8859-15 (€, Œ, œ, Ÿ there),
# found inside a word, where only the ISO-8859-15 letter makes sense ("c½ur").
_LATIN9_LETTER = regex.compile(rb"[A-Za-z\xc0-\xff][\xa4\xbc\xbd\xbe][A-Za-z\xc0-\xff]")
# A well-formed multi-byte UTF-8 sequence (two to four bytes).
_UTF8_SEQUENCE = regex.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Control characters that text does not contain (tab, line breaks and form feed aside).
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SNIFF = 8192


class DecodeError(ValueError):
    """The bytes of a file are not text attrlint can read; ``phrase`` says why, in any language."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


class BinaryFile(DecodeError):
    """The file is binary (an image, an archive…), not text: it is skipped."""


def _where(data: bytes, offset: int) -> Phrase:
    line = data.count(b"\n", 0, offset) + 1
    return Phrase(N_("byte offset {offset} (line {line})"), offset=offset, line=line)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read with (a key of
    :data:`LEGACY_ENCODINGS` when the file is not Unicode)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_unicode(data, encoding), encoding
    nul = data.find(b"\x00", 0, _SNIFF)
    if nul >= 0:
        raise BinaryFile(Phrase(N_("binary file (NUL byte at byte offset {offset}), not text (UTF-16 text is read "
                                   "when it starts with a byte-order mark)"), offset=nul))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_legacy(data, exc)
    _refuse_mojibake(text)
    return text, "utf-8"


def _decode_unicode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper().replace("-LE", " (little-endian)").replace("-BE", " (big-endian)")
        raise DecodeError(Phrase(N_("not valid {encoding} despite its byte-order mark: invalid data at {where}"),
                                 encoding=name, where=_where(data, exc.start))) from None


def _decode_legacy(data: bytes, exc: UnicodeDecodeError) -> tuple[str, str]:
    """Windows-1252 or Latin-1 when the bytes leave no doubt; a DecodeError otherwise."""
    first = Phrase(N_("invalid byte {byte} at {where}"), byte=f"0x{data[exc.start]:02x}",
                   where=_where(data, exc.start))
    if _looks_binary(data[:_SNIFF].decode("latin-1")):
        raise BinaryFile(Phrase(N_("binary file (not UTF-8: {problem}, and control bytes), not text"), problem=first))
    utf8_sequences = sum(1 for _ in _UTF8_SEQUENCE.finditer(data))
    if utf8_sequences:
        # UTF-8 accents beside bytes that are not: a damaged UTF-8 file.
        # Reading it as Windows-1252 would turn its accents into mojibake.
        raise DecodeError(Phrase(N_("not valid UTF-8: {problem}; the rest of the file is UTF-8, so it cannot be "
                                    "read as Windows-1252 either"), problem=first))
    undefined = _UNDEFINED_1252.search(data)
    if undefined:
        raise DecodeError(Phrase(N_("not valid UTF-8 ({problem}), and byte {byte} at {where} is not Windows-1252 "
                                    "text either"), problem=first, byte=f"0x{data[undefined.start()]:02x}",
                                 where=_where(data, undefined.start())))
    latin9 = _LATIN9_LETTER.search(data)
    if latin9:
        at = latin9.start() + 1
        raise DecodeError(Phrase(N_("not valid UTF-8, and the encoding is undecidable: byte {byte} at {where} is "
                                    "{windows!r} in Windows-1252 but {latin9!r} in ISO-8859-15; convert the file "
                                    "to UTF-8"), byte=f"0x{data[at]:02x}", where=_where(data, at),
                                 windows=data[at:at + 1].decode("cp1252"),
                                 latin9=data[at:at + 1].decode("iso8859-15")))
    encoding = "cp1252" if regex.search(rb"[\x80-\x9f]", data) else "latin-1"
    return data.decode(encoding), encoding


def _looks_binary(sample: str) -> bool:
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


# Pairs of characters that UTF-8 bytes become when read as Windows-1252:
# "Ã©" for "é", "â€™" for "’", "Â " for a no-break space.
_MOJIBAKE = regex.compile(r"[ÂÃÄÅâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def _refuse_mojibake(text: str) -> None:
    """UTF-8 that was read as Windows-1252 and saved again reads back exactly;
    text in which every accent is such a pair is refused, not linted."""
    found = _MOJIBAKE.search(text)
    if found is None:
        return
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return  # some character is not such a pair: genuine text
    if repaired != text:
        line = text.count("\n", 0, found.start()) + 1
        raise DecodeError(Phrase(N_("UTF-8 that was read as Windows-1252 and saved again (mojibake such as "
                                    "{sample!r} at line {line}); re-encode the file"), sample=found.group(),
                                 line=line))
