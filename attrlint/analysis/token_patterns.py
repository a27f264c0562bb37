"""The token pattern, written over classes of characters given by the caller.

The tokenizer (:mod:`.tokens`) writes it for ``regex`` over every script, the
scan of Latin text (:mod:`.latin_tokens`) for ``re`` over the characters it
reads: both are built here, so they cannot drift apart.
"""
from __future__ import annotations

from ..word_lists import phrase_alternation, word_sets

# The closed classes of grammars/lexicon/function_words.toml.
_FUNCTION_WORDS = word_sets("lexicon/function_words.toml")
# The inverted subject pronouns of function_words.toml, as regex alternations: those of the third
# person, after "-t-" or a hyphen (the cues read them too), and all of them, after a hyphen.
INVERTED_PRONOUNS = phrase_alternation(_FUNCTION_WORDS["inverted_pronouns"])
_INVERTED_ALL = phrase_alternation(_FUNCTION_WORDS["inverted_pronouns"] | _FUNCTION_WORDS["inverted_other_persons"])
# The elided words ("l'", "qu'", "lorsqu'"), whatever their case.
ELIDED_WORDS = ("l", "d", "qu", "n", "s", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu")


def token_alternatives(letter: str, digit: str, elided: str, mark: str,
                       mark_but_hyphen: str) -> tuple[str, str, str, str, str]:
    """The token patterns over the given classes of characters: ``letter`` (letters and marks)
    and ``digit`` as the contents of a ``[…]``, ``mark`` (a character that is no space, letter or
    digit) and ``mark_but_hyphen`` as whole classes. ``elided`` is the alternation of the elided words.

    Returns the plain word, the clitic, the elided word, the word, and the alternatives of a
    token in the run of tokens (:func:`.tokens._token_run`), in its order."""
    # Clitic pronouns of inverted questions/incises: "a-t-il", "déclare-t-elle", "dit-il".
    # "a t-il" (a common slip for "a-t-il") is read as the inversion it means.
    clitic = (rf"(?<![{letter}])t-(?:{INVERTED_PRONOUNS})(?![{letter}-])|"
              rf"-t-(?:{INVERTED_PRONOUNS})(?![{letter}-])|-(?:{_INVERTED_ALL})(?![{letter}-])")
    elided_word = rf"(?<![{letter}]){elided}['’](?=[{letter}{digit}])"
    word = (rf"[{letter}]+(?:['’][{letter}]+)*(?:-(?!t-(?:{INVERTED_PRONOUNS})(?![{letter}])|"
            rf"(?:{_INVERTED_ALL})(?![{letter}-]))[{letter}]+)*")
    # Most tokens are plain words: a run of letters that no apostrophe or hyphen
    # follows is a word whatever comes first below, and is matched first. The
    # run is taken whole, never given back (a shorter run is followed by a
    # letter): the scan keeps no place to come back to in each word.
    plain_word = rf"[{letter}]++(?!['’\-])"
    # A mark other than a hyphen and a digit start no clitic, elided word or
    # word: they are tried second and third, which saves trying those on each
    # comma and full stop (the tokens are the same). Digits are taken whole too.
    run = f"{plain_word}|{mark_but_hyphen}|[{digit}]++|{clitic}|{elided_word}|{word}|{mark}"
    return plain_word, clitic, elided_word, word, run
