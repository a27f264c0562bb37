"""The quotation mutations of the gold labels, as readers read them, against what attrlint catches.

Each QUO001 mutation of the labels (``../shared/eval/dev`` and every group of
``bench/labels``) removes the speaker of one quotation. Two readers who had not
written attrlint read every mutated passage blind (without attrlint's output,
and without knowing which mutations attrlint caught) and said, by SPEC §2.1,
whether the quotation still has a speaker: ``bench/labels/quotation-mutations-read.jsonl``
(the reasons of the kept groups are left out, as their articles are). This
script lints the mutated articles with attrlint and prints, for the groups
scored as a check (dev and kept) and those read while tuning, how the readers'
verdicts split between the mutations caught and those missed. Usage (from the
repository root)::

    python bench/quotation_mutations.py
"""
from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterator

from common import attrlint_command

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
READINGS = ROOT / "bench" / "labels" / "quotation-mutations-read.jsonl"
VERDICTS = ("unattributed", "unsure", "attributed")


def label_files(shared: Path) -> list[tuple[str, Path, Path]]:
    """Each group of labels: its name, its labels and the folder of its articles."""
    groups = [("dev", shared / "eval" / "dev" / "labels.jsonl", shared / "corpus" / "articles")]
    for path in sorted((ROOT / "bench" / "labels").glob("labels-*.jsonl")):
        group = path.stem.removeprefix("labels-")
        groups.append((group, path, shared / "corpus" / group.split("-")[1]))
    return groups


def _evaluation(shared: Path):
    """The evaluation's own script (``eval/score.py``): how it applies a mutation and matches a diagnostic."""
    if str(shared / "eval") not in sys.path:
        sys.path.insert(0, str(shared / "eval"))
    import score
    return score


def quotation_mutations(shared: Path) -> Iterator[tuple[str, dict, str, dict]]:
    """Each QUO001 mutation of every group: the group, the mutation, the mutated article and
    the diagnostic it asks for, as the evaluation reads them."""
    apply_mutation = _evaluation(shared).apply_mutation
    for group, labels, corpus in label_files(shared):
        for line in labels.read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            text = (corpus / f"{label['id']}.txt").read_text(encoding="utf-8")
            for mutation in label.get("mutations", []):
                if mutation["expected"]["code"] == "QUO001":
                    mutated, gold = apply_mutation(text, mutation)
                    yield group, mutation, mutated, gold


def caught_mutations(shared: Path) -> dict[str, bool]:
    """Whether attrlint reports the QUO001 each quotation mutation asks for, by mutation."""
    match = _evaluation(shared).match
    golds = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _, mutation, mutated, gold in quotation_mutations(shared):
            Path(tmp, mutation["mid"] + ".txt").write_text(mutated, encoding="utf-8")
            golds[mutation["mid"]] = gold
        out = subprocess.run([*attrlint_command(), "check", "--format", "json", "--no-cache", "--isolated",
                              "--select", "QUO001", tmp], capture_output=True, text=True, check=False).stdout
    found = collections.defaultdict(list)
    for d in json.loads(out):
        found[Path(d["path"]).stem].append(d)
    return {mid: bool(match([gold], found[mid])[0]) for mid, gold in golds.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    args = parser.parse_args(argv)
    caught = caught_mutations(args.shared)
    readings = [json.loads(line) for line in READINGS.read_text(encoding="utf-8").splitlines() if line]
    print("| groups | attrlint | " + " | ".join(f"read {v}" for v in VERDICTS) + " | reader knows the speaker |")
    print("|---|---|" + "---|" * (len(VERDICTS) + 1))
    for title, scored in (("dev and kept (scored)", True), ("tune (read while tuning)", False)):
        for outcome in (True, False):
            rows = [r for r in readings if r["group"].startswith("tune") != scored and caught[r["mutation"]] == outcome]
            counts = collections.Counter(r["verdict"] for r in rows)
            knows = sum(r["reader_knows"] for r in rows)
            print(f"| {title} | {'caught' if outcome else 'missed'} {len(rows)} | "
                  + " | ".join(str(counts[v]) for v in VERDICTS) + f" | {knows} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
