"""The audit's tables: their schemas, and the tables of one partition (its
articles, their diagnostics, and the partial sums the aggregates are made
of)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

import pyarrow as pa

from .sources_seen import CATEGORIES

# The groupings of the aggregates: a name, and how an article's row gives its key.
DIMENSIONS = ("all", "year", "month", "day", "section", "outlet", "author")
# Summed in each group; the aggregates' shares and rates are made from these sums.
SUMMED = ("articles", "errors", "characters", "problems", "figures", "figures_attributed", "quotations",
          "quotations_attributed", "sources", *(f"sources_{c}" for c in CATEGORIES), "articles_agency_uncredited")

_CITED = pa.struct([("name", pa.string()), ("kind", pa.string()), ("category", pa.string()),
                    ("citations", pa.int64())])


def article_schema(codes: Iterable[str]) -> pa.Schema:
    text = ("id", "location", "title", "date", "section", "outlet", "author")
    fields = [pa.field(name, pa.string()) for name in text]
    fields += [pa.field("characters", pa.int64()), pa.field("error", pa.string()), pa.field("problems", pa.int64())]
    fields += [pa.field(f"count_{code}", pa.int64()) for code in codes]
    fields += [pa.field(name, pa.int64()) for name in ("figures", "figures_attributed", "quotations",
                                                      "quotations_attributed", "sources")]
    fields += [pa.field(f"sources_{category}", pa.int64()) for category in CATEGORIES]
    fields += [pa.field("agencies_used", pa.list_(pa.string())), pa.field("agencies_uncredited", pa.list_(pa.string())),
               pa.field("cited_sources", pa.list_(_CITED))]
    return pa.schema(fields)


DIAGNOSTIC_SCHEMA = pa.schema([("id", pa.string()), ("code", pa.string()), ("name", pa.string()),
                               ("severity", pa.string()), ("line", pa.int64()), ("column", pa.int64()),
                               ("start", pa.int64()), ("end", pa.int64()), ("message", pa.string()),
                               ("excerpt", pa.string())])


def partial_schema(codes: Iterable[str]) -> pa.Schema:
    return pa.schema([("dimension", pa.string()), ("key", pa.string())]
                     + [(name, pa.int64()) for name in SUMMED]
                     + [(f"count_{code}", pa.int64()) for code in codes])


SOURCE_PARTIAL_SCHEMA = pa.schema([("dimension", pa.string()), ("key", pa.string()), ("source", pa.string()),
                                   ("kind", pa.string()), ("category", pa.string()), ("citations", pa.int64()),
                                   ("articles", pa.int64())])
AGENCY_PARTIAL_SCHEMA = pa.schema([("dimension", pa.string()), ("key", pa.string()), ("agency", pa.string()),
                                   ("articles_using", pa.int64()), ("articles_uncredited", pa.int64())])


def group_keys(row: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The groups an article counts in: every dimension and its key (None when the article has none)."""
    date = row.get("date") or ""
    valid = len(date) >= 10 and date[4] == "-" and date[7] == "-" and date[:4].isdigit()
    return [("all", "all"), ("year", date[:4] if valid else None), ("month", date[:7] if valid else None),
            ("day", date[:10] if valid else None), ("section", row.get("section")),
            ("outlet", row.get("outlet")), ("author", row.get("author"))]


@dataclass
class PartitionTables:
    """What one partition gives: its tables, ready to be written as Parquet."""

    articles: pa.Table
    diagnostics: pa.Table
    groups: pa.Table
    sources: pa.Table
    agencies: pa.Table

    NAMES = ("articles", "diagnostics", "groups", "sources", "agencies")

    def items(self) -> list[tuple[str, pa.Table]]:
        return [(name, getattr(self, name)) for name in self.NAMES]


def partition_tables(rows: list[dict[str, Any]], diagnostics: list[dict[str, Any]],
                     codes: tuple[str, ...]) -> PartitionTables:
    """The tables of a partition's article rows and diagnostic rows, with its partial sums."""
    counted = [*SUMMED, *(f"count_{code}" for code in codes)]
    members: dict[tuple[str, str | None], list[list[int]]] = defaultdict(list)  # each group's rows' values
    sources: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    agencies: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        counts = {"articles": 1, "errors": 1 if row["error"] else 0,
                  "articles_agency_uncredited": 1 if row["agencies_uncredited"] else 0}
        values = [counts[name] if name in counts else row[name] for name in counted]
        for key in group_keys(row):
            members[key].append(values)
            for source in row["cited_sources"]:
                entry = sources[(*key, source["name"], source["kind"], source["category"])]
                entry[0] += source["citations"]
                entry[1] += 1
            for agency in row["agencies_used"]:
                entry = agencies[(*key, agency)]
                entry[0] += 1
                entry[1] += agency in row["agencies_uncredited"]
    # Each group's sums, column by column: a group holds many rows, and sum() adds them up in C.
    sums = {key: list(map(sum, zip(*values))) for key, values in members.items()}
    group_rows = [{"dimension": d, "key": k, **dict(zip(counted, v))} for (d, k), v in sums.items()]
    source_rows = [{"dimension": d, "key": k, "source": s, "kind": kind, "category": category, "citations": c,
                    "articles": a} for (d, k, s, kind, category), (c, a) in sources.items()]
    agency_rows = [{"dimension": d, "key": k, "agency": g, "articles_using": u, "articles_uncredited": n}
                   for (d, k, g), (u, n) in agencies.items()]
    return PartitionTables(
        pa.Table.from_pylist(rows, schema=article_schema(codes)),
        pa.Table.from_pylist(diagnostics, schema=DIAGNOSTIC_SCHEMA),
        pa.Table.from_pylist(group_rows, schema=partial_schema(codes)),
        pa.Table.from_pylist(source_rows, schema=SOURCE_PARTIAL_SCHEMA),
        pa.Table.from_pylist(agency_rows, schema=AGENCY_PARTIAL_SCHEMA))
