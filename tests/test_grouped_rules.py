"""Files whose rules go to the rules' thread together give what each file gives alone."""
from __future__ import annotations

import dataclasses

from attrlint import parallel
from attrlint.runner import RunOptions, lint_decoded, lint_decoded_many
from attrlint.rules import Rule, Violation

from test_parallel import _settings

TEXTS = [
    "Le budget de la commune\n\nLe conseil a voté 4,2 millions d'euros pour la piscine, a déclaré le maire.\n",
    "Grève à l'usine\n\n« Nous ne céderons pas », lance une ouvrière. Les salariés seraient 300 à débrayer.\n",
    "Une phrase sans chiffre ni citation.\n",
    "Crise du logement\n\nSelon l'Insee, 12 % des ménages attendent un logement social depuis 2019.\n",
]


class FailsOnGreve(Rule):
    """Crashes on the article about the strike, and only there."""

    code = "TST902"
    name = "fails-on-greve"
    summary = "crashes on one article"

    def check(self, doc):
        if "Grève" in doc.source:
            raise RuntimeError("no strike today")
        if doc.sentences:
            yield Violation(doc.sentences[0].span)


def _outcomes(pairs):
    return [(r.path, [d.to_dict() for d in r.diagnostics], r.error, r.directives,
             d.source if d is not None else None) for r, d in pairs]


def test_a_group_gives_each_file_its_own_result(tmp_path):
    settings = _settings(RunOptions(jobs=1, use_cache=False), FailsOnGreve)
    files = [(str(tmp_path / f"article-{i}.txt"), (text, "utf-8")) for i, text in enumerate(TEXTS)]
    files.append((str(tmp_path / "ancien.txt"), (TEXTS[0], "cp1252")))
    grouped = lint_decoded_many(files, settings)
    alone = [lint_decoded(path, decoded, settings) for path, decoded in files]
    assert _outcomes(grouped) == _outcomes(alone)
    codes = [[d.code for d in r.diagnostics] for r, _ in grouped]
    assert "ATL001" in codes[1] and not any("ATL001" in c for k, c in enumerate(codes) if k != 1)
    assert "ATL101" in codes[-1]


def test_a_file_that_cannot_be_read_leaves_the_others_of_its_group(tmp_path):
    settings = _settings(RunOptions(jobs=1, use_cache=False))

    def broken(path, text):
        raise ValueError("unreadable layout")

    settings = dataclasses.replace(settings, readers={**settings.readers, ".bad": broken})
    files = [(str(tmp_path / "a.txt"), (TEXTS[0], "utf-8")), (str(tmp_path / "b.bad"), (TEXTS[1], "utf-8")),
             (str(tmp_path / "c.txt"), (TEXTS[3], "utf-8"))]
    grouped = lint_decoded_many(files, settings)
    assert _outcomes(grouped) == _outcomes([lint_decoded(path, decoded, settings) for path, decoded in files])
    assert grouped[1][1] is None and [d.code for d in grouped[1][0].diagnostics] == ["ATL100"]
    assert not grouped[0][0].error and not grouped[2][0].error
    assert grouped[0][1] is not None and grouped[2][1] is not None


def test_workers_lint_in_groups_of_one_settings(tmp_path, monkeypatch):
    settings = _settings(RunOptions(jobs=1, use_cache=False))
    other = dataclasses.replace(settings)
    tasks = [parallel._Task(str(tmp_path / f"{i}.txt"), TEXTS[i % len(TEXTS)].encode(), s, None, None)
             for i, s in enumerate([settings, settings, other, other, other, settings])]
    groups = []
    real = parallel.lint_decoded_many
    monkeypatch.setattr(parallel, "lint_decoded_many",
                        lambda files, s: groups.append([p for p, _ in files]) or real(files, s))
    monkeypatch.setattr(parallel, "GROUP_FILES", 2)
    results = [r for r, _ in parallel._lint_grouped(tasks)]
    assert [r.path for r in results] == [t.path for t in tasks]
    assert [len(g) for g in groups] == [2, 2, 1, 1]


def test_a_hand_off_that_fails_outside_the_rules_leaves_each_file_its_own_call(tmp_path, monkeypatch):
    """Should the hand-off of a group fail outside the rules' isolation, each file's rules run on
    their own, and a file whose own call fails fails alone."""
    from attrlint import engine

    settings = _settings(RunOptions(jobs=1, use_cache=False))
    per_file = len(settings.rules)
    run_all = engine.run_all_with_time_limit

    def failing(calls, seconds):  # a group's hand-off fails, and so does that of the file about the strike
        if len(calls) > per_file or any("Grève" in call.args[1].document.source for call in calls):
            raise RuntimeError("the hand-off failed")
        return run_all(calls, seconds)

    monkeypatch.setattr(engine, "run_all_with_time_limit", failing)
    files = [(str(tmp_path / f"article-{i}.txt"), (text, "utf-8")) for i, text in enumerate(TEXTS)]
    grouped = lint_decoded_many(files, settings)
    assert _outcomes(grouped) == _outcomes([lint_decoded(path, decoded, settings) for path, decoded in files])
    assert [r.error for r, _ in grouped] == [False, True, False, False]
