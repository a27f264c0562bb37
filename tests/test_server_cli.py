"""``attrlint server`` when its libraries are not installed."""
from __future__ import annotations

import importlib.util

import pytest

from attrlint.cli import main


def test_server_without_its_extra_exits_2_and_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pygls" else find_spec(name, *a))
    assert main(["server"]) == 2
    err = capsys.readouterr().err
    assert "pygls" in err and "pip install 'attrlint[server]'" in err


def test_server_is_a_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "server" in capsys.readouterr().out
