"""Entry points are read from the distributions' metadata folders as importlib.metadata reads them."""
from __future__ import annotations

import importlib.metadata
import sys
import zipfile

import pytest

from attrlint import entrypoints


def _pairs(eps):
    return sorted((ep.name, ep.value) for ep in eps)


@pytest.mark.parametrize("group", ["attrlint", "console_scripts", "pytest11"])
def test_the_installed_entry_points_are_those_importlib_metadata_finds(group):
    assert _pairs(entrypoints.entry_points(group)) == _pairs(importlib.metadata.entry_points(group=group))


def _distribution(folder, name, version, text):
    info = folder / f"{name}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    (info / "entry_points.txt").write_text(text)


def test_a_distribution_found_twice_counts_where_it_is_first_found(tmp_path, monkeypatch):
    _distribution(tmp_path / "first", "Les_Echos", "1.0",
                  "# un commentaire\n[attrlint]\nechos = echos.rules:plugin [extra]\n[other]\nx = y\n")
    _distribution(tmp_path / "second", "les.echos", "0.9", "[attrlint]\nold = echos_old\n")
    _distribution(tmp_path / "second", "depeche", "2.0", "[attrlint]\ndepeche = depeche\n")
    (tmp_path / "second" / "notes.egg-info").write_text("Name: notes\n")  # a file, not a folder
    monkeypatch.setattr(sys, "path", [str(tmp_path / "first"), str(tmp_path / "missing"), str(tmp_path / "second")])
    found = entrypoints.entry_points("attrlint")
    assert _pairs(found) == [("depeche", "depeche"), ("echos", "echos.rules:plugin [extra]")]
    assert _pairs(found) == _pairs(importlib.metadata.entry_points(group="attrlint"))
    echos = next(ep for ep in found if ep.name == "echos")
    assert (echos.dist.metadata["Name"], echos.dist.version) == ("Les_Echos", "1.0")


def test_an_entry_point_loads_the_object_it_names(tmp_path, monkeypatch):
    (tmp_path / "agence").mkdir()
    (tmp_path / "agence" / "__init__.py").write_text("")
    (tmp_path / "agence" / "regles.py").write_text("class Dépêche:\n    marque = 'AFP'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert entrypoints.EntryPoint("a", "agence.regles:Dépêche.marque", "attrlint").load() == "AFP"
    assert entrypoints.EntryPoint("b", "agence.regles", "attrlint").load().__name__ == "agence.regles"
    with pytest.raises(ValueError, match="malformed"):
        entrypoints.EntryPoint("c", "agence regles", "attrlint").load()


def test_a_zip_file_on_the_path_is_left_to_importlib_metadata(tmp_path, monkeypatch):
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("brefs-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: brefs\nVersion: 1.0\n")
        zipped.writestr("brefs-1.0.dist-info/entry_points.txt", "[attrlint]\nbrefs = brefs\n")
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert _pairs(entrypoints.entry_points("attrlint")) == [("brefs", "brefs")]
