"""Small made-up French articles for tests that need a folder of files."""
from __future__ import annotations

from pathlib import Path

_TOWNS = ["Rennes", "Dijon", "Limoges", "Brest", "Nancy", "Pau", "Annecy", "Metz", "Tours", "Vannes", "Colmar", "Albi"]

_BODIES = [
    "Au moins {n} habitants de {town} ont été évacués mardi après les crues.\n\n"
    "« Nous avons dû partir en pleine nuit », raconte une voisine.\n",
    "Le budget de {town} atteindra {n} millions d'euros l'an prochain, a annoncé la mairie.\n\n"
    "Le maire aurait renoncé à une partie des travaux.\n",
    "Selon la préfecture, {n} personnes ont manifesté samedi à {town}.\n\n"
    "Les organisateurs parlent d'une « mobilisation historique.\n",
    "La fréquentation du musée de {town} a progressé de {n} % cette année.\n\n"
    "« C'est un record », s'est félicité son directeur.\n",
]


def write_articles(folder: Path, count: int = 12) -> list[Path]:
    """``count`` articles in ``folder``, each different, most with something to report."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        town = _TOWNS[i % len(_TOWNS)]
        body = _BODIES[i % len(_BODIES)].format(n=120 + 37 * i, town=town)
        path = folder / f"article-{i:02d}.txt"
        path.write_text(f"Nouvelles de {town}\n\n{body}", encoding="utf-8")
        paths.append(path)
    return paths
