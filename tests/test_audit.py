"""attrlint audit: archives in each form, the per-article and aggregate tables,
resuming an interrupted audit, and the same audit on a Dask cluster."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pa = pytest.importorskip("pyarrow", reason="the audit extra is not installed (pip install '.[audit]')")
pq = pytest.importorskip("pyarrow.parquet", reason="the audit extra is not installed (pip install '.[audit]')")

import attrlint  # noqa: E402
from attrlint.api import lint_string  # noqa: E402
from attrlint.cli import main  # noqa: E402

from audit_archives import articles, write_csv, write_folder, write_jsonl, write_parquet  # noqa: E402

SMALL = 2500  # bytes of text per partition: several partitions from a few dozen articles


def _audit(archive, output, **options):
    return attrlint.audit(str(archive), str(output), partition_bytes=SMALL, **options)


def _articles(output) -> list[dict]:
    rows = pq.read_table(output / "articles.parquet").to_pylist()
    for row in rows:
        row.pop("location")
    return sorted(rows, key=lambda r: r["id"])


def _results(output) -> dict[str, list[dict]]:
    """Every table of an audit, as rows (locations aside: they name the archive's file)."""
    names = [n for n in json.loads((output / "audit.json").read_text())["codes"]]
    assert names
    tables = {}
    for path in sorted(output.glob("*.parquet")):
        rows = pq.read_table(path).to_pylist()
        for row in rows:
            row.pop("location", None)
        tables[path.stem] = rows
    return tables


@pytest.fixture(scope="module")
def rows():
    return articles(36)


def test_each_form_of_archive_gives_the_same_articles(tmp_path, rows):
    jsonl = _audit(write_jsonl(tmp_path / "a.jsonl", rows), tmp_path / "out-jsonl")
    assert jsonl.articles == 36 and jsonl.errors == 0
    expected = _articles(tmp_path / "out-jsonl")
    _audit(write_csv(tmp_path / "a.csv", rows), tmp_path / "out-csv")
    _audit(write_parquet(tmp_path / "a.parquet", rows), tmp_path / "out-parquet")
    _audit(write_folder(tmp_path / "folder", rows), tmp_path / "out-folder")
    assert _articles(tmp_path / "out-csv") == expected
    assert _articles(tmp_path / "out-parquet") == expected
    folder = _articles(tmp_path / "out-folder")
    assert [r["id"] for r in folder] == [r["id"] for r in expected]  # the front matter's id
    assert [(r["problems"], r["figures"], r["section"], r["date"]) for r in folder] == \
        [(r["problems"], r["figures"], r["section"], r["date"]) for r in expected]


def test_article_counts_are_the_linters(tmp_path, rows):
    _audit(write_jsonl(tmp_path / "a.jsonl", rows), tmp_path / "out")
    audited = {r["id"]: r for r in _articles(tmp_path / "out")}
    diagnostics = pq.read_table(tmp_path / "out" / "diagnostics.parquet").to_pylist()
    for row in rows:
        found = lint_string(f"{row['title']}\n\n{row['text']}", "article.txt")
        article = audited[row["id"]]
        assert article["problems"] == len(found)
        for code in {d.code for d in found}:
            assert article[f"count_{code}"] == sum(d.code == code for d in found)
        assert sorted((d["code"], d["start"]) for d in diagnostics if d["id"] == row["id"]) == \
            sorted((d.code, d.span.start) for d in found)
        assert article["characters"] == len(row["title"]) + 2 + len(row["text"])
    assert sum(r["agencies_uncredited"] == ["AFP"] for r in audited.values()) == \
        sum("l'AFP" in r["text"] for r in rows)


def test_an_article_is_tokenised_once(monkeypatch):
    """The sources the audit counts read the tokens the analysis made: no block is tokenised again."""
    from attrlint.analysis import tokens
    from attrlint.audit.archive import Article
    from attrlint.audit.article import ArticleAuditor, AuditSettings

    again = []
    tokenize = tokens.tokenize
    monkeypatch.setattr(tokens, "tokenize", lambda *args, **kw: again.append(args[2]) or tokenize(*args, **kw))
    text = ("Selon la préfecture, 300 personnes ont manifesté samedi.\n\n"
            "« Nous reviendrons », a déclaré Paul Garnier, le porte-parole du collectif.")
    row, _ = ArticleAuditor(AuditSettings(isolated=True)).audit(Article(id="a", text=text, location="a"))
    assert row["sources"] == 2 and row["figures_attributed"] == 1 and row["quotations_attributed"] == 1
    assert again == []


def test_the_rules_of_a_group_of_articles_go_over_together(monkeypatch):
    """The rules of several articles go to the rules' thread in one hand-off, and each article
    gets what it gets alone; an article the analysis fails on fails alone."""
    import attrlint.analysis
    from attrlint import engine
    from attrlint.audit.archive import Article
    from attrlint.audit.article import ArticleAuditor, AuditSettings

    texts = ["Selon la préfecture, 300 personnes ont manifesté samedi.",
             "Le dépôt\n\nLa salle s'est levée. « Nous ne céderons pas. » Le chantier a coûté 38 millions d'euros.",
             "Une phrase sans chiffre ni citation.",
             "Le maire a annoncé 12 millions d'euros de travaux. Grève surprise au dépôt."]
    articles = [Article(id=str(k), text=t, location=str(k)) for k, t in enumerate(texts)]
    articles.insert(2, Article(id="x", text=None, location="x", error="no text"))
    hand_offs = []
    run_all = engine.run_all_with_time_limit
    monkeypatch.setattr(engine, "run_all_with_time_limit", lambda calls, s: hand_offs.append(len(calls)) or run_all(calls, s))
    analyse = attrlint.analysis.analyse
    monkeypatch.setattr(attrlint.analysis, "analyse",
                        lambda doc, *a, **kw: 1 / 0 if "Grève" in doc.source else analyse(doc, *a, **kw))
    auditor = ArticleAuditor(AuditSettings(isolated=True))

    together = auditor.audit_many(articles)
    assert len(hand_offs) == 1
    alone = [auditor.audit(article) for article in articles]
    assert len(hand_offs) == 1 + 3
    assert together == alone
    assert [row["error"] for row, _ in together] == [None, None, "no text", None, "3: cannot analyse: ZeroDivisionError: division by zero"]
    assert together[0][0]["figures_attributed"] == 1 and [d["code"] for d in together[1][1]] == ["QUO001", "FIG001"]


def test_an_article_whose_map_fails_keeps_its_counts_and_says_why(monkeypatch):
    """The map of sources is counted last: its failure leaves the article its diagnostics and counts,
    names the failure in the row's error, and ends nothing."""
    from attrlint.audit import article as audit_article
    from attrlint.audit.archive import Article
    from attrlint.audit.article import ArticleAuditor, AuditSettings

    texts = ["Selon la préfecture, 300 personnes ont manifesté samedi.",
             "Grève au dépôt. « Nous ne céderons pas. » Le chantier a coûté 38 millions d'euros."]
    articles = [Article(id=str(k), text=t, location=str(k)) for k, t in enumerate(texts)]
    mapped = ArticleAuditor(AuditSettings(isolated=True)).audit_many(articles)
    real = audit_article.cited_sources
    monkeypatch.setattr(audit_article, "cited_sources",
                        lambda ad: 1 / 0 if "Grève" in ad.prose else real(ad))
    (first, _), (second, diagnostics) = ArticleAuditor(AuditSettings(isolated=True)).audit_many(articles)
    assert (first, _) == mapped[0] and first["error"] is None
    assert second["error"] == "1: the map of sources failed: ZeroDivisionError: division by zero"
    assert second["sources"] == 0 and second["cited_sources"] == []
    kept = {k: v for k, v in second.items() if k not in ("error", "sources", "cited_sources") and
            not k.startswith("sources_")}
    assert kept == {k: v for k, v in mapped[1][0].items() if k in kept} and diagnostics == mapped[1][1]
    assert second["quotations"] == 1 and second["figures"] == mapped[1][0]["figures"]


def test_a_groups_analyses_are_gone_when_the_collector_resumes(monkeypatch):
    """The collector, paused while a group of articles is audited, resumes once their analyses
    are let go: alive, they would all be gone over once more."""
    import contextlib
    import gc

    from attrlint.audit import article as audit_article
    from attrlint.audit.archive import Article
    from attrlint.model import AnalysedDocument

    def analyses() -> int:
        return sum(isinstance(o, AnalysedDocument) for o in gc.get_objects())

    alive = []
    paused = audit_article.collector_paused

    @contextlib.contextmanager
    def watched():
        with paused():
            before = analyses()
            yield
            alive.append((before, analyses()))

    monkeypatch.setattr(audit_article, "collector_paused", watched)
    auditor = audit_article.ArticleAuditor(audit_article.AuditSettings(isolated=True))
    texts = ["Le cortège\n\nSelon la préfecture, 300 personnes ont manifesté samedi.",
             "Le dépôt\n\nLe chantier a coûté 38 millions d'euros."]
    audited = auditor.audit_many([Article(id=str(k), text=t, location=str(k)) for k, t in enumerate(texts)])
    assert [row["count_FIG001"] for row, _ in audited] == [0, 1]
    assert len(alive) == 1 and alive[0][1] == alive[0][0]


def test_aggregates_add_up_the_articles(tmp_path, rows):
    _audit(write_jsonl(tmp_path / "a.jsonl", rows), tmp_path / "out")
    audited = _articles(tmp_path / "out")
    sections = {r["section"]: r for r in pq.read_table(tmp_path / "out" / "by_section.parquet").to_pylist()}
    assert set(sections) == {"politique", "économie", "culture"}
    for name, group in sections.items():
        members = [r for r in audited if r["section"] == name]
        assert group["articles"] == len(members)
        for column in ("problems", "characters", "figures", "figures_attributed", "quotations", "count_FIG001"):
            assert group[column] == sum(r[column] for r in members)
        assert group["problems_per_10k"] == pytest.approx(group["problems"] * 10_000 / group["characters"])
        assert group["share_figures_attributed"] == pytest.approx(group["figures_attributed"] / group["figures"])
    months = pq.read_table(tmp_path / "out" / "by_month.parquet").to_pylist()
    assert [m["month"] for m in months] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
    top = [r for r in pq.read_table(tmp_path / "out" / "top_sources.parquet").to_pylist() if r["dimension"] == "all"]
    assert [r["rank"] for r in top] == list(range(1, len(top) + 1))
    assert top == sorted(top, key=lambda r: (-r["citations"], -r["articles"], r["source"], r["kind"], r["category"]))
    agencies = [r for r in pq.read_table(tmp_path / "out" / "agencies.parquet").to_pylist() if r["dimension"] == "all"]
    assert agencies == [{"dimension": "all", "key": "all", "agency": "AFP",
                         "articles_using": sum("l'AFP" in r["text"] for r in rows),
                         "articles_uncredited": sum("l'AFP" in r["text"] for r in rows),
                         "share_uncredited": 1.0}]
    with open(tmp_path / "out" / "by_section.csv", encoding="utf-8") as handle:
        assert handle.readline().startswith('"section","articles"')


class _Stop(Exception):
    pass


def test_an_interrupted_audit_resumes_where_it_stopped(tmp_path, rows):
    from attrlint.audit.archive import Columns
    from attrlint.audit.run import AuditRequest, run_audit

    archive = write_jsonl(tmp_path / "a.jsonl", rows)
    whole = run_audit(AuditRequest(str(archive), str(tmp_path / "whole"), partition_bytes=SMALL))
    assert whole.partitions_audited >= 4

    seen = []

    def stop_after_two(partition, summary):
        seen.append(partition.index)
        if len(seen) == 2:
            raise _Stop

    request = AuditRequest(str(archive), str(tmp_path / "resumed"), columns=Columns(), partition_bytes=SMALL)
    with pytest.raises(_Stop):
        run_audit(request, stop_after_two)
    assert not (tmp_path / "resumed" / "articles.parquet").exists()
    again = []
    resumed = run_audit(request, lambda p, s: again.append(p.index))
    assert resumed.partitions_resumed == 2
    assert not set(again) & set(seen) and len(again) + 2 == whole.partitions_audited
    assert _results(tmp_path / "resumed") == _results(tmp_path / "whole")
    assert (tmp_path / "resumed" / "articles.parquet").read_bytes() == (tmp_path / "whole" / "articles.parquet").read_bytes()


def test_a_killed_audit_process_resumes(tmp_path, rows):
    """The command stopped by SIGKILL mid-run leaves whole partitions only; the next run finishes it."""
    archive = write_jsonl(tmp_path / "a.jsonl", articles(120))
    command = [sys.executable, "-m", "attrlint.cli", "audit", str(archive), "-o", str(tmp_path / "out"),
               "-j", "1", "--partition-size", "1kB", "--isolated"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:
        if line.startswith("partition 3 done"):
            process.kill()
            break
    process.wait()
    assert not (tmp_path / "out" / "articles.parquet").exists()
    finished = run = subprocess.run(command, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "partition 0 done" not in finished.stderr and "kept from an earlier run: " in finished.stderr
    attrlint.audit(str(archive), str(tmp_path / "whole"), partition_bytes=1000, isolated=True)
    assert _results(tmp_path / "out") == _results(tmp_path / "whole")


def test_other_parameters_do_not_mix_with_a_finished_audit(tmp_path, rows, capsys):
    archive = write_jsonl(tmp_path / "a.jsonl", rows)
    _audit(archive, tmp_path / "out")
    assert main(["audit", str(archive), "-o", str(tmp_path / "out"), "--select", "FIG", "-j", "1"]) == 2
    assert "--restart" in capsys.readouterr().err
    assert main(["audit", str(archive), "-o", str(tmp_path / "out"), "--select", "FIG", "-j", "1", "--restart",
                 "--partition-size", "3kB"]) == 0
    audited = _articles(tmp_path / "out")
    assert "count_FIG001" in audited[0] and "count_QUO001" not in audited[0]
    assert len(audited) == len(rows)


def test_bad_records_are_named_and_the_others_audited(tmp_path, rows, capsys):
    archive = tmp_path / "a.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows[:5]]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"id": "no-text", "title": "Sans texte"}))
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["audit", str(archive), "-o", str(tmp_path / "out"), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"{archive}@0+2: not a JSON record" in err
    assert "no text (column 'text')" in err and "articles that could not be audited: 2" in err
    audited = _articles(tmp_path / "out")
    assert len(audited) == 7 and sum(r["error"] is None for r in audited) == 5


def test_columns_are_named_by_option(tmp_path, rows):
    renamed = [{"uid": r["id"], "body": r["text"], "published": r["date"], "rubrique": r["section"]} for r in rows]
    archive = write_csv(tmp_path / "a.csv", renamed)
    assert main(["audit", str(archive), "-o", str(tmp_path / "out"), "-q", "-j", "1",
                 "--columns", "id=uid,text=body,date=published,section=rubrique"]) == 0
    audited = _articles(tmp_path / "out")
    assert [r["id"] for r in audited] == sorted(r["id"] for r in rows)
    assert {r["section"] for r in audited} == {"politique", "économie", "culture"}
    assert main(["audit", str(archive), "-o", str(tmp_path / "o2"), "--columns", "body"]) == 2


def test_report_is_one_page_with_its_charts(tmp_path, rows):
    _audit(write_jsonl(tmp_path / "a.jsonl", rows), tmp_path / "out")
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert page.count("<svg") == 3 and "<polyline" in page and "<rect" in page
    assert "src=" not in page and "href=" not in page and "<script" not in page


def test_import_attrlint_loads_no_audit_library():
    code = "import sys, attrlint, attrlint.cli; print(sorted(m for m in ('pyarrow', 'pandas', 'dask') if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_audit_returns_pandas_tables(tmp_path, rows):
    pytest.importorskip("pandas", reason="the audit extra is not installed (pip install '.[audit]')")
    result = _audit(write_jsonl(tmp_path / "a.jsonl", rows), tmp_path / "out", pandas=True)
    frame = result["by_section"]
    assert sorted(frame["section"]) == ["culture", "politique", "économie"]
    with pytest.raises(KeyError):
        result["nothing"]


# -- Dask ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed", reason="the audit extra is not installed (pip install '.[audit]')")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=40) as made, distributed.Client(made) as client:
        yield made, client


def test_a_dask_audit_equals_the_local_one(tmp_path, rows, cluster):
    _, client = cluster
    archive = write_jsonl(tmp_path / "a.jsonl", rows)
    _audit(archive, tmp_path / "local", jobs=2)
    result = _audit(archive, tmp_path / "dask", dask=client)
    assert result.articles == len(rows)
    assert _results(tmp_path / "dask") == _results(tmp_path / "local")


def test_a_dask_audit_survives_a_killed_worker(tmp_path, cluster):
    from attrlint.audit.run import AuditRequest, run_audit

    made, client = cluster
    archive = write_jsonl(tmp_path / "a.jsonl", articles(150))
    killed = []

    def kill_a_worker(partition, summary):
        if not killed:
            victim = sorted(client.scheduler_info()["workers"])[0]
            killed.append(victim)
            try:
                client.run(os._exit, 1, workers=[victim], wait=False)
            except Exception:  # the worker may be gone before it answers
                pass

    request = AuditRequest(str(archive), str(tmp_path / "dask"), dask=client, partition_bytes=1000)
    outcome = run_audit(request, kill_a_worker)
    assert killed and outcome.articles == 150
    attrlint.audit(str(archive), str(tmp_path / "local"), partition_bytes=1000)
    assert _results(tmp_path / "dask") == _results(tmp_path / "local")
    ids = [r["id"] for r in pq.read_table(tmp_path / "dask" / "articles.parquet").to_pylist()]
    assert len(ids) == len(set(ids)) == 150


def test_an_archive_that_is_not_there_or_unknown_is_an_error(tmp_path, capsys):
    assert main(["audit", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "out")]) == 2
    assert "missing.jsonl: no such file or folder" in capsys.readouterr().err
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert main(["audit", str(tmp_path / "notes.txt"), "-o", str(tmp_path / "out")]) == 2
    assert "--format" in capsys.readouterr().err


def test_an_unreadable_file_of_a_folder_is_named_and_the_others_audited(tmp_path, capsys):
    (tmp_path / "archive" / "sub").mkdir(parents=True)
    (tmp_path / "archive" / "sub" / "ok.txt").write_text("Titre\n\nAu moins 300 soldats ont été tués.\n",
                                                         encoding="utf-8")
    (tmp_path / "archive" / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    assert main(["audit", str(tmp_path / "archive"), "-o", str(tmp_path / "out"), "-j", "1", "-q"]) == 2
    assert "binary.txt skipped: binary file" in capsys.readouterr().err
    audited = _articles(tmp_path / "out")
    assert [(r["id"], r["count_FIG001"], r["error"] is None) for r in audited] == \
        [("binary.txt", 0, False), ("sub/ok.txt", 1, True)]


def test_an_empty_archive_gives_empty_tables(tmp_path):
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    assert main(["audit", str(tmp_path / "empty.jsonl"), "-o", str(tmp_path / "out"), "-j", "1", "-q"]) == 0
    assert pq.read_table(tmp_path / "out" / "articles.parquet").num_rows == 0
    assert (tmp_path / "out" / "report.html").exists()


def test_ctrl_c_stops_the_command_and_says_how_to_resume(tmp_path):
    import signal

    archive = write_jsonl(tmp_path / "a.jsonl", articles(80))
    command = [sys.executable, "-m", "attrlint.cli", "audit", str(archive), "-o", str(tmp_path / "out"),
               "-j", "1", "--partition-size", "1kB", "--isolated"]
    # A job started in the background of a script inherits SIGINT ignored: the command gets it back.
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    for line in process.stderr:
        if line.startswith("partition 1 done"):
            process.send_signal(signal.SIGINT)
            break
    rest = process.stderr.read()
    assert process.wait() == 130
    assert "run the same command again to resume" in rest
    finished = subprocess.run(command, capture_output=True, text=True)
    assert finished.returncode == 0 and "partition 0 done" not in finished.stderr
    assert len(_articles(tmp_path / "out")) == 80


def test_an_unknown_rule_is_a_usage_error(tmp_path, rows, capsys):
    archive = write_jsonl(tmp_path / "a.jsonl", rows[:2])
    assert main(["audit", str(archive), "-o", str(tmp_path / "out"), "--select", "NOPE1"]) == 2
    assert "--select" in capsys.readouterr().err and not (tmp_path / "out").exists()


@pytest.mark.parametrize("form", ["jsonl", "csv", "parquet"])
def test_partitions_cover_every_record_once(tmp_path, form):
    """Partition bounds fall between records, quoted newlines and marks included, across the planner's blocks."""
    from attrlint.audit.archive import Columns, plan, read_partition

    text = "Il a dit « oui ».\n\nLe « non », dit-il, \"jamais\".\n" * 60  # quotes and newlines in every value
    rows = [{"id": f"r{i}", "title": f"Titre {i}", "text": f"{i} {text}"} for i in range(400)]
    writer = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}[form]
    archive = writer(tmp_path / f"a.{form}", rows)
    partitions = list(plan(str(archive), form, 50_000))
    assert len(partitions) > 10
    read = [a for p in partitions for a in read_partition(p, Columns())]
    assert [(a.id, a.text, a.title) for a in read] == [(r["id"], r["text"], r["title"]) for r in rows]
    assert [p.index for p in partitions] == list(range(len(partitions)))


def test_a_changed_folder_is_not_resumed(tmp_path, rows, capsys):
    folder = write_folder(tmp_path / "folder", rows[:6])
    assert main(["audit", str(folder), "-o", str(tmp_path / "out"), "-j", "1", "-q"]) == 0
    write_folder(folder, rows[6:8])
    assert main(["audit", str(folder), "-o", str(tmp_path / "out"), "-j", "1", "-q"]) == 2
    assert "archive_stamp" in capsys.readouterr().err
    assert main(["audit", str(folder), "-o", str(tmp_path / "out"), "-j", "1", "-q", "--restart"]) == 0
    assert len(_articles(tmp_path / "out")) == 8


def test_top_sources_are_the_same_summed_in_one_bucket_or_many(tmp_path, rows, monkeypatch):
    import attrlint.audit.top_sources as top_sources

    archive = write_jsonl(tmp_path / "a.jsonl", rows)
    _audit(archive, tmp_path / "out", report=False)
    whole = pq.read_table(tmp_path / "out" / "top_sources.parquet")
    monkeypatch.setattr(top_sources, "BUCKET_ROWS", 40)
    _audit(archive, tmp_path / "out", report=False)  # resumed: only the results are made again
    assert pq.read_table(tmp_path / "out" / "top_sources.parquet").equals(whole)
    assert whole.num_rows > 40 and [p.name for p in (tmp_path / "out" / "parts").iterdir()
                                    if p.name.startswith(".")] == []


def test_a_french_run_reports_in_french(tmp_path, rows, capsys):
    archive = write_jsonl(tmp_path / "a.jsonl", rows)
    assert main(["audit", str(archive), "-o", str(tmp_path / "out"), "-j", "1", "--language", "fr",
                 "--partition-size", "3kB"]) == 0
    err = capsys.readouterr().err
    assert "partition 0 terminée\u00a0: " in err and "articles audités" in err
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and "<h1>Audit des attributions</h1>" in page
    assert "Rubriques comparées\u00a0: problèmes pour 10\u202f000 caractères" in page
    assert "<td>personne</td>" in page or "<td>institution</td>" in page
    # The tables keep their English codes whatever the language.
    kinds = {r["kind"] for r in pq.read_table(tmp_path / "out" / "top_sources.parquet").to_pylist()}
    assert kinds <= {"person", "institution", "document", "agency", "anonymous", "vague", "unknown"}


@pytest.mark.parametrize("bucket_rows", [60_000, 1])
def test_the_spellings_of_a_source_are_one_source_under_its_most_cited_one(tmp_path, monkeypatch, bucket_rows):
    import attrlint.audit.top_sources as top_sources

    monkeypatch.setattr(top_sources, "BUCKET_ROWS", bucket_rows)
    columns = ("dimension", "key", "source", "kind", "category", "citations", "articles")

    def partition(*rows: tuple) -> pa.Table:
        return pa.table({name: [row[k] for row in rows] for k, name in enumerate(columns)})

    partials = [partition(("all", "all", "Édouard Philippe", "person", "named", 5, 3),
                          ("all", "all", "le maire", "person", "described", 4, 4)),
                partition(("all", "all", "Edouard Philippe", "person", "named", 2, 2),
                          ("all", "all", "Météo-France", "institution", "named", 1, 1)),
                partition(("all", "all", "Météo France", "institution", "named", 2, 2))]
    top = top_sources.top_sources(partials, 5, 10, tmp_path).to_pylist()
    assert [(r["source"], r["citations"], r["articles"], r["rank"]) for r in top] == [
        ("Édouard Philippe", 7, 5, 1), ("le maire", 4, 4, 2), ("Météo France", 3, 3, 3)]
