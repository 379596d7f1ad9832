# The verbs of the README: run, test, bench, lint, format, messages.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PG_URL ?= postgres://postgres@127.0.0.1:5432/campaign
PYTEST_ARGS ?= -n 2

.PHONY: install system-packages run test test-postgres test-sqlite checks lint format messages postgres

install: $(STAMP) system-packages
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ".[dev]"
	touch $(STAMP)

# Debian packages the project uses: gettext compiles the interface catalogs.
system-packages:
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq gettext; }

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_campaign
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: install checks test-postgres test-sqlite

checks:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run

postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || { \
		command -v pg_ctlcluster >/dev/null && \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start && sleep 2; } || true
	@pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432."; exit 1; }

test-postgres: postgres
	DATABASE_URL=$(PG_URL) $(BIN)/pytest $(PYTEST_ARGS)

test-sqlite:
	DATABASE_URL=sqlite:///$(CURDIR)/test.sqlite3 $(BIN)/pytest $(PYTEST_ARGS)

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages:
	$(BIN)/python manage.py makemessages --all --ignore=.venv --ignore=tests --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore=.venv
