"""attrlint in French and in English: the language of a run, the catalogs, plugins' own catalogs."""
from __future__ import annotations

import importlib
import io
import json
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

import attrlint_builtin.readers
from attrlint import hookimpl
from attrlint.api import lint_string
from attrlint.config import ConfigError, parse_config
from attrlint.formatting import summary_line
from attrlint.i18n import LOCALE_DIR, N_, load_catalog, resolve_language, rule_explanation, rule_summary, translation
from attrlint.plugins import build_registry
from attrlint.progress import ProgressBar
from attrlint.rules import Example, Rule
from attrlint.testing import untranslated
from cli_run import CONDITIONAL, FIGURE, QUOTE, VAGUE, article, run_cli, write

ROOT = Path(__file__).resolve().parents[1]
FRENCH_TYPOGRAPHY = re.compile(r"[ \t](?=[:;?!»])|«[ \t]")  # a breaking space where French wants a no-break one
WIRE = "« Nous partirons », a déclaré le maire à l'AFP."  # CRD002


# -- which language --------------------------------------------------------------

@pytest.mark.parametrize(("option", "configured", "environ", "expected"), [
    ("en", "fr", {"LC_ALL": "fr_FR.UTF-8"}, "en"),  # the option first
    ("fr", None, {}, "fr"),
    (None, "en", {"LC_ALL": "fr_FR.UTF-8"}, "en"),  # then the configuration
    (None, "fr", {"LANG": "en_GB.UTF-8"}, "fr"),
    (None, None, {"LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"}, "fr"),  # then LC_ALL
    (None, None, {"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "fr_FR", "LANG": "fr_FR"}, "en"),
    (None, None, {"LC_MESSAGES": "fr_BE", "LANG": "en_US.UTF-8"}, "fr"),  # then LC_MESSAGES
    (None, None, {"LC_MESSAGES": "en_US", "LANG": "fr_FR.UTF-8"}, "en"),
    (None, None, {"LANG": "fr_FR.UTF-8"}, "fr"),  # then LANG
    (None, None, {"LANG": "fr"}, "fr"),
    (None, None, {"LANG": "fr_CA.utf8@euro"}, "fr"),
    (None, None, {"LC_ALL": "", "LANG": "fr_FR.UTF-8"}, "fr"),  # an empty variable is not set
    (None, None, {"LANG": "de_DE.UTF-8"}, "en"),  # a language attrlint does not speak
    (None, None, {"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
    (None, None, {}, "en"),  # then English
])
def test_the_language_comes_from_the_option_the_configuration_the_locale_then_english(option, configured, environ,
                                                                                       expected):
    assert resolve_language(option, configured, environ) == expected


def test_an_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="unknown language 'de'"):
        resolve_language("de", None, {})


def test_the_language_key_is_validated():
    assert parse_config({"language": "fr"}).language == "fr"
    with pytest.raises(ConfigError, match=r"language: unknown language 'klingon' \(known: en, fr\)"):
        parse_config({"language": "klingon"}, Path("attrlint.toml"))


# -- the catalogs ------------------------------------------------------------------

def _builtin_plugins():
    """The plugin modules of the rules attrlint ships: its own and the vague-source plugin's."""
    return [importlib.import_module(p.location) for p in build_registry().plugins if p.rules]


@pytest.mark.parametrize("plugin", _builtin_plugins(), ids=lambda m: m.__name__)
def test_every_message_summary_and_explanation_of_a_shipped_rule_has_its_french(plugin):
    assert untranslated(plugin, languages=["fr"]) == []


def test_the_shipped_rules_include_the_vague_source_plugin():
    assert "attrlint_vague_source" in {m.__name__ for m in _builtin_plugins()}


def test_the_compiled_catalogs_are_those_of_the_po_files_and_hold_every_text_of_the_code():
    pytest.importorskip("babel", reason="Babel (in the test extra) reads and compiles the catalogs")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "catalogs.py"), "check"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def _french_texts():
    folders = [LOCALE_DIR, ROOT / "plugins" / "attrlint-vague-source" / "attrlint_vague_source" / "locale"]
    for folder in folders:
        catalog = load_catalog(folder, "fr")
        for msgid, text in catalog._catalog.items():
            if msgid:  # not the header
                yield msgid, text


def test_french_texts_keep_french_typography():
    wrong = [text for _msgid, text in _french_texts() if FRENCH_TYPOGRAPHY.search(text)]
    assert wrong == []
    assert len(list(_french_texts())) > 100


def test_french_texts_keep_the_placeholders_of_the_english():
    for msgid, text in _french_texts():
        english = msgid[0] if isinstance(msgid, tuple) else msgid
        assert set(re.findall(r"\{\w*", text)) == set(re.findall(r"\{\w*", english)), text


def test_english_is_the_text_of_the_code():
    assert translation("en").gettext("Bad:") == "Bad:"
    assert translation("fr").gettext("Bad:") == "À éviter\u00a0:"


# -- a plugin's own catalog ----------------------------------------------------------

def _plugin_with_catalog(tmp_path: Path, translations: dict[str, str]) -> types.SimpleNamespace:
    """A plugin with one rule and a French catalog holding ``translations``."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    catalog = Catalog(locale="fr")
    for english, french in translations.items():
        catalog.add(english, french)
    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with open(folder / "attrlint.mo", "wb") as f:
        write_mo(f, catalog)

    class NoRumour(Rule):
        code = "HOU001"
        name = "no-rumour"
        summary = N_("the word rumour in a sentence")
        message = N_("Rumour: say who spreads it")
        messages = (N_("Rumour « {word} »: say who spreads it"),)
        examples = (Example(bad="Une rumeur court.", good="Le maire dément."),)

        def check(self, doc):
            for token in doc.tokens:
                if token.lower == "rumeur":
                    yield self.violation(token)
                if token.lower == "rumeurs":
                    yield self.violation(token, self.messages[0], word=token.text)

    class Plugin:
        @hookimpl
        def attrlint_rules(self):
            return [NoRumour]

        @hookimpl
        def attrlint_locale_dir(self):
            return tmp_path / "locale"

    return types.SimpleNamespace(plugin=Plugin(), rule=NoRumour)


def test_a_plugin_s_own_catalog_translates_its_messages(tmp_path):
    house = _plugin_with_catalog(tmp_path, {
        "the word rumour in a sentence": "le mot rumeur dans une phrase",
        "Rumour: say who spreads it": "Rumeur : dites qui la répand.",
        "Rumour « {word} »: say who spreads it": "Rumeur « {word} » : dites qui la répand.",
    })
    registry = build_registry(plugins=[house.plugin, attrlint_builtin.readers], entry_points=False)
    text = "Titre\n\nUne rumeur court. Des rumeurs aussi.\n"
    french = [d.message for d in lint_string(text, registry=registry, language="fr")]
    english = [d.message for d in lint_string(text, registry=registry, language="en")]
    assert french == ["Rumeur : dites qui la répand.", "Rumeur « rumeurs » : dites qui la répand."]
    assert english == ["Rumour: say who spreads it", "Rumour « rumeurs »: say who spreads it"]
    assert rule_summary(house.rule, "fr") == "le mot rumeur dans une phrase"
    assert untranslated(house.plugin) == []


def test_untranslated_names_each_text_a_plugin_s_catalog_lacks(tmp_path):
    house = _plugin_with_catalog(tmp_path, {"Rumour: say who spreads it": "Rumeur : dites qui la répand."})
    assert untranslated(house.plugin) == [
        "HOU001 summary (fr): 'the word rumour in a sentence'",
        "HOU001 messages[0] (fr): 'Rumour « {word} »: say who spreads it'",
    ]


def test_a_plugin_that_ships_no_catalog_declares_english_only():
    class Plugin:
        @hookimpl
        def attrlint_rules(self):
            return [type("Plain", (Rule,), {"code": "HOU002", "name": "plain", "summary": "plain",
                                            "check": lambda self, doc: []})]

    assert untranslated(Plugin()) == []
    assert untranslated(Plugin(), languages=["fr"]) == ["no catalog for 'fr' (attrlint_locale_dir)"]


# -- the command line ---------------------------------------------------------------

def _articles(tmp_path: Path) -> Path:
    return write(tmp_path, {"article.md": article(FIGURE, QUOTE, CONDITIONAL, VAGUE, WIRE)})


def _assert_french(lines: list[str]) -> None:
    english = re.compile(r"\b(with no|who said|according to|Found|problems?|files?|checks passed|say who|did you|"
                         r"cannot|skipped|unused|unknown|not checked)\b")
    assert lines
    for line in lines:
        assert not english.search(line), line
        assert not FRENCH_TYPOGRAPHY.search(line.split(": ", 1)[-1]), line


def test_a_french_locale_prints_every_line_in_french(tmp_path):
    root = _articles(tmp_path)
    result = run_cli("check", "--extend-select", "SRC001", "article.md", cwd=root, env={"LANG": "fr_FR.UTF-8"})
    assert result.code == 1
    _assert_french(result.lines)
    assert result.codes() == ["FIG001", "QUO001", "FIG002", "SRC001", "CRD002"]
    assert "Chiffre sans source\u00a0: qui l'a compté, estimé ou publié\u202f? Ajoutez la source" in result.out
    assert "Source vague «\u00a0des sources\u00a0»\u00a0: dites qui elle est" in result.out
    assert "ajoutez «\u00a0Avec AFP\u00a0»" in result.out
    assert result.lines[-1] == ("5 problèmes trouvés dans 1 fichier (1 CRD002, 1 FIG001, 1 FIG002, 1 QUO001, "
                                "1 SRC001)\u00a0: 2 avertissements, 3 informations.")


def test_the_language_option_prints_every_line_in_its_language(tmp_path):
    root = _articles(tmp_path)
    french = run_cli("check", "--language", "fr", "article.md", cwd=root)
    _assert_french(french.lines)
    english = run_cli("check", "--language", "en", "article.md", cwd=root, env={"LC_ALL": "fr_FR.UTF-8"})
    assert english.lines[-1] == ("Found 4 problems in 1 file (1 CRD002, 1 FIG001, 1 FIG002, 1 QUO001): "
                                 "2 warnings, 2 info.")
    assert "Figure with no source: who counted, estimated or published it?" in english.out
    assert english.out == run_cli("check", "article.md", cwd=root).out


def test_the_language_key_of_the_configuration_applies_and_the_option_wins(tmp_path):
    root = _articles(tmp_path)
    (root / "attrlint.toml").write_text('language = "fr"\n', encoding="utf-8")
    assert run_cli("check", "article.md", cwd=root).lines[-1].startswith("4 problèmes trouvés")
    assert run_cli("check", "--language", "en", "article.md", cwd=root).lines[-1].startswith("Found 4 problems")
    (root / "attrlint.toml").write_text('language = "de"\n', encoding="utf-8")
    bad = run_cli("check", "article.md", cwd=root)
    assert bad.code == 2 and "language: unknown language 'de'" in bad.err


def test_a_clean_run_says_so_in_french(tmp_path):
    root = write(tmp_path, {"a.md": article("Rien à signaler.")})
    result = run_cli("check", "--verbose", "--language", "fr", "a.md", cwd=root)
    assert result.lines == ["Toutes les vérifications sont passées (1 fichier vérifié)."]


def test_the_cache_serves_no_message_in_the_wrong_language(tmp_path):
    root = _articles(tmp_path)
    cache = ["--cache-dir", str(tmp_path / "cache")]
    english = run_cli("check", *cache, "article.md", cwd=root)
    french = run_cli("check", *cache, "--language", "fr", "article.md", cwd=root)
    again = run_cli("check", *cache, "article.md", cwd=root)
    _assert_french(french.lines)
    assert again.out == english.out


def test_machine_formats_keep_codes_and_fields_and_translate_messages(tmp_path):
    root = _articles(tmp_path)
    english = json.loads(run_cli("check", "--format", "json", "article.md", cwd=root).out)
    french = json.loads(run_cli("check", "--format", "json", "--language", "fr", "article.md", cwd=root).out)
    assert [sorted(d) for d in french] == [sorted(d) for d in english]
    assert [{k: v for k, v in d.items() if k != "message"} for d in french] == \
        [{k: v for k, v in d.items() if k != "message"} for d in english]
    assert all(f["message"] != e["message"] for f, e in zip(french, english))


def test_ci_formats_keep_their_shape_and_translate_messages(tmp_path):
    root = _articles(tmp_path)
    github = run_cli("check", "--format", "github", "--language", "fr", "article.md", cwd=root).lines
    assert github[0].startswith("::warning file=article.md,line=3,col=1,")
    assert github[0].endswith(",title=FIG001::Chiffre sans source\u00a0: qui l'a compté, estimé ou publié\u202f? "
                              "Ajoutez la source (\u00abselon …\u00a0», \u00aba indiqué …\u00a0»).".replace(
                                  "\u00ab", "«\u00a0"))
    gitlab = json.loads(run_cli("check", "--format", "gitlab", "--language", "fr", "article.md", cwd=root).out)
    assert gitlab[0]["check_name"] == "FIG001" and gitlab[0]["description"].startswith("FIG001 Chiffre sans source")
    sarif = json.loads(run_cli("check", "--format", "sarif", "--language", "fr", "article.md", cwd=root).out)
    run = sarif["runs"][0]
    assert run["language"] == "fr"
    fig = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "FIG001")
    assert fig["shortDescription"]["text"] == "un chiffre qui demande une source, dans une phrase sans attribution"
    assert "\nÀ éviter\u00a0:\n" in fig["help"]["text"]
    assert run["results"][0]["ruleId"] == "FIG001" and run["results"][0]["message"]["text"].startswith("Chiffre")


def test_explain_in_french_with_its_examples(tmp_path):
    result = run_cli("explain", "FIG001", "--language", "fr", cwd=tmp_path)
    assert result.code == 0
    assert result.lines[0] == "FIG001 unsourced-figure (avertissement)"
    assert result.lines[1] == "  un chiffre qui demande une source, dans une phrase sans attribution"
    assert "Les nombres de personnes ou de choses, les pourcentages" in result.out
    assert "\nÀ éviter\u00a0:\n    Au moins 300 soldats ont été tués dans les combats.\n" in result.out
    assert "\nÀ préférer\u00a0:\n    Au moins 300 soldats ont été tués dans les combats, selon l'état-major.\n" \
        in result.out
    assert "check-titles (bool, par défaut False)\u00a0: vérifier aussi le titre et les intertitres" in result.out
    english = run_cli("explain", "FIG001", cwd=tmp_path)
    assert "\nBad:\n" in english.out and "Counts of people or things" in english.out


def test_rules_lists_summaries_in_french(tmp_path):
    result = run_cli("rules", "--language", "fr", cwd=tmp_path)
    fig = next(line for line in result.lines if line.startswith("FIG001"))
    assert "un chiffre qui demande une source" in fig and "avertissement" in fig
    src = next(line for line in result.lines if line.startswith("SRC001"))
    assert "(désactivée par défaut)" in src and "attribution à une source anonyme ou vague" in src


def test_help_and_usage_errors_in_french(tmp_path):
    help_ = run_cli("check", "--help", "--language", "fr", cwd=tmp_path)
    assert "afficher cette aide et quitter" in help_.out
    assert "utilisation\u00a0: attrlint check" in help_.out
    assert "ne pas vérifier ces règles" in help_.out
    wrong = run_cli("check", "--fail-on", "grave", cwd=tmp_path, env={"LANG": "fr_FR.UTF-8"})
    assert wrong.code == 2
    assert "erreur\u00a0: argument --fail-on\u00a0: choix invalide\u00a0: 'grave'" in wrong.err


def test_cli_errors_in_french(tmp_path):
    result = run_cli("check", "--format", "nope", "--language", "fr", cwd=tmp_path)
    assert result.code == 2 and "format 'nope' inconnu" in result.err
    unknown = run_cli("explain", "XYZ999", "--language", "fr", cwd=tmp_path)
    assert "règle inconnue\u00a0: 'XYZ999'" in unknown.err


def test_attrlint_s_own_diagnostics_in_french(tmp_path):
    root = write(tmp_path, {"notes.md": article("<!-- attrlint-disable-next-line FIG001 -->\nRien à signaler.",
                                                "<!-- attrlint-disabel -->")})
    (root / "image.txt").write_bytes(b"GIF89a\x00\x01")
    (root / "ancien.txt").write_bytes("Titre\n\nUn caf\u00e9 et un th\u00e9.\n".encode("cp1252"))
    result = run_cli("check", "--language", "fr", ".", cwd=root)
    _assert_french(result.lines)
    assert ("ancien.txt:1:1: ATL101 lu en Latin-1 (ISO-8859-1)\u00a0: le fichier n'est pas en UTF-8\u202f; "
            "convertissez-le en UTF-8") in result.lines
    assert "image.txt:1:1: ATL100 image.txt ignoré\u00a0: fichier binaire (octet NUL à la position 6)" in result.out
    assert "ATL200 suppression inutile (FIG001)\u00a0: rien à supprimer à la ligne 4\u202f; retirez-la" in result.out
    assert ("ATL201 commentaire de suppression inconnu\u00a0: 'attrlint-disabel' "
            "(vouliez-vous dire 'attrlint-disable'\u202f?)") in result.out


def test_summary_line_and_progress_bar_in_french():
    assert summary_line([], 1, "fr") == "Toutes les vérifications sont passées (1 fichier vérifié)."
    assert summary_line([], 3, "en") == "All checks passed (3 files checked)."
    stream = io.StringIO()
    ProgressBar(stream, min_files=1, language="fr")(1, 3)
    assert stream.getvalue().endswith("] 1/3 fichiers")


def test_rule_explanation_is_dedented_and_stripped_in_both_languages():
    registry = build_registry()
    rule = registry.rules["QUO002"].rule
    assert rule_explanation(rule, "en").startswith("An opening « or")
    assert rule_explanation(rule, "fr").startswith("Un guillemet ouvrant")
    assert not rule_explanation(rule, "fr").endswith("\n")


# -- errors about plugins, rule options and selectors -----------------------------------

WRONG_HOOK = '''
import attrlint


@attrlint.hookimpl
def attrlint_rules():
    return {"HOU001": "not a list"}
'''


def _french_error(result) -> str:
    """The one error line of a failed run, checked for French typography after its ``attrlint: file:`` head."""
    assert result.code == 2 and result.out == ""
    [line] = result.err.splitlines()
    assert not FRENCH_TYPOGRAPHY.search(line), line
    return line


def test_a_local_plugin_file_that_does_not_exist_is_reported_in_french(tmp_path):
    root = write(tmp_path, {"a.md": article("Rien à signaler."), "attrlint.toml": 'plugins = ["absent.py"]\n'})
    for command in (("check", "a.md"), ("rules",), ("explain", "FIG001"), ("plugins",)):
        line = _french_error(run_cli(*command, "--language", "fr", cwd=root))
        assert line == (f"attrlint: attrlint.toml: extension locale 'absent.py'\u00a0: fichier introuvable\u00a0: "
                        f"{root.resolve() / 'absent.py'}\u202f; corrigez le chemin dans la clé plugins de la "
                        f"configuration"), command
    english = run_cli("check", "--language", "en", "a.md", cwd=root, env={"LANG": "fr_FR.UTF-8"})
    assert english.code == 2
    assert english.err == (f"attrlint: attrlint.toml: local plugin 'absent.py': file not found: "
                           f"{root.resolve() / 'absent.py'}\n")


def test_a_hook_returning_the_wrong_type_is_reported_in_french(tmp_path):
    root = write(tmp_path, {"a.md": article("Rien à signaler."), "house.py": WRONG_HOOK,
                            "attrlint.toml": 'plugins = ["house.py"]\n'})
    line = _french_error(run_cli("check", "--language", "fr", "a.md", cwd=root))
    assert line == ("attrlint: attrlint.toml: extension 'house.py'\u00a0: attrlint_rules a renvoyé dict, "
                    "et non une liste de classes Rule")
    english = run_cli("check", "--language", "en", "a.md", cwd=root)
    assert english.err == ("attrlint: attrlint.toml: plugin 'house.py': attrlint_rules returned dict, "
                           "not a list of Rule classes\n")


def test_a_plugin_that_cannot_be_disabled_is_reported_in_the_configuration_s_language(tmp_path):
    root = write(tmp_path, {"attrlint.toml": 'language = "fr"\ndisable-plugins = ["nulle-part"]\n'})
    line = _french_error(run_cli("plugins", cwd=root))
    assert line.startswith("attrlint: attrlint.toml: impossible de désactiver 'nulle-part'\u00a0: aucune extension "
                           "de ce nom (extensions\u00a0: builtin-credits, ")


def test_a_selector_error_in_french(tmp_path):
    root = write(tmp_path, {"a.md": article("Rien à signaler.")})
    line = _french_error(run_cli("check", "--select", "FIG001,figurez", "--language", "fr", "a.md", cwd=root))
    assert line == ("attrlint: --select\u00a0: code ou nom de règle inconnu\u00a0: 'figurez' "
                    "(vouliez-vous dire 'FIG'\u202f?)")
    english = run_cli("check", "--select", "FIG001,figurez", "--language", "en", "a.md", cwd=root)
    assert english.err == "attrlint: --select: unknown rule code or name 'figurez' (did you mean 'FIG'?)\n"
    (root / "attrlint.toml").write_text('select = ["ATL100"]\n', encoding="utf-8")
    own = _french_error(run_cli("check", "--language", "fr", "a.md", cwd=root))
    assert own.startswith("attrlint: attrlint.toml: select\u00a0: ATL100 (read-error) est un diagnostic propre "
                          "à attrlint")


def test_a_rule_option_of_the_wrong_type_in_french(tmp_path):
    root = write(tmp_path, {"a.md": article("Rien à signaler."),
                            "attrlint.toml": "[rules.FIG001]\ncheck-titles = 3\n"})
    line = _french_error(run_cli("check", "--language", "fr", "a.md", cwd=root))
    assert line == ("attrlint: attrlint.toml: rules.FIG001\u00a0: règle FIG001 (unsourced-figure)\u00a0: "
                    "check-titles doit être de type bool, et non int")
    english = run_cli("check", "--language", "en", "a.md", cwd=root)
    assert english.err == ("attrlint: attrlint.toml: rules.FIG001: rule FIG001 (unsourced-figure): check-titles "
                           "must be of type bool, not int\n")


def test_plugins_says_where_each_plugin_comes_from_in_french(tmp_path):
    root = write(tmp_path, {"house.py": "", "attrlint.toml": 'plugins = ["house.py"]\n'})
    french = run_cli("plugins", "--language", "fr", cwd=root).lines
    figures = next(line for line in french if line.startswith("builtin-figures"))
    assert "(intégrée)" in figures and "built in" not in figures
    house = next(line for line in french if line.startswith("house.py"))
    assert f"{root.resolve() / 'house.py'} (locale)" in house
    english = run_cli("plugins", "--language", "en", cwd=root).lines
    assert "(built in)" in next(line for line in english if line.startswith("builtin-figures"))


def test_the_language_server_shows_a_plugin_error_in_its_language(tmp_path):
    from attrlint.server.linter import Linter

    root = write(tmp_path, {"attrlint.toml": 'plugins = ["absent.py"]\n'})
    path = str(root / "a.md")
    french = Linter(allow_local_plugins=True, language="fr").lint(path, article("Rien à signaler."))
    assert french.config_error.endswith(f"attrlint.toml: extension locale 'absent.py'\u00a0: fichier introuvable"
                                        f"\u00a0: {root.resolve() / 'absent.py'}\u202f; corrigez le chemin dans la "
                                        f"clé plugins de la configuration")
    english = Linter(allow_local_plugins=True, language="en").lint(path, article("Rien à signaler."))
    assert "local plugin 'absent.py': file not found: " in english.config_error
