"""Bad inputs against the real ``attrlint check``: what it says and how long it takes.

Each input is generated in a temporary folder (never in the checkout), then
linted by ``attrlint check`` in a subprocess. The table shows the input, its
size, the wall time, the exit code and the first line attrlint printed.

    python bench/bad_inputs.py            # every input (the 50 MB ones included)
    python bench/bad_inputs.py --small    # without the inputs of several MB
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

MB = 1_000_000  # decimal, as attrlint says sizes (max-file-size, its error messages)
PARAGRAPH = ("Selon la préfecture, au moins 300 personnes ont manifesté samedi à Nantes. « Nous ne lâcherons "
             "rien », a déclaré M. Martin, cité par l'AFP. Le bilan serait de 12 blessés.")


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit.encode("utf-8")))


def _article(body: str) -> bytes:
    return ("Titre de l'article\n\n" + body + "\n").encode("utf-8")


# name → (file name, how to make it in a folder)
Maker = Callable[[Path], None]


def _write(name: str, data: bytes) -> Maker:
    return lambda folder: (folder / name).write_bytes(data)


def _unreadable(folder: Path) -> None:
    path = folder / "unreadable.txt"
    path.write_bytes(_article(PARAGRAPH))
    path.chmod(0)


def _symlink(target: str, name: str = "link.txt") -> Maker:
    return lambda folder: (folder / name).symlink_to(folder / target)


def _loop(folder: Path) -> None:
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")


def _folder_loop(folder: Path) -> None:
    sub = folder / "walk"
    sub.mkdir()
    (sub / "article.txt").write_bytes(_article(PARAGRAPH))
    (sub / "again").symlink_to(sub)  # a folder that contains itself


def inputs(small: bool) -> list[tuple[str, str, Maker]]:
    """(label, path to lint relative to the folder, maker)."""
    cases: list[tuple[str, str, Maker]] = [
        ("UTF-8", "utf8.txt", _write("utf8.txt", _article(PARAGRAPH))),
        ("UTF-8 with BOM, CRLF", "bom.txt", _write("bom.txt", b"\xef\xbb\xbf" + _article(PARAGRAPH).replace(b"\n", b"\r\n"))),
        ("UTF-16 LE with BOM", "utf16.txt", _write("utf16.txt", ("\ufeff" + _article(PARAGRAPH).decode()).encode("utf-16-le"))),
        ("UTF-16 without BOM", "utf16-nobom.txt", _write("utf16-nobom.txt", _article(PARAGRAPH).decode().encode("utf-16-le"))),
        ("Windows-1252", "cp1252.txt", _write("cp1252.txt", _article(PARAGRAPH.replace("'", "’")).decode().encode("cp1252"))),
        ("Latin-1", "latin1.txt", _write("latin1.txt", _article(PARAGRAPH).decode().encode("latin-1"))),
        ("ISO-8859-15 (œ)", "latin9.txt", _write("latin9.txt", _article("Le cœur de " + PARAGRAPH).decode().encode("iso8859-15"))),
        ("UTF-8 with one bad byte", "broken.txt", _write("broken.txt", _article(PARAGRAPH) + b"\xff\n")),
        ("double-encoded UTF-8 (mojibake)", "mojibake.txt", _write("mojibake.txt", _article(PARAGRAPH).decode().encode("utf-8").decode("cp1252", "replace").encode("utf-8"))),
        ("NFD accents", "nfd.txt", _write("nfd.txt", __import__("unicodedata").normalize("NFD", _article(PARAGRAPH).decode()).encode())),
        ("binary (NUL bytes)", "blob.txt", _write("blob.txt", bytes(range(256)) * 64)),
        ("PNG image named .txt", "image.txt", _write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000))),
        ("empty file", "empty.txt", _write("empty.txt", b"")),
        ("unreadable file (mode 000)" + (", run as root" if os.geteuid() == 0 else ""), "unreadable.txt",
         _unreadable),
        ("broken symlink", "link.txt", _symlink("missing.txt")),
        ("symlink loop", "loop-a.txt", _loop),
        ("folder with a symlink to itself", "walk", _folder_loop),
        ("100 000 « with no »", "guillemets.txt", _write("guillemets.txt", _article("« " * 100_000))),
        ("10 000 nested quotations", "nested.txt", _write("nested.txt", _article("« " * 10_000 + "mot" + " »" * 10_000))),
        ("a million digits", "digits.txt", _write("digits.txt", _article("1" * 1_000_000))),
        ("a 1 MB word", "word.txt", _write("word.txt", _article("a" * MB))),
        ("10 000 « M. » abbreviations", "abbrev.txt", _write("abbrev.txt", _article("M. Dupont et " * 10_000))),
        ("100 000 full stops", "dots.txt", _write("dots.txt", _article("." * 100_000))),
        ("Markdown: 100 000 « [ »", "brackets.md", _write("brackets.md", _article("[" * 100_000))),
        ("HTML: 20 000 unclosed « <!-- »", "comments.html", _write("comments.html", _article("<!--" * 20_000))),
        ("HTML: 30 000 unclosed « <a »", "tags.html", _write("tags.html", _article("<a " * 30_000))),
    ]
    if not small:
        cases += [
            ("1 MB of paragraphs", "paras-1mb.txt", _write("paras-1mb.txt", _article(_repeat(PARAGRAPH + "\n\n", MB)))),
            ("4 MB of paragraphs", "paras-4mb.txt", _write("paras-4mb.txt", _article(_repeat(PARAGRAPH + "\n\n", 4 * MB)))),
            ("1 MB on one line", "line-1mb.txt", _write("line-1mb.txt", _article(_repeat(PARAGRAPH + " ", MB)))),
            ("4 MB on one line", "line-4mb.txt", _write("line-4mb.txt", _article(_repeat(PARAGRAPH + " ", 4 * MB)))),
            ("50 MB on one line", "line-50mb.txt", _write("line-50mb.txt", _article(_repeat(PARAGRAPH + " ", 50 * MB)))),
            ("50 MB of paragraphs", "paras-50mb.txt", _write("paras-50mb.txt", _article(_repeat(PARAGRAPH + "\n\n", 50 * MB)))),
        ]
    return cases


def _size(path: Path) -> str:
    if path.is_symlink() or not path.exists():
        return "-"
    if path.is_dir():
        return "folder"
    size = path.stat().st_size
    return f"{size / MB:.1f} MB" if size >= MB else f"{size / 1000:.1f} kB" if size >= 1000 else f"{size} B"


def attrlint_command(given: str | None) -> list[str]:
    """The command that runs attrlint: the one given, the script installed beside this
    Python (``.venv/bin/python bench/bad_inputs.py`` needs no activated environment),
    the one on PATH, else this Python's module."""
    if given:
        return [given]
    beside = Path(sys.executable).with_name("attrlint")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("attrlint")
    return [found] if found else [sys.executable, "-m", "attrlint.cli"]


def main() -> int:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--small", action="store_true", help="leave out the inputs of several MB")
    parser.add_argument("--attrlint", default=None,
                        help="the attrlint command (default: the one beside this Python, else the one on PATH)")
    args = parser.parse_args()
    rows = [("input", "size", "time", "exit", "what attrlint said (first line)")]
    with tempfile.TemporaryDirectory(prefix="attrlint-bad-inputs-") as tmp:
        for label, name, make in inputs(args.small):
            folder = Path(tmp, f"case{len(rows)}")
            folder.mkdir()
            make(folder)
            target = folder / name
            size = _size(target)
            start = time.perf_counter()
            proc = subprocess.run(attrlint_command(args.attrlint) + ["check", name], cwd=folder, capture_output=True, text=True,
                                  env={**os.environ, "NO_COLOR": "1"})
            elapsed = time.perf_counter() - start
            said = (proc.stdout.strip().splitlines() or proc.stderr.strip().splitlines() or [""])[0]
            rows.append((label, size, f"{elapsed:.2f} s", str(proc.returncode), said[:150]))
            print(f"{label}: {elapsed:.2f} s, exit {proc.returncode}", file=sys.stderr, flush=True)
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print("| " + " | ".join(rows[0]) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|---|")
    for row in rows[1:]:
        print("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
