"""Keep the translation catalogs in step with the English texts of the code.

    python scripts/catalogs.py update   # add new texts to each .po, drop removed ones, compile the .mo files
    python scripts/catalogs.py compile  # compile each .po into its .mo
    python scripts/catalogs.py check    # exit 1 when a .po misses a text or a .mo is older than its .po

Needs Babel (``pip install -e '.[test]'`` installs it). The texts are
found as xgettext would find them (``_()``, ``N_()``, ``gettext()``,
``ngettext()`` calls), plus the command line's help texts (read from its
parser) and argparse's own words. New texts come with an empty
translation: write it in the .po, then run ``compile``.
"""
from __future__ import annotations

import argparse
import io
import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}
LANGUAGES = ("fr",)
# gettext's usual rule for French (1 and 0 singular), not CLDR's three forms.
PLURAL_FORMS = {"fr": (2, "(n > 1)")}
LANGUAGE_NAMES = {"fr": "French"}


@dataclass(frozen=True)
class Domain:
    """One catalog: the source folders it is extracted from and the folder of its languages."""

    name: str
    sources: tuple[Path, ...]
    locale: Path
    with_cli: bool = False

    def po(self, language: str) -> Path:
        return self.locale / language / "LC_MESSAGES" / "attrlint.po"

    def mo(self, language: str) -> Path:
        return self.po(language).with_suffix(".mo")


DOMAINS = (
    Domain("attrlint", (ROOT / "attrlint", ROOT / "plugins" / "attrlint_builtin"), ROOT / "attrlint" / "locale",
           with_cli=True),
    Domain("attrlint-vague-source", (ROOT / "plugins" / "attrlint-vague-source" / "attrlint_vague_source",),
           ROOT / "plugins" / "attrlint-vague-source" / "attrlint_vague_source" / "locale"),
)


def template(domain: Domain) -> Catalog:
    """Every text of the domain's code, as a catalog with no translations."""
    catalog = Catalog(project=domain.name, charset="utf-8")

    for folder in domain.sources:
        for filename, lineno, message, comments, _context in extract_from_dir(
                folder, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)):
            where = (folder / filename).relative_to(ROOT).as_posix()
            catalog.add(message, locations=[(where, lineno)], auto_comments=comments)
    if domain.with_cli:
        sys.path.insert(0, str(ROOT))
        from attrlint.cli import _parser
        from attrlint.cli_language import parser_texts

        for text in parser_texts(_parser()):
            catalog.add(text, locations=[("attrlint/cli.py", 0)])
        # argparse's own words: "usage: ", "options", its errors.
        for lineno, message, comments, _context in extract_from_file("python", argparse.__file__,
                                                                       keywords={"_": None, "ngettext": (1, 2)}):
            catalog.add(message, locations=[("argparse.py", lineno)])
    return catalog


def read(path: Path) -> Catalog:
    with open(path, "rb") as f:
        return read_po(f)


def compiled(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def update(domain: Domain) -> None:
    pot = template(domain)
    for language in LANGUAGES:
        path = domain.po(language)
        if path.exists():
            catalog = read(path)
            created = catalog.creation_date  # kept: a date that changes on every update only makes merge conflicts
            catalog.update(pot, no_fuzzy_matching=True)
            catalog.creation_date = created
        else:
            catalog = Catalog(locale=language, project=domain.name, charset="utf-8")
            catalog.update(pot, no_fuzzy_matching=True)
            path.parent.mkdir(parents=True, exist_ok=True)
        catalog.obsolete.clear()
        catalog._num_plurals, catalog._plural_expr = PLURAL_FORMS[language]
        catalog.project, catalog.version = domain.name, ""
        catalog.fuzzy = False
        catalog.copyright_holder = catalog.last_translator = catalog.language_team = "attrlint developers"
        catalog.msgid_bugs_address = ""
        catalog.header_comment = (f"# {LANGUAGE_NAMES[language]} texts of {domain.name}.\n"
                                  "# Update with: python scripts/catalogs.py update (see docs/translations.md).")
        with open(path, "wb") as f:
            write_po(f, catalog, width=100, include_previous=False, sort_output=False,
                     include_lineno=False)  # line numbers would change, and conflict, with every edit
    compile_(domain)


def compile_(domain: Domain) -> None:
    for language in LANGUAGES:
        domain.mo(language).write_bytes(compiled(read(domain.po(language))))


def problems(domain: Domain) -> list[str]:
    """What is out of date: texts of the code that a .po lacks, .mo files that differ from their .po."""
    pot = template(domain)
    found = []
    for language in LANGUAGES:
        po_path = domain.po(language)
        if not po_path.exists():
            return [f"{po_path.relative_to(ROOT)} is missing"]
        catalog = read(po_path)
        missing = [m.id for m in pot if m.id and m.id not in catalog]
        found += [f"{po_path.relative_to(ROOT)} lacks {text!r}" for text in missing]
        mo_path = domain.mo(language)
        if not mo_path.exists() or mo_path.read_bytes() != compiled(catalog):
            found.append(f"{mo_path.relative_to(ROOT)} is not compiled from {po_path.name}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update, compile or check the translation catalogs.")
    parser.add_argument("action", choices=("update", "compile", "check"))
    action = parser.parse_args(argv).action
    if action == "check":
        found = [p for domain in DOMAINS for p in problems(domain)]
        print("\n".join(found) or "catalogs up to date")
        if found:
            print("run: python scripts/catalogs.py update, translate the new texts, "
                  "then python scripts/catalogs.py compile", file=sys.stderr)
        return 1 if found else 0
    for domain in DOMAINS:
        update(domain) if action == "update" else compile_(domain)
    return 0


if __name__ == "__main__":
    sys.exit(main())
