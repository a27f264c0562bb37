"""Plugin discovery, the rule contract, and the four hooks."""
from __future__ import annotations

import textwrap
import types

import pytest
from house_rules import word_rule_plugin

import attrlint
from attrlint import cli, hookspecs
from attrlint.api import lint_string
from attrlint.model import Block, BlockKind, Document, Severity, Span
from attrlint.plugins import HOOK_NAMES, PluginError, build_registry
from attrlint.rules import Option, OptionError, Rule


def plugin(name: str, **hooks) -> types.SimpleNamespace:
    """A plugin object named ``name`` with the given hook functions."""
    return types.SimpleNamespace(__name__=name, **{k: attrlint.hookimpl(v) for k, v in hooks.items()})


def rules_plugin(name: str, *rules) -> types.SimpleNamespace:
    return plugin(name, attrlint_rules=lambda: list(rules))


def make_rule(code="HOU001", name="no-rumour", **attrs) -> type[Rule]:
    def check(self, doc):
        for token in doc.tokens:
            if token.lower == "rumeur":
                yield self.violation(token)

    return type("NoRumour", (Rule,), {"code": code, "name": name, "summary": "the word rumeur", "check": check,
                                       **attrs})


# -- discovery ------------------------------------------------------------------

def test_builtin_plugins_come_through_the_entry_point_group():
    registry = build_registry()
    builtin = {p.name: p for p in registry.plugins if p.origin == "builtin"}
    assert set(builtin) >= {"builtin-figures", "builtin-quotes", "builtin-credits", "builtin-formats",
                            "builtin-readers"}
    assert builtin["builtin-figures"].rules == ["FIG001", "FIG002"]
    assert builtin["builtin-formats"].formats[:2] == ["text", "json"]
    assert builtin["builtin-figures"].distribution == "attrlint"
    assert builtin["builtin-figures"].version == attrlint.__version__
    assert registry.rules["FIG001"].plugin == "builtin-figures"


def test_a_local_plugin_file_is_loaded_relative_to_the_configuration(tmp_path):
    (tmp_path / "house.py").write_text(word_rule_plugin(summary="the word rumeur", version="2.1"), encoding="utf-8")
    registry = build_registry(["house.py"], base=tmp_path)
    info = registry.plugin("house.py")
    assert info.origin == "local" and info.version == "2.1" and info.rules == ["HOU001"]
    assert info.location == str(tmp_path / "house.py")
    diagnostics = lint_string("Titre\n\nUne rumeur court.", registry=registry)
    assert [(d.code, d.excerpt, d.plugin) for d in diagnostics] == [("HOU001", "rumeur", "house.py")]


def test_local_plugin_modules_and_packages_are_found_in_the_configuration_folder(tmp_path):
    package = tmp_path / "newsroom_rules_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from .words import attrlint_lexicon\n", encoding="utf-8")
    (package / "words.py").write_text(textwrap.dedent('''
        import attrlint

        @attrlint.hookimpl
        def attrlint_lexicon(lexicon):
            lexicon.add_speech_verb("claironner")
    '''), encoding="utf-8")
    registry = build_registry(["newsroom_rules_pkg"], base=tmp_path)
    assert registry.plugin("newsroom_rules_pkg").location == str(package / "__init__.py")
    text = "Grève à la mairie\n\nEt de claironner : « Nous ne céderons rien à la pression de la rue »."
    assert lint_string(text, registry=registry) == []
    assert [d.code for d in lint_string(text)] == ["QUO001"]


def test_local_plugin_errors_name_the_plugin(tmp_path):
    with pytest.raises(PluginError, match="local plugin 'missing.py': file not found"):
        build_registry(["missing.py"], base=tmp_path)
    with pytest.raises(PluginError, match="local plugin 'no_such_module_here': no module of that name"):
        build_registry(["no_such_module_here"], base=tmp_path)
    (tmp_path / "broken.py").write_text("import not_an_installed_module\n", encoding="utf-8")
    with pytest.raises(PluginError, match="local plugin 'broken.py' cannot be loaded: ModuleNotFoundError"):
        build_registry(["broken.py"], base=tmp_path)


def test_two_local_files_with_the_same_name_do_not_collide(tmp_path):
    for folder, code in (("a", "HOU001"), ("b", "HOU002")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "rules.py").write_text(textwrap.dedent(f'''
            import attrlint
            from attrlint.rules import Rule

            class R(Rule):
                code = "{code}"
                name = "rule-{folder}"
                summary = "nothing"
                def check(self, doc):
                    return []

            @attrlint.hookimpl
            def attrlint_rules():
                return [R]
        '''), encoding="utf-8")
    registry = build_registry(["a/rules.py", "b/rules.py"], base=tmp_path)
    assert {"HOU001", "HOU002"} <= set(registry.rules)


def test_plugins_are_disabled_by_name():
    registry = build_registry(disabled=["builtin-credits"])
    assert "CRD001" not in registry.rules and "FIG001" in registry.rules
    assert registry.plugin("builtin-credits") is None


def test_given_and_local_plugins_are_disabled_by_name(tmp_path):
    (tmp_path / "house.py").write_text("raise RuntimeError('must not be imported')\n", encoding="utf-8")
    registry = build_registry(["house.py"], base=tmp_path, disabled=["house.py", "given"],
                              plugins=[rules_plugin("given", make_rule())])
    assert "HOU001" not in registry.rules


def test_disabling_an_unknown_plugin_is_an_error():
    with pytest.raises(PluginError, match=r"cannot disable 'no-such-plugin': no plugin of that name"):
        build_registry(disabled=["no-such-plugin"])


def test_the_registry_can_be_rebuilt_from_its_spec(tmp_path):
    (tmp_path / "house.py").write_text("", encoding="utf-8")
    registry = build_registry(["house.py"], base=tmp_path, disabled=["builtin-credits"])
    rebuilt = registry.spec.build()
    assert [p.name for p in rebuilt.plugins] == [p.name for p in registry.plugins]


def test_attrlint_plugins_lists_origin_version_and_rules(tmp_path, capsys, monkeypatch):
    registry = build_registry(plugins=[rules_plugin("house-rules", make_rule())])
    monkeypatch.setattr(cli, "build_registry", lambda *args, **kwargs: registry)
    assert cli.main(["plugins"]) == 0
    lines = capsys.readouterr().out.splitlines()
    figures = next(line for line in lines if line.startswith("builtin-figures "))
    assert f"attrlint {attrlint.__version__} (built in)" in figures and figures.endswith("rules FIG001, FIG002")
    assert any(line.startswith("builtin-formats ") and "formats text, json" in line for line in lines)
    house = next(line for line in lines if line.startswith("house-rules "))
    assert "(given)" in house and house.endswith("rules HOU001")


# -- the rule contract ----------------------------------------------------------

def test_a_code_registered_by_two_plugins_is_an_error_naming_both():
    first, second = make_rule(), make_rule(name="other-name")
    with pytest.raises(PluginError) as caught:
        build_registry(plugins=[rules_plugin("first", first), rules_plugin("second", second)])
    assert "rule code HOU001 is registered by two plugins: 'first'" in str(caught.value)
    assert "'second'" in str(caught.value)


def test_a_code_clashing_with_a_builtin_rule_names_the_builtin_plugin():
    with pytest.raises(PluginError, match="FIG001 is registered by two plugins: 'builtin-figures'.*'mine'"):
        build_registry(plugins=[rules_plugin("mine", make_rule(code="FIG001"))])


def test_a_name_registered_by_two_plugins_is_an_error():
    with pytest.raises(PluginError, match="rule name 'no-rumour' is registered by two plugins: 'first' "
                                          r"\(HOU001\) and 'second' \(HOU002\)"):
        build_registry(plugins=[rules_plugin("first", make_rule()), rules_plugin("second", make_rule("HOU002"))])


def test_one_rule_class_registered_twice_is_no_clash():
    rule = make_rule()
    registry = build_registry(plugins=[rules_plugin("first", rule), rules_plugin("second", rule)])
    assert registry.rules["HOU001"].plugin == "first"


@pytest.mark.parametrize("attrs, message", [
    ({"code": "hou1"}, "code 'hou1' is not two to five capitals and three digits"),
    ({"code": "ATL999"}, "codes starting with ATL are reserved"),
    ({"name": "No Rumour"}, "name 'No Rumour' is not kebab-case"),
    ({"summary": ""}, "summary is empty"),
    ({"severity": "warning"}, "severity 'warning' is not an attrlint.model.Severity"),
    ({"check": Rule.check}, "defines no check"),
    ({"options": {"limit": Option(int, "ten")}}, "the default of option limit must be of type int"),
    ({"options": {"limit": 10}}, "option 'limit' is not an attrlint.rules.Option"),
    ({"options": {"when": Option(dict, {})}}, "option 'when' has type"),
    ({"examples": ("bad",)}, "examples must be attrlint.rules.Example"),
])
def test_a_rule_breaking_the_contract_is_an_error_naming_plugin_and_rule(attrs, message):
    with pytest.raises(PluginError) as caught:
        build_registry(plugins=[rules_plugin("careless", make_rule(**attrs))])
    assert "plugin 'careless' registered a rule that breaks the contract: NoRumour" in str(caught.value)
    assert message in str(caught.value)


def test_registering_something_else_than_rule_classes_is_an_error():
    with pytest.raises(PluginError, match="is not a subclass of attrlint.rules.Rule"):
        build_registry(plugins=[rules_plugin("careless", make_rule()())])
    with pytest.raises(PluginError, match="attrlint_rules returned dict, not a list"):
        build_registry(plugins=[plugin("careless", attrlint_rules=lambda: {})])


def test_a_rule_that_cannot_be_created_is_an_error():
    def init(self, **settings):
        raise RuntimeError("no database")

    with pytest.raises(PluginError, match="rule HOU001 cannot be created with its default options: "
                                          "RuntimeError: no database"):
        build_registry(plugins=[rules_plugin("careless", make_rule(__init__=init))])


def test_a_hook_that_raises_is_an_error_naming_the_plugin():
    def rules():
        raise ImportError("half-installed")

    with pytest.raises(PluginError, match="plugin 'careless' failed in attrlint_rules: ImportError: half-installed"):
        build_registry(plugins=[plugin("careless", attrlint_rules=rules)])


def test_unmarked_and_unknown_hooks_are_errors():
    unmarked = types.SimpleNamespace(__name__="unmarked", attrlint_rules=lambda: [])
    with pytest.raises(PluginError, match="plugin 'unmarked': attrlint_rules is not marked with @attrlint.hookimpl"):
        build_registry(plugins=[unmarked])
    with pytest.raises(PluginError, match="plugin 'typo' implements attrlint_rule, which is not an attrlint hook"):
        build_registry(plugins=[plugin("typo", attrlint_rule=lambda: [])])


def test_a_hook_with_arguments_the_spec_lacks_is_an_error():
    with pytest.raises(PluginError, match="plugin 'careless' cannot be registered"):
        build_registry(plugins=[plugin("careless", attrlint_lexicon=lambda lexicon, config: None)])


def test_options_are_validated():
    rule = make_rule(options={"limit": Option(int, 3, "how many"), "words": Option(list, [], item=str),
                              "mode": Option(str, "strict", choices=("strict", "lenient"))})
    assert rule().settings == {"limit": 3, "words": [], "mode": "strict"}
    assert rule(limit=5, words=["rumeur"], mode="lenient").settings == {"limit": 5, "words": ["rumeur"],
                                                                          "mode": "lenient"}
    assert rule(**{"limit": 4}).settings["limit"] == 4
    with pytest.raises(OptionError, match=r"rule HOU001 \(no-rumour\) has no option 'limt' \(options: limit, mode, words\)"):
        rule(limt=5)
    with pytest.raises(OptionError, match="limit must be of type int, not bool"):
        rule(limit=True)
    with pytest.raises(OptionError, match="words must be a list of str, but holds 3"):
        rule(words=["rumeur", 3])
    with pytest.raises(OptionError, match="mode must be one of 'strict', 'lenient', not 'loose'"):
        rule(mode="loose")


def test_snake_case_option_names_are_accepted():
    rule = make_rule(options={"check-titles": Option(bool, False)})
    assert rule(check_titles=True).settings == {"check-titles": True}


# -- the other hooks --------------------------------------------------------------

def test_the_lexicon_hook_extends_the_words_the_grammar_knows():
    words = plugin("words", attrlint_lexicon=lambda lexicon: lexicon.add_agency("APA", ["APA"], wire=True))
    text = "Titre\n\nLe maire a démissionné, a indiqué son cabinet à l'APA."
    assert "CRD002" not in [d.code for d in lint_string(text)]
    registry = build_registry(plugins=[words])
    assert [d.code for d in lint_string(text, registry=registry)] == ["CRD002"]


def test_the_lexicon_hook_runs_after_the_shipped_lexicon_and_before_configuration():
    seen = []
    words = plugin("words", attrlint_lexicon=lambda lexicon: seen.append("claironne" in lexicon.words))
    registry = build_registry(plugins=[words])
    lexicon = registry.lexicon({"speech-verbs": ["claironner"]})
    assert seen == [False] and lexicon.words["claironne"] == "SPEECH_FIN"


def test_the_formats_hook_adds_a_format_and_may_replace_a_builtin_one():
    count = lambda diagnostics, ctx: f"{len(diagnostics)}\n"  # noqa: E731
    registry = build_registry(plugins=[plugin("counting", attrlint_formats=lambda: {"count": count, "text": count})])
    assert registry.formats["count"] is count and registry.formats["text"] is count
    assert registry.plugin("counting").formats == ["count", "text"]
    assert "text" not in registry.plugin("builtin-formats").formats


def test_two_plugins_claiming_one_format_is_an_error():
    render = lambda diagnostics, ctx: ""  # noqa: E731
    with pytest.raises(PluginError, match="format 'count' is registered by two plugins: 'one' and 'two'"):
        build_registry(plugins=[plugin("one", attrlint_formats=lambda: {"count": render}),
                                plugin("two", attrlint_formats=lambda: {"count": render})])


def test_the_readers_hook_reads_files_by_suffix():
    def read_wire(path, text):
        # A wire feed: one paragraph per line, no title.
        blocks, start = [], 0
        for i, line in enumerate(text.split("\n")):
            blocks.append(Block(BlockKind.PARAGRAPH, Span(start, start + len(line)), i))
            start += len(line) + 1
        return Document(path, text, text, blocks, format="wire")

    registry = build_registry(plugins=[plugin("wire", attrlint_readers=lambda: {".WIRE": read_wire})])
    assert registry.readers[".wire"] is read_wire
    text = "Au moins 300 soldats ont été tués."
    assert [d.code for d in lint_string(text, "feed.wire", registry=registry)] == ["FIG001"]
    assert lint_string(text, "feed.txt", registry=registry) == []  # a text file's first line is its title


def test_with_the_builtin_readers_disabled_a_file_is_read_as_plain_text():
    # As the readers hook says: a file whose suffix has no reader is read as plain text.
    registry = build_registry(disabled=["builtin-readers"])
    assert registry.readers == {}
    text = "Titre\n\nAu moins 300 soldats ont été tués."
    assert [d.code for d in lint_string(text, "article.txt", registry=registry)] == ["FIG001"]


def test_every_hook_has_a_docstring_saying_when_what_and_returns():
    for name in HOOK_NAMES:
        doc = getattr(hookspecs, name).__doc__ or ""
        assert "Called" in doc and "Return" in doc, name


def test_severity_of_a_rule_is_used_for_its_diagnostics():
    rule = make_rule(severity=Severity.INFO)
    registry = build_registry(plugins=[rules_plugin("house", rule)])
    [diagnostic] = lint_string("Titre\n\nUne rumeur court.", registry=registry, select=["HOU"])
    assert diagnostic.severity is Severity.INFO


def test_a_failing_lexicon_hook_fails_when_plugins_are_loaded():
    def words(lexicon):
        lexicon.add_speech_verb("dire")  # irregular: needs its forms

    with pytest.raises(PluginError, match="plugin 'words' failed in attrlint_lexicon: ValueError: cannot conjugate"):
        build_registry(plugins=[plugin("words", attrlint_lexicon=words)])


def test_each_lexicon_is_a_copy_configuration_cannot_leak_between():
    registry = build_registry()
    with_verb = registry.lexicon({"speech-verbs": ["claironner"]})
    assert "claironne" in with_verb.words and "claironne" not in registry.lexicon().words


def test_a_registry_of_given_plugins_only():
    registry = build_registry(plugins=[rules_plugin("house", make_rule())], entry_points=False)
    assert list(registry.rules) == ["HOU001"] and [p.name for p in registry.plugins] == ["house"]
    assert registry.formats == {} and registry.readers == {}
