"""Photos: images, photo lines and captions, each with the credit it carries."""
from __future__ import annotations

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..model import BlockKind, Document, Photo

# Words of a photo line that name nobody.
_GENERIC = regex.compile(
    r"(?<![\p{L}])(?:photos?|d['’]illustration|illustrations?|archives?|images?|cr[ée]dits?|légende)(?![\p{L}])",
    regex.I,
)
# "© …", "Photo : …", "(Photo Jean Dupont / Hans Lucas)", "…/AFP", "via Getty", "DR".
_CREDIT_MARK = regex.compile(
    r"©|(?<![\p{L}])(?i:photos?|crédits?|credits?|sources?|infographie|illustration|dessin|vidéo|video)\s*:\s*\S|/\s*[\p{Lu}]{2,}|(?<![\p{L}])(?:via|DR)(?![\p{L}])"
    r"|\((?i:photos?|cr[ée]dits?(?:\s+photos?)?)\s+\p{Lu}")


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
    line right under it; a photo line that belongs to an image is not a
    photo of its own.
    """
    photos: list[Photo] = []
    blocks = doc.blocks
    owned: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.PHOTO_CREDIT and i not in owned:
            photos.append(Photo(block.span, block.index, block.credit or "", names_someone(block.credit)))
        elif block.kind is BlockKind.IMAGE:
            credit = block.credit if names_someone(block.credit) else ""
            credit = credit or next((t for t in (block.title, block.alt) if _carries_credit(t, lexicon.agencies)), "")
            for j in range(i + 1, min(i + 3, len(blocks))):
                nxt = blocks[j]
                if nxt.kind is BlockKind.PHOTO_CREDIT:
                    owned.add(j)
                    if not credit and names_someone(nxt.credit):
                        credit = nxt.credit or ""
                elif nxt.kind is BlockKind.CAPTION:
                    text = doc.prose[nxt.span.start:nxt.span.end]
                    if not credit and _carries_credit(text, lexicon.agencies):
                        credit = text
                else:
                    break
            photos.append(Photo(block.span, block.index, credit, bool(credit), image=True))
    return photos
