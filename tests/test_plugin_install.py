"""A plugin distribution installed with pip is found through the entry-point group.

The test builds a throw-away distribution in a temporary folder, installs it
with pip into a temporary virtual environment that sees the attrlint under
test, and runs attrlint there. The distribution has a small PEP 517 build
backend of its own, so that building it needs no build tool and no network.
"""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

import attrlint
from house_rules import word_rule_plugin

PLUGIN_MODULE = word_rule_plugin("TMP001", "throwaway-no-rumour", "the word rumeur, from an installed plugin")

PYPROJECT = '''
[build-system]
requires = []
build-backend = "backend"
backend-path = ["."]

[project]
name = "attrlint-throwaway"
version = "0.3.0"
dependencies = ["attrlint"]

[project.entry-points.attrlint]
throwaway = "attrlint_throwaway"
'''

# The least a PEP 517 backend does: build a wheel of one package, with the
# metadata and entry points pip installs from.
BACKEND = '''
import base64, hashlib, os, zipfile

NAME, VERSION, PACKAGE = "attrlint_throwaway", "0.3.0", "attrlint_throwaway"
DIST_INFO = f"{NAME}-{VERSION}.dist-info"
META = {
    "METADATA": "Metadata-Version: 2.1\\nName: attrlint-throwaway\\nVersion: 0.3.0\\nRequires-Dist: attrlint\\n",
    "WHEEL": "Wheel-Version: 1.0\\nGenerator: throwaway\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
    "entry_points.txt": "[attrlint]\\nthrowaway = attrlint_throwaway\\n",
}


def get_requires_for_build_wheel(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    files = {}
    for name in sorted(os.listdir(PACKAGE)):
        if name.endswith(".py"):
            with open(os.path.join(PACKAGE, name), "rb") as f:
                files[f"{PACKAGE}/{name}"] = f.read()
    for name, text in META.items():
        files[f"{DIST_INFO}/{name}"] = text.encode()
    record = []
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(data)}")
    record.append(f"{DIST_INFO}/RECORD,,")
    files[f"{DIST_INFO}/RECORD"] = ("\\n".join(record) + "\\n").encode()
    wheel = f"{NAME}-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel), "w") as zf:
        for path, data in files.items():
            zf.writestr(path, data)
    return wheel
'''

ARTICLE = "Démission au ministère\n\nUne rumeur court depuis lundi dans les couloirs.\n"


def host_site_dirs() -> list[str]:
    """Where the interpreter running the tests finds attrlint and its dependencies."""
    paths = sysconfig.get_paths()
    dirs = [paths["purelib"], paths["platlib"], str(Path(attrlint.__file__).resolve().parents[1])]
    return list(dict.fromkeys(dirs))


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A virtual environment that sees the attrlint under test, with the throw-away plugin installed by pip."""
    root = tmp_path_factory.mktemp("plugin-install")
    project = root / "attrlint-throwaway"
    (project / "attrlint_throwaway").mkdir(parents=True)
    (project / "attrlint_throwaway" / "__init__.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    (project / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (project / "backend.py").write_text(BACKEND, encoding="utf-8")

    env_dir = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site_packages = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    # Like --system-site-packages, but for the environment attrlint is installed in (it may be a venv itself).
    lines = [f"import site; site.addsitedir({d!r})" for d in host_site_dirs()]
    (site_packages / "attrlint_under_test.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")

    install = subprocess.run([str(python), "-m", "pip", "install", "--no-index", "--no-build-isolation",
                              "--disable-pip-version-check", str(project)],
                             capture_output=True, text=True, env=_offline_env())
    assert install.returncode == 0, install.stdout + install.stderr
    assert (site_packages / "attrlint_throwaway-0.3.0.dist-info" / "entry_points.txt").is_file()
    (root / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return env_dir


def _offline_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PIP_NO_INDEX"] = "1"
    env.pop("PIP_EXTRA_INDEX_URL", None)
    return env


def attrlint_in(env_dir: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return subprocess.run([str(python), "-m", "attrlint.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_the_installed_rule_is_listed(venv):
    rules = attrlint_in(venv, "rules")
    assert rules.returncode == 0, rules.stderr
    assert any(line.startswith("TMP001 ") and "throwaway-no-rumour" in line and "[throwaway]" in line
               for line in rules.stdout.splitlines())
    assert "FIG001" in rules.stdout  # the built-in rules are still there


def test_the_installed_plugin_is_listed_with_its_distribution(venv):
    plugins = attrlint_in(venv, "plugins")
    line = next(line for line in plugins.stdout.splitlines() if line.startswith("throwaway "))
    assert "attrlint-throwaway 0.3.0" in line and line.endswith("rules TMP001")


def test_the_installed_rule_reports_in_a_lint_run(venv):
    article = venv.parent / "article.txt"
    run = attrlint_in(venv, "check", str(article))
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"{article}:3:5: TMP001 the word rumeur, from an installed plugin" in run.stdout


def test_the_plugin_is_only_in_the_environment_it_was_installed_in():
    rules = subprocess.run([sys.executable, "-m", "attrlint.cli", "rules"], capture_output=True, text=True)
    assert rules.returncode == 0 and "TMP001" not in rules.stdout


def test_a_distribution_is_disabled_by_its_name(venv):
    script = textwrap.dedent("""
        from attrlint.plugins import build_registry
        print(sorted(build_registry(disabled=["attrlint-throwaway"]).rules))
    """)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    proc = subprocess.run([str(python), "-c", script], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "TMP001" not in proc.stdout and "FIG001" in proc.stdout
