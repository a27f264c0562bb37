"""The analysis keeps an article's tokens once the rules have read a document's."""
from __future__ import annotations

from attrlint import engine
from attrlint.api import active_rules
from attrlint.engine import analyse_document, lint_document
from attrlint.plugins import build_registry
from attrlint.readers.text import read_text
from attrlint.rules import Rule, RuleInfo

TEXTS = [
    "La rentrée\n\nSelon des sources proches du dossier, 300 postes seront supprimés.\n",
    "Le budget\n\nLe conseil a voté 4,2 millions d'euros, a déclaré le maire à des proches.\n",
    "Une phrase sans chiffre ni citation.\n",
]


class CountsWords(Rule):
    """Reads the tokens of every document: one violation per number."""

    code = "TST903"
    name = "counts-words"
    summary = "reads the tokens"

    def check(self, doc):
        for token in doc.tokens:
            if token.category == "NUM":
                yield self.violation(token.span, "a number")


def _results(rules, lexicon):
    return [[(d.code, d.line, d.column) for d in lint_document(read_text(f"{k}.txt", text), rules, lexicon).diagnostics]
            for k, text in enumerate(TEXTS)]


def test_tokens_are_kept_once_a_rule_reads_them_and_the_results_stay_the_same(monkeypatch):
    registry = build_registry()
    lexicon = registry.lexicon()
    rules = active_rules(registry) + [engine.ActiveRule(RuleInfo(CountsWords, "tests"), CountsWords(), CountsWords.severity)]
    monkeypatch.setattr(engine, "_rules_read_tokens", False)
    assert not analyse_document(read_text("a.txt", TEXTS[0]), lexicon).has_tokens
    made_again = _results(rules, lexicon)  # the first document's tokens are made for the rule
    assert engine._rules_read_tokens
    assert analyse_document(read_text("a.txt", TEXTS[0]), lexicon).has_tokens
    assert _results(rules, lexicon) == made_again
    assert any(code == "TST903" for found in made_again for code, *_ in found)


def test_rules_that_never_read_tokens_leave_them_unkept(monkeypatch):
    registry = build_registry()
    lexicon = registry.lexicon()
    monkeypatch.setattr(engine, "_rules_read_tokens", False)
    _results(active_rules(registry), lexicon)
    assert not engine._rules_read_tokens
    assert not analyse_document(read_text("a.txt", TEXTS[0]), lexicon).has_tokens


def test_tokens_kept_by_the_analysis_are_those_made_again_when_a_heading_glues_a_source():
    from attrlint.analysis import analyse, document_tokens
    from attrlint.lexicon import build_default_lexicon

    lexicon = build_default_lexicon()
    text = ("Titre\n\nPremier paragraphe sans rien.\n\n"
            "Un déficit recordD'après une estimation du conseil, le déficit atteindrait 30 milliards.\n\n"
            "Hausse à MARSEILLESelon le chef de la police, les saisies augmentent.\n")
    doc = read_text("a.txt", text)
    kept = analyse(doc, lexicon, keep_tokens=True).tokens
    assert kept == document_tokens(doc, lexicon)
    assert [t.text for t in kept if t.category == "PREP_SOURCE"] == ["D'après", "Selon"]
