"""How fast ``attrlint server`` answers an editor: the time from a change of a
5,000-character article to its diagnostics, and what a burst of changes gives.

The article is built at run time from real La Libre articles of the corpus
(``../shared/corpus/lalibre``, or ``--corpus``): their paragraphs one after
the other, cut at 5,000 characters. The server runs as the editor runs it
(``attrlint server``, a subprocess spoken to over stdio), with its default
debounce, in an empty folder (no configuration). Then:

- latency: ``--changes`` edits, one at a time, each a word typed somewhere in
  the article (sent as an incremental change, as editors send them); each
  time, from sending the change to receiving the diagnostics of that version
  of the text. Targets: median within 150 ms, 95th percentile within 300 ms;
- a burst: 50 changes sent back to back, as fast as the pipe takes them;
  the server must publish one set of diagnostics, for the last version, and
  those must be the diagnostics of the last text (checked against attrlint
  linting it in this process).

Usage (from the repository root, with the server extra installed)::

    python bench/server.py
    python bench/server.py --changes 100 --corpus ../shared/corpus/lalibre
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from common import attrlint_command

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "lalibre"
LENGTH = 5_000
WORDS = ["selon", "l'armée", "au", "moins", "300", "soldats", "« Nous", "tiendrons »", "a-t-il", "dit", "2 000"]


def build_article(corpus: Path, length: int = LENGTH) -> str:
    """Paragraphs of the corpus's articles, in order, up to ``length`` characters (the last one cut)."""
    paragraphs: list[str] = []
    total = 0
    for path in sorted(corpus.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            paragraph = paragraph.strip()
            if paragraph:
                paragraphs.append(paragraph)
                total += len(paragraph) + 2
            if total >= length:
                return "\n\n".join(paragraphs)[:length - 1] + "\n"
    raise SystemExit(f"bench/server.py: {corpus} holds fewer than {length} characters of articles")


class Editor:
    """An LSP client that records when each version's diagnostics arrive."""

    def __init__(self) -> None:
        self.client = LanguageClient("attrlint-bench", "1")
        self.arrivals: list[tuple[float, int | None, list[types.Diagnostic]]] = []
        self.version_seen: dict[int, asyncio.Event] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.arrivals.append((time.perf_counter(), params.version, list(params.diagnostics)))
            if params.version is not None:
                self.version_seen.setdefault(params.version, asyncio.Event()).set()

    async def start(self, folder: Path) -> None:
        command = attrlint_command()
        env = dict(os.environ)
        await self.client.start_io(*command, "server", env=env, cwd=str(folder))
        await self.client.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities(), root_uri=folder.as_uri()))
        self.client.initialized(types.InitializedParams())

    async def wait_for(self, version: int, timeout: float = 30.0) -> None:
        await asyncio.wait_for(self.version_seen.setdefault(version, asyncio.Event()).wait(), timeout)

    def change(self, uri: str, version: int, line: int, character: int, text: str) -> None:
        at = types.Position(line, character)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(at, at), text=text)]))

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


def insert(text: str, line: int, column: int, word: str) -> str:
    """``text`` with ``word`` typed at (line, column); the article is in the BMP, so columns are characters."""
    lines = text.split("\n")
    lines[line] = lines[line][:column] + word + lines[line][column:]
    return "\n".join(lines)


def somewhere(text: str, rng: random.Random) -> tuple[int, int]:
    lines = text.split("\n")
    line = rng.choice([i for i, content in enumerate(lines) if content])
    return line, rng.randrange(len(lines[line]) + 1)


def expected(path: Path, text: str) -> list[tuple[str, int, int]]:
    """The diagnostics attrlint gives ``text`` in this process: code and start position."""
    sys.path.insert(0, str(ROOT))
    from attrlint.server.linter import Linter
    from attrlint.server.positions import LineMap

    lines = LineMap(text)
    return sorted((d.code, *lines.position(d.span.start)) for d in Linter().lint(str(path), text).diagnostics)


async def run(corpus: Path, changes: int, seed: int) -> int:
    text = build_article(corpus)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="attrlint-bench-server-") as tmp:
        folder = Path(tmp)
        path = folder / "article.md"
        path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        editor = Editor()
        await editor.start(folder)
        editor.client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
        await editor.wait_for(1)
        print(f"article: {len(text):,} characters, {text.count(chr(10) * 2) + 1} paragraphs, from {corpus}; "
              f"{len(editor.arrivals[-1][2])} diagnostics")

        latencies = []
        version = 1
        for _ in range(changes):
            version += 1
            line, column = somewhere(text, rng)
            word = rng.choice(WORDS) + " "
            text = insert(text, line, column, word)
            sent = time.perf_counter()
            editor.change(uri, version, line, column, word)
            await editor.wait_for(version)
            arrived = next(t for t, v, _ in reversed(editor.arrivals) if v == version)
            latencies.append((arrived - sent) * 1000)
            await asyncio.sleep(0.05)  # a writer's pause between two words
        latencies.sort()
        median = statistics.median(latencies)
        p95 = latencies[min(len(latencies) - 1, round(0.95 * len(latencies)) - 1)]

        before = len(editor.arrivals)
        first = version + 1
        for _ in range(50):
            version += 1
            line, column = somewhere(text, rng)
            word = rng.choice(WORDS) + " "
            text = insert(text, line, column, word)
            editor.change(uri, version, line, column, word)
        sent = time.perf_counter()
        await editor.wait_for(version)
        await asyncio.sleep(1.0)  # anything published late would show now
        burst = editor.arrivals[before:]
        final = [(d.code, d.range.start.line, d.range.start.character) for d in burst[-1][2]]
        await editor.stop()

    right = expected(path, text)
    print(f"latency of one change ({changes} changes, debounce included): median {median:.0f} ms, "
          f"95th percentile {p95:.0f} ms, max {latencies[-1]:.0f} ms (targets 150 ms and 300 ms)")
    print(f"burst of 50 changes (versions {first}–{version}): {len(burst)} publication(s), for version(s) "
          f"{[v for _, v, _ in burst]}; the last text's diagnostics {(burst[-1][0] - sent) * 1000:.0f} ms after "
          f"the last change; they are {'the same as' if sorted(final) == right else 'NOT the same as'} "
          f"attrlint's for the last text ({len(right)} diagnostics)")
    ok = median <= 150 and p95 <= 300 and len(burst) == 1 and burst[0][1] == version and sorted(final) == right
    print("all targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of .txt articles")
    parser.add_argument("--changes", type=int, default=60, help="changes timed one at a time (default 60)")
    parser.add_argument("--seed", type=int, default=13, help="where the words are typed (default 13)")
    args = parser.parse_args()
    return asyncio.run(run(args.corpus, args.changes, args.seed))


if __name__ == "__main__":
    sys.exit(main())
