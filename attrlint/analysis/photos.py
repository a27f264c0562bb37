"""Photos: images, photo lines and captions, each with the credit it carries."""
from __future__ import annotations

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..word_lists import function_word_alternation
from ..model import BlockKind, Document, Photo
from .agencies import agency_name_pattern

# Words of a photo line that name nobody.
_GENERIC = regex.compile(
    r"(?<![\p{L}])(?:photos?|d['’]illustration|illustrations?|archives?|images?|cr[ée]dits?|légende)(?![\p{L}])",
    regex.I,
)
# "© …", "Photo : …", "(Photo Jean Dupont / Hans Lucas)", "…/AFP", "via Getty", "DR".
_CREDIT_MARK = regex.compile(
    r"©|(?<![\p{L}])(?i:photos?|crédits?|credits?|sources?|infographie|illustration|dessin|vidéo|video)\s*:\s*\S|/\s*[\p{Lu}]{2,}|(?<![\p{L}])(?:via|DR)(?![\p{L}])"
    r"|\((?i:photos?|cr[ée]dits?(?:\s+photos?)?)\s+\p{Lu}")

# Read for every block: a member read as ``BlockKind.X`` goes through the enum's class
# look-up, several times slower than a module's name.
_PHOTO_CREDIT, _IMAGE, _CAPTION = BlockKind.PHOTO_CREDIT, BlockKind.IMAGE, BlockKind.CAPTION


# A caption opens on an article: "Des manifestants devant l'Assemblée", "Le siège de la BCE".
_OPENS_ON_ARTICLE = regex.compile(rf"\s*(?i:{function_word_alternation('caption_determiners')})(?![\p{{L}}])")
_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")
# A credit is a few names: past this many words, mostly lower-case, it describes.
_CREDIT_WORDS = 5
# Where or when the picture was taken, after the names of those it shows ("Claire Vidal à
# Bruxelles, en janvier", "Paul Durand devant l'Élysée"): a caption; a credit names no place.
_SHOWN_WHERE = regex.compile(rf"(?<![\p{{L}}])(?:{function_word_alternation('place_and_time_prepositions')})(?![\p{{L}}])")


def names_someone(text: str | None, agencies: dict[str, str] | None = None) -> bool:
    """Whether a photo line's credit names a photographer, an agency or an owner.

    A caption, a description of what is shown ("Des manifestants devant
    l'Assemblée nationale, samedi."), names no one who made or owns the
    picture (SPEC §2.4), unless it carries a credit mark or an agency's name.
    """
    if not text or not regex.search(r"[\p{L}]{2,}", _GENERIC.sub(" ", text)):
        return False
    if _CREDIT_MARK.search(text) or (agencies and _names_agency(text, agencies)):
        return True
    words = _WORD.findall(text)
    lower = sum(1 for w in words if w[0].islower())
    describes = _OPENS_ON_ARTICLE.match(text) is not None or (len(words) > _CREDIT_WORDS and lower * 2 > len(words)) \
        or _SHOWN_WHERE.search(text) is not None
    return not describes


def _names_agency(text: str, agencies: dict[str, str]) -> bool:
    low = text.lower()
    return any(agency_name_pattern(name).search(low) for name in agencies)


def _carries_credit(text: str | None, agencies: dict[str, str]) -> bool:
    """Whether an image's title, alt text or caption carries a credit."""
    if not text:
        return False
    return _CREDIT_MARK.search(text) is not None or _names_agency(text, agencies)


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
        if block.kind is _PHOTO_CREDIT and i not in owned:
            photos.append(Photo(block.span, block.index, block.credit or "",
                                names_someone(block.credit, lexicon.agencies)))
        elif block.kind is _IMAGE:
            credit = (block.credit or "") if names_someone(block.credit, lexicon.agencies) else ""
            credit = credit or next((t for t in (block.title, block.alt) if t and _carries_credit(t, lexicon.agencies)), "")
            for j in range(i + 1, min(i + 3, len(blocks))):
                nxt = blocks[j]
                if nxt.kind is _PHOTO_CREDIT:
                    owned.add(j)
                    if not credit and names_someone(nxt.credit, lexicon.agencies):
                        credit = nxt.credit or ""
                elif nxt.kind is _CAPTION:
                    text = doc.prose[nxt.span.start:nxt.span.end]
                    if not credit and _carries_credit(text, lexicon.agencies):
                        credit = text
                else:
                    break
            photos.append(Photo(block.span, block.index, credit, bool(credit), image=True))
    return photos
