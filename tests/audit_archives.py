"""Small made-up archives for the audit's tests, in each form an archive comes in."""
from __future__ import annotations

import csv
import json
from pathlib import Path

_SECTIONS = ["politique", "économie", "culture"]
_PARAGRAPHS = [
    "Au moins {n} habitants de {town} ont été évacués mardi après les crues.",
    "« Nous avons dû partir en pleine nuit », raconte une voisine.",
    "Selon la préfecture, {n} personnes ont manifesté samedi à {town}.",
    "« Nous partirons », a déclaré le maire de {town} à l'AFP.",
    "Le budget de {town} atteindra {n} millions d'euros, a annoncé Claire Martin, adjointe aux finances.",
    "La fréquentation du musée a progressé de {m} % cette année.",
    "« C'est un record », s'est félicité son directeur.",
    "Un responsable de la mairie évoque {m} projets en attente.",
]
_TOWNS = ["Rennes", "Dijon", "Limoges", "Brest", "Nancy", "Pau", "Annecy", "Metz"]


def articles(count: int) -> list[dict]:
    """``count`` different articles with a date, a section, an outlet and an author."""
    made = []
    for i in range(count):
        town = _TOWNS[i % len(_TOWNS)]
        chosen = [_PARAGRAPHS[(i + k * 3) % len(_PARAGRAPHS)] for k in range(2 + i % 4)]
        text = "\n\n".join(p.format(n=100 + 13 * i, m=2 + i % 40, town=town) for p in chosen)
        made.append({"id": f"a{i:04d}", "title": f"Nouvelles de {town} n° {i}", "text": text,
                     "date": f"2024-{1 + i % 5:02d}-{1 + i % 27:02d}", "section": _SECTIONS[i % 3],
                     "outlet": "Le Quotidien" if i % 2 else "L'Hebdo", "author": f"Auteur {i % 4}"})
    return made


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_parquet(path: Path, rows: list[dict], row_group_size: int = 100) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path


def write_folder(folder: Path, rows: list[dict]) -> Path:
    """One Markdown file per article, its fields in front matter."""
    for row in rows:
        sub = folder / row["section"]
        sub.mkdir(parents=True, exist_ok=True)
        front = "".join(f"{k}: \"{row[k]}\"\n" for k in ("id", "date", "section", "outlet", "author"))
        (sub / f"{row['id']}.md").write_text(f"---\n{front}---\n\n# {row['title']}\n\n{row['text']}\n",
                                             encoding="utf-8")
    return folder
