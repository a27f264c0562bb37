"""Photos: images, photo lines and captions, each with the credit it carries."""
from __future__ import annotations

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..model import BlockKind, Document, Photo

# Words of a photo line that name nobody.
_GENERIC = regex.compile(
    r"(?<![\p{L}])(?:photos?|d['’]illustration|illustrations?|archives?|images?|cr[ée]dits?|légende)(?![\p{L}])",
    regex.I,
)
_CREDIT_MARK = regex.compile(
    r"©|(?<![\p{L}])(?i:photo|crédit|credit|source)\s*:\s*\S|/\s*[\p{Lu}]{2,}|(?<![\p{L}])(?:via|DR)(?![\p{L}])")


def names_someone(text: str | None) -> bool:
    """Whether a photo line's credit names a photographer, an agency or an owner."""
    if not text:
        return False
    return bool(regex.search(r"[\p{L}]{2,}", _GENERIC.sub(" ", text)))


def _carries_credit(text: str | None, agencies: dict[str, str]) -> bool:
    """Whether an image's title, alt text or caption carries a credit."""
    if not text:
        return False
    if _CREDIT_MARK.search(text):
        return True
    low = text.lower()
    return any(regex.search(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])", low) for name in agencies)


def find_photos(doc: Document, lexicon) -> list[Photo]:
    """Photo lines ("Photo : …", "© …") and images, credited or not.

    An image is credited by its title, its alt text, or the caption or photo
    line right under it.
    """
    photos: list[Photo] = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.PHOTO_CREDIT:
            photos.append(Photo(block.span, block.index, block.credit or "", names_someone(block.credit)))
        elif block.kind is BlockKind.IMAGE:
            texts = [block.credit, block.alt]
            for nxt in blocks[i + 1:i + 3]:
                if nxt.kind not in (BlockKind.CAPTION, BlockKind.PHOTO_CREDIT):
                    break
                texts.append(doc.source[nxt.span.start:nxt.span.end])
            credit = next((t for t in texts if _carries_credit(t, lexicon.agencies)), "")
            photos.append(Photo(block.span, block.index, credit or "", bool(credit), image=True))
    return photos
