# The verbs of the README: run, test, bench, lint, format, messages, backup, restore, fault-drill.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PG_URL ?= postgres://postgres@127.0.0.1:5432/campaign
PYTEST_ARGS ?= -n 2

.PHONY: install system-packages run test test-postgres test-sqlite checks lint format messages postgres
.PHONY: redis backup restore fault-drill bench mutation

install: $(STAMP) system-packages node_modules/.package-lock.json
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ".[dev]"
	touch $(STAMP)

# Debian packages the project uses: gettext compiles the interface catalogs;
# postgresql-client's pg_dump and pg_restore make and restore backups.
# The Dockerfile installs the same list (tests/test_deployment_files.py checks it).
DEBIAN_PACKAGES := gettext postgresql-client

# The browser tests drive Debian's Chromium (never a downloaded browser); Noto CJK
# draws Chinese, Japanese and Korean in their screenshots; npm installs axe-core.
BROWSER_TEST_PACKAGES := chromium fonts-noto-cjk

system-packages:
	@command -v msgfmt >/dev/null && command -v pg_restore >/dev/null || { \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(DEBIAN_PACKAGES); }
	@command -v chromium >/dev/null && dpkg -s fonts-noto-cjk >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(BROWSER_TEST_PACKAGES); }
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq npm; }

# axe-core at the version in package-lock.json, for the accessibility checks.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# The worker (huey) rolls engagement up every minute; it starts with the server and
# stops when the server does.
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_campaign
	$(BIN)/python manage.py run_huey & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: install checks test-postgres test-sqlite

checks:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/deptry .
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run

postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || { \
		command -v pg_ctlcluster >/dev/null && \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start && sleep 2; } || true
	@pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432."; exit 1; }

# A local Redis for the tests of the shared cache (redis-server from Debian).
redis:
	@redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || { \
		command -v redis-server >/dev/null && \
		redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
			--dir /tmp --logfile /tmp/campaign-redis.log && sleep 1; } || true

test-postgres: postgres redis
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
	$(BIN)/python manage.py makemessages --all --ignore=.venv --ignore=tests --ignore=bench --ignore=ops --ignore=node_modules --ignore=build --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore=.venv

# The launch benchmark (not part of `make test`): see the README's Performance section.
bench: install postgres redis
	$(BIN)/python bench/run.py

# Backups of DATABASE_URL (pg_dump) and MEDIA_ROOT (tar) into backups/<time>/.
backup: install
	$(BIN)/python manage.py backup_site

# Restores the newest backup (or BACKUP=backups/<time>) into DATABASE_URL and MEDIA_ROOT.
restore: install
	$(BIN)/python manage.py restore_site $(BACKUP)

# Restarts PostgreSQL and Redis under load on this machine and prints what the site did.
fault-drill: install
	$(BIN)/python ops/fault_drill.py

# Mutation testing of the translators' tools, campaign/translations/ (see [tool.mutmut]
# in pyproject.toml); prints the mutants that no test caught.
# Each mutant's test session copies one migrated SQLite database instead of migrating its own.
MUTATION_DATABASE := $(CURDIR)/.mutation-template.sqlite3
mutation: install
	rm -rf mutants $(MUTATION_DATABASE)
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=campaign.settings.test \
		DATABASE_URL=sqlite:///$(MUTATION_DATABASE) $(BIN)/python manage.py migrate --noinput -v 0 >/dev/null
	env -u DATABASE_URL TEST_DATABASE_TEMPLATE=$(MUTATION_DATABASE) $(BIN)/mutmut run
	$(BIN)/mutmut results
