"""Fuzzing the whole pipeline: bytes → decoding → reader → analysis → rules.

Any exception, any internal-error diagnostic and any position outside the
text is a finding. With atheris installed (``pip install atheris``) the
target runs under libFuzzer's coverage-guided search; without it,
Hypothesis generates the inputs. Either way the run is bounded:

    python bench/fuzz.py --seconds 60
    python bench/fuzz.py --seconds 60 --engine hypothesis
"""
from __future__ import annotations

import argparse
import sys
import time

# Fragments the generated inputs are built from, besides random bytes:
# quotation marks, numbers, abbreviations, cues, markup and odd characters.
FRAGMENTS = [
    "«", "»", " « ", " » ", "“", "”", '"', "„", "‹", "›", ".", ",", ":", "…", "M.", "300", "10 000", "10\u00a0000",
    "7,1\u202f%", "1er", "3 €", "millions de", "selon l'AFP", "a déclaré", "a-t-il dit", "aurait été tué",
    "Photo :", "© Reuters", "Avec AFP", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u202f", "\ufeff", "e\u0301",
    "🙂", "(", ")", "[", "](", "<!--", "-->", "<p>", "</p>", "&nbsp;", "#", "> ", "- ", "*", "_", "`", "```",
    "---\n", "<img src=x title='© AFP'>", "—", " soldats", "Le maire", "Je ",
]
SUFFIXES = (".txt", ".md", ".html")
INTERNAL = {"ATL001", "ATL002", "ATL003"}


class Finding(AssertionError):
    """The pipeline misbehaved on an input."""


def _pipeline():
    from attrlint.api import active_rules
    from attrlint.plugins import build_registry
    from attrlint.runner import RunOptions

    registry = build_registry()
    return active_rules(registry), registry.lexicon(), registry.readers, RunOptions(rule_timeout=0)


_setup = None


def check_bytes(data: bytes) -> None:
    """Lint ``data`` as a text, a Markdown and an HTML file; raise :class:`Finding` on misbehaviour."""
    from attrlint.runner import lint_file

    global _setup
    if _setup is None:
        _setup = _pipeline()
    rules, lexicon, readers, options = _setup
    for suffix in SUFFIXES:
        result, doc = lint_file(f"fuzz{suffix}", rules, lexicon, readers, options, stdin_data=data)
        source = doc.source if doc is not None else ""
        for d in result.diagnostics:
            if d.code in INTERNAL or "internal error" in d.message:
                raise Finding(f"{suffix}: {d.code} {d.message}\n" + "\n".join(result.tracebacks))
            if d.code == "ATL100":
                continue
            if not (0 <= d.span.start <= d.span.end <= len(source)) or source[d.span.start:d.span.end] != d.excerpt:
                raise Finding(f"{suffix}: {d.code} at {d.span} does not point at its excerpt {d.excerpt!r}")


def _with_atheris(seconds: int) -> int:
    import atheris

    with atheris.instrument_imports(include=["attrlint", "attrlint_builtin"]):
        import attrlint.runner  # noqa: F401  (instrumented for coverage)
    sys.argv = [sys.argv[0], f"-max_total_time={seconds}", "-timeout=30", "-rss_limit_mb=4096"]
    atheris.Setup(sys.argv, check_bytes)
    atheris.Fuzz()
    return 0


def inputs():
    """The Hypothesis strategy of fuzz inputs: random bytes, text, and texts of fragments in any encoding."""
    from hypothesis import strategies as st

    fragments = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=60).map("".join)
    encoded = st.tuples(fragments, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])).map(
        lambda pair: pair[0].encode(pair[1], errors="replace"))
    return st.one_of(st.binary(max_size=400), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
                     encoded)


def _with_hypothesis(seconds: int) -> int:
    from hypothesis import HealthCheck, given, settings

    tried = 0

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=inputs())
    def batch(data: bytes) -> None:
        nonlocal tried
        tried += 1
        check_bytes(data)

    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        batch()  # each batch draws new random inputs
    print(f"fuzz: {tried} inputs in {seconds} s, no finding")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--seconds", type=int, default=60, help="how long to fuzz (default 60)")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    args = parser.parse_args()
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    print(f"fuzz: {engine} for {args.seconds} s", flush=True)
    return _with_atheris(args.seconds) if engine == "atheris" else _with_hypothesis(args.seconds)


if __name__ == "__main__":
    sys.exit(main())
