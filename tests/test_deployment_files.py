"""The Dockerfile installs the way the Makefile does, and gunicorn's settings are sound.

The image cannot be built where the tests run, so its steps are read and
compared with the Makefile's instead.
"""

import re
import runpy
import shlex
import tomllib
from pathlib import Path

from django.conf import settings

import pytest

ROOT = Path(settings.BASE_DIR)


def dockerfile_commands():
    """The Dockerfile's RUN commands, split on ``&&`` into words."""
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    commands = []
    for line in text.splitlines():
        if line.startswith("RUN "):
            commands += [shlex.split(part) for part in line[4:].split("&&")]
    return commands


def makefile_variable(name):
    match = re.search(rf"^{name}\s*:?=\s*(.+)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert match, f"the Makefile has no {name}"
    return match.group(1).split()


def makefile_recipe(target):
    lines = (ROOT / "Makefile").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(shlex.split(line.strip().replace("$(BIN)/", "")))
    return recipe


def without_quiet(words):
    return [word for word in words if word not in ("--quiet", "-q", "-qq")]


def test_the_image_uses_the_python_the_project_requires():
    base = (ROOT / "Dockerfile").read_text().split("FROM ", 1)[1].split()[0]
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]

    assert base == "python:3.11-slim-bookworm"
    assert ">=3.11" in requires and "<3.12" in requires


def test_the_image_installs_the_makefiles_debian_packages():
    installed = {
        word
        for command in dockerfile_commands()
        if command[:2] == ["apt-get", "install"]
        for word in command[2:]
        if not word.startswith("-")
    }

    assert set(makefile_variable("DEBIAN_PACKAGES")) <= installed


def test_the_image_runs_the_makefiles_pip_steps():
    make_steps = [without_quiet(step) for step in makefile_recipe("$(STAMP)") if step[0] == "pip"]
    docker_steps = [without_quiet(step) for step in dockerfile_commands() if step[0] == "pip"]

    # Upgrade pip, then install the project from pyproject.toml's pins: the image
    # leaves out the development extras, and nothing else differs.
    assert make_steps == [["pip", "install", "--upgrade", "pip"], ["pip", "install", ".[dev]"]]
    assert docker_steps == [["pip", "install", "--upgrade", "pip"], ["pip", "install", "."]]


def test_the_image_compiles_the_catalogs_like_the_makefile():
    make_step = next(step for step in makefile_recipe("install") if "compilemessages" in step)
    docker_step = next(step for step in dockerfile_commands() if "compilemessages" in step)

    assert (
        docker_step[docker_step.index("manage.py") :] == make_step[make_step.index("manage.py") :]
    )


def test_the_image_runs_gunicorn_with_the_projects_config_as_a_plain_user():
    text = (ROOT / "Dockerfile").read_text()

    assert 'CMD ["gunicorn", "--config", "gunicorn.conf.py", "campaign.wsgi"]' in text
    assert "\nUSER campaign\n" in text
    assert "DJANGO_SETTINGS_MODULE=campaign.settings.production" in text


def test_the_image_leaves_local_state_out():
    ignored = (ROOT / ".dockerignore").read_text().split()

    for path in (".venv", "media", "backups", ".git", "*.sqlite3", ".demo-credentials.json"):
        assert path in ignored


@pytest.mark.parametrize(("cpus", "workers"), [(1, 3), (2, 5), (4, 9)])
def test_gunicorn_sizes_its_workers_from_the_cpus(monkeypatch, cpus, workers):
    monkeypatch.delenv("GUNICORN_WORKERS", raising=False)
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(cpus)))

    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))

    assert config["workers"] == workers
    assert config["timeout"] == 30
    assert config["max_requests"] > 0


def test_gunicorn_workers_can_be_set_by_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "2")

    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["workers"] == 2
