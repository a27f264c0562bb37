"""attrlint.testing: markers, one-line assertions, data-driven cases."""
from __future__ import annotations

import textwrap
import types

import pytest

import attrlint
from attrlint.model import Span
from attrlint.rules import Option, Rule
from attrlint.testing import (RuleCase, RuleTester, as_article, assert_fires, assert_flags, example_cases, lint,
                              load_cases, parse_marks, show_marks)


class NoRumour(Rule):
    code = "HOU001"
    name = "no-rumour"
    summary = "the word rumeur"
    options = {"words": Option(list, ["rumeur", "rumeurs"], item=str)}

    def check(self, doc):
        for token in doc.tokens:
            if token.lower in self.settings["words"]:
                yield self.violation(token)


class NoSpokesman(Rule):
    code = "HOU002"
    name = "no-spokesman"
    summary = "the word porte-parole"

    def check(self, doc):
        for token in doc.tokens:
            if token.lower == "porte-parole":
                yield self.violation(token)


house_rules = types.SimpleNamespace(__name__="house-rules",
                                    attrlint_rules=attrlint.hookimpl(lambda: [NoRumour, NoSpokesman]))


# -- markers ------------------------------------------------------------------------

def test_markers_are_removed_and_their_spans_kept():
    text, marks = parse_marks("Selon [[des sources]], la [[HOU001:rumeur]] court.")
    assert text == "Selon des sources, la rumeur court."
    assert [(m.span, m.text, m.code) for m in marks] == [(Span(6, 17), "des sources", None),
                                                          (Span(22, 28), "rumeur", "HOU001")]


def test_a_colon_that_is_not_after_a_code_is_text():
    text, marks = parse_marks("[[Photo :]] rien")
    assert text == "Photo : rien" and marks[0].text == "Photo :" and marks[0].code is None


@pytest.mark.parametrize("bad", ["Une [[rumeur court.", "Une [[ru[[meur]] court."])
def test_malformed_markers_are_errors(bad):
    with pytest.raises(ValueError):
        parse_marks(bad)


def test_show_marks_is_the_inverse_of_parse_marks():
    marked = "Selon [[des sources]], la [[HOU001:rumeur]] court."
    text, marks = parse_marks(marked)
    assert show_marks(text, [(m.span, m.code) for m in marks]) == marked


def test_a_text_without_blank_line_is_put_under_a_title():
    article, offset = as_article("Une rumeur court.")
    assert article.endswith("\n\nUne rumeur court.") and article[offset:] == "Une rumeur court."
    assert as_article("Titre\n\nUne rumeur court.") == ("Titre\n\nUne rumeur court.", 0)
    assert as_article("<p>Une rumeur court.</p>", "page.html") == ("<p>Une rumeur court.</p>", 0)


# -- assertions ----------------------------------------------------------------------

def test_assert_flags_passes_on_exactly_the_marked_spans():
    diagnostics = assert_flags("Une [[rumeur]] court, puis d'autres [[rumeurs]].", NoRumour)
    assert [d.code for d in diagnostics] == ["HOU001", "HOU001"]
    assert assert_flags("Une nouvelle court.", NoRumour) == []


def test_assert_flags_fails_on_a_missing_span_and_shows_both_texts():
    with pytest.raises(AssertionError) as caught:
        assert_flags("Une [[rumeur]] court, [[Jean]] le dit.", NoRumour)
    message = str(caught.value)
    assert "missing: HOU001 at" in message and "'Jean'" in message
    assert "expected:\n" in message and "[[rumeur]] court, [[Jean]] le dit." in message
    assert "reported:\n" in message and "[[HOU001:rumeur]] court, Jean le dit." in message


def test_assert_flags_fails_on_an_unexpected_span():
    with pytest.raises(AssertionError, match=r"unexpected: HOU001 at \d+-\d+ 'rumeurs'"):
        assert_flags("Une [[rumeur]] court, puis d'autres rumeurs.", NoRumour)
    with pytest.raises(AssertionError, match="unexpected: HOU001"):
        assert_flags("Une rumeur court.", NoRumour)


def test_a_span_that_is_slightly_off_is_a_failure():
    with pytest.raises(AssertionError, match="missing"):
        assert_flags("Une [[rumeur court]].", NoRumour)


def test_markers_with_a_code_require_that_code():
    assert_flags("La [[HOU001:rumeur]] vient du [[HOU002:porte-parole]].", house_rules)
    with pytest.raises(AssertionError, match="missing: HOU002"):
        assert_flags("La [[HOU002:rumeur]] vient du [[HOU002:porte-parole]].", house_rules)


def test_a_plugin_object_tests_all_its_rules():
    assert sorted(RuleTester(house_rules).codes) == ["HOU001", "HOU002"]


def test_only_the_rules_under_test_are_compared():
    # FIG001 would fire on « 300 soldats »; only HOU001 is under test.
    assert_flags("Une [[rumeur]] : 300 soldats auraient été tués.", NoRumour)


def test_installed_rules_are_tested_by_code_or_name():
    assert_flags("[[Au moins 300 soldats]] ont été tués.", "FIG001")
    assert_flags("[[Au moins 300 soldats]] ont été tués.", "unsourced-figure")
    with pytest.raises(ValueError, match="no installed rule 'XYZ999'"):
        RuleTester("XYZ999")


def test_options_are_passed_to_the_rule():
    assert_flags("Un [[bruit]] court.", NoRumour, options={"words": ["bruit"]})
    assert_flags("Un [[bruit]] court.", house_rules, options={"HOU001": {"words": ["bruit"]}})
    with pytest.raises(ValueError, match="must be keyed by rule code"):
        assert_flags("Un bruit court.", house_rules, options={"words": ["bruit"]})


def test_a_failing_plugin_fails_the_test():
    class Crashing(NoRumour):
        def check(self, doc):
            raise RuntimeError("oops")

    with pytest.raises(AssertionError, match="attrlint reported ATL001"):
        assert_flags("Rien à signaler.", Crashing)


def test_assert_fires_and_lint():
    assert [d.excerpt for d in assert_fires("Une rumeur court.", NoRumour)] == ["rumeur"]
    with pytest.raises(AssertionError, match="HOU001 reported nothing"):
        assert_fires("Rien à signaler.", NoRumour)
    assert [d.code for d in lint("Titre\n\nUne rumeur court.", NoRumour)] == ["HOU001"]


def test_the_path_picks_the_reader():
    assert_flags("Une [[rumeur]] court. <!-- une rumeur en commentaire -->", NoRumour, path="article.md")


# -- cases as data ---------------------------------------------------------------------

def write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_toml_and_yaml_cases_are_loaded_from_files_and_folders(tmp_path):
    write(tmp_path / "no_rumour.toml", '''
        rule = "HOU001"

        [marked]
        fail_str = "Une [[rumeur]] court."

        [unmarked_fail]
        fail_str = "Une rumeur court."

        [clean]
        pass_str = "Une nouvelle court."

        [options]
        fail_str = "Un [[bruit]] court."
        options = { words = ["bruit"] }
    ''')
    write(tmp_path / "no_rumour_md.yml", '''
        rule: no-rumour
        markdown:
          path: article.md
          pass_str: "Une nouvelle court. <!-- rumeur -->"
    ''')
    cases = load_cases(tmp_path)
    assert [str(c) for c in cases] == ["HOU001:no_rumour:marked", "HOU001:no_rumour:unmarked_fail",
                                       "HOU001:no_rumour:clean", "HOU001:no_rumour:options",
                                       "no-rumour:no_rumour_md:markdown"]
    for case in cases:
        case.check(NoRumour)
    assert load_cases(tmp_path / "no_rumour.toml")[0].fails


def test_a_failing_case_names_itself_and_its_file(tmp_path):
    write(tmp_path / "cases.toml", '''
        rule = "HOU001"
        [should_fail]
        fail_str = "Une nouvelle court."
        [should_pass]
        pass_str = "Une rumeur court."
    ''')
    fail, clean = load_cases(tmp_path / "cases.toml")
    with pytest.raises(AssertionError, match=r"(?s)case HOU001:cases:should_fail \(cases.toml\).*reported nothing"):
        fail.check(NoRumour)
    with pytest.raises(AssertionError, match="unexpected: HOU001"):
        clean.check(NoRumour)


def test_a_case_of_one_rule_ignores_the_other_rules_of_its_plugin():
    RuleCase("HOU001:only", "HOU001", "Le porte-parole dément la [[rumeur]].", True).check(house_rules)


@pytest.mark.parametrize("content, message", [
    ("[a]\npass_str = 'x'\n", "the 'rule' key"),
    ("rule = 'HOU001'\n[a]\npass_str = 'x'\nfail_str = 'y'\n", "exactly one of pass_str and fail_str"),
    ("rule = 'HOU001'\n[a]\npas_str = 'x'\n", "unknown keys ['pas_str']"),
    ("rule = 'HOU001'\n[a]\npass_str = 'Une [[rumeur]].'\n", "pass_str with [[…]] markers"),
    ("rule = 'HOU001'\na = 'x'\n", "case 'a' must be a table"),
])
def test_malformed_case_files_are_errors(tmp_path, content, message):
    path = tmp_path / "cases.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        load_cases(path)
    assert message in str(caught.value) and "cases.toml" in str(caught.value)


def test_examples_become_bad_and_good_cases():
    cases = {str(c): c for c in example_cases()}
    bad, good = cases["FIG001:example-1:bad"], cases["FIG001:example-1:good"]
    assert bad.fails and not good.fails and bad.rule == good.rule == "FIG001"


def test_a_local_plugin_file_is_tested_as_a_plugin(tmp_path):
    from attrlint.testing import plugin_from_file

    path = write(tmp_path / "house.py", '''
        import attrlint
        from attrlint.rules import Rule

        class NoGossip(Rule):
            code = "HOU003"
            name = "no-gossip"
            summary = "the word ragot"

            def check(self, doc):
                return [self.violation(t) for t in doc.tokens if t.lower == "ragots"]

        @attrlint.hookimpl
        def attrlint_rules():
            return [NoGossip]
    ''')
    module = plugin_from_file(path)
    assert_flags("Des [[ragots]] circulent.", module)
    RuleCase("HOU003:file", "HOU003", "Des [[ragots]] circulent.", True).check(module)


def test_example_cases_include_the_rules_of_the_configurations_plugins(tmp_path, monkeypatch):
    from attrlint.testing import example_cases

    (tmp_path / "house.py").write_text(
        "import attrlint\n"
        "from attrlint.rules import Example, Rule\n\n\n"
        "class Loud(Rule):\n"
        "    code = 'HSE777'\n"
        "    name = 'loud'\n"
        "    summary = 'a loud rule'\n"
        "    message = 'loud'\n"
        "    examples = (Example(bad='Titre\\n\\nBOUM.', good='Titre\\n\\nboum.'),)\n\n"
        "    def check(self, doc):\n"
        "        return iter(())\n\n\n"
        "@attrlint.hookimpl\n"
        "def attrlint_rules():\n"
        "    return [Loud]\n", encoding="utf-8")
    (tmp_path / "attrlint.toml").write_text('plugins = ["house.py"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert "HSE777:example-1:bad" in [case.id for case in example_cases()]
    assert "HSE777:example-1:bad" in [case.id for case in example_cases(folder=tmp_path)]
