"""Fault drill: the site under load while PostgreSQL restarts and Redis stops and starts.

``make fault-drill``. The site runs as in production (production settings, gunicorn,
the Redis cache) on this machine's PostgreSQL, in a database of its own. A bounded
load (loopback only, capped in requests and seconds) reads public pages through
each phase, and an editor saves a draft while the database is down and again once
it is back. The figures of each phase are printed at the end. PostgreSQL and Redis
are started again however the drill ends; the drill's database is dropped.

Needs root on this machine (pg_ctlcluster, redis-server); not part of ``make test``.
"""

import json
import os
import secrets
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ops import harness, services  # noqa: E402
from ops.editor import Editor  # noqa: E402
from ops.load import run_phase  # noqa: E402

PORT = int(os.environ.get("DRILL_PORT", "8018"))
BASE_URL = f"http://127.0.0.1:{PORT}"
DATABASE = "campaign_drill"
DATABASE_URL = harness.postgres_url(DATABASE)
REDIS_URL = "redis://127.0.0.1:6379/9"
PHASE_SECONDS = 8
MAX_REQUESTS_PER_PHASE = 20000
POSTGRES_DOWN_SECONDS = 4
# What a load balancer in front of the app servers would send.
PROXY_HEADERS = {"Host": f"127.0.0.1:{PORT}", "X-Forwarded-Proto": "https"}
EDITOR = ("drill-editor", secrets.token_urlsafe(16))
UNSAVED_MESSAGE = "Your changes have not been saved."


def drill_environment(workdir):
    return harness.production_env(
        DATABASE_URL,
        REDIS_URL,
        PORT,
        media_root=workdir / "media",
        static_root=workdir / "static",
        DEMO_CREDENTIALS_FILE=workdir / "credentials.json",
        EMAIL_HOST="localhost",
        DEFAULT_FROM_EMAIL="drill@example.com",
        GUNICORN_WORKERS=3,
        DJANGO_SUPERUSER_USERNAME=EDITOR[0],
        DJANGO_SUPERUSER_PASSWORD=EDITOR[1],
        DJANGO_SUPERUSER_EMAIL="drill@example.com",
    )


FIND_FILM = """
from campaign.markets.current import activate_market
from campaign.models import FilmPage, Market
film = FilmPage.objects.live().order_by("pk").first()
with activate_market(Market.objects.get(code="us")):
    print(film.pk, film.get_url())
"""


def prepare_site(env):
    print("Preparing the drill's database, demo content and static files…", flush=True)
    harness.prepare_site(env, ["load_demo_campaign"])
    harness.manage(env, "createsuperuser", "--noinput")
    output = harness.manage(env, "shell", "-c", FIND_FILM)
    film_id, film_url = output.strip().splitlines()[-1].split()
    return int(film_id), film_url


def postgres_outage(editor, film_id, fields, outcome):
    """Stop PostgreSQL, save a draft while it is down, start it again."""
    time.sleep(1)
    services.postgres("stop")
    outcome["stopped_at"] = time.monotonic()
    time.sleep(1)
    status, html = editor.save_draft(film_id, fields)
    outcome["save_during_outage"] = (status, UNSAVED_MESSAGE in html)
    time.sleep(max(0.0, POSTGRES_DOWN_SECONDS - 1))
    services.postgres("start")
    services.wait_until(services.postgres_ready)
    outcome["down_seconds"] = time.monotonic() - outcome["stopped_at"]


def logged_levels(log_path):
    """How many lines the site logged at each level (its logs are JSON lines)."""
    levels = {}
    for line in Path(log_path).read_text(errors="replace").splitlines():
        try:
            level = json.loads(line).get("level", "?")
        except ValueError:
            level = "not JSON"
        levels[level] = levels.get(level, 0) + 1
    return levels


def report(phases, outcome, master, workers_before, workers_after, final_health):
    print()
    print(f"{'phase':<34}{'requests':>9}{'ok':>8}{'503':>7}{'errors':>8}{'p95 s':>8}{'max s':>8}")
    for phase in phases:
        print(
            f"{phase.name:<34}{phase.requests:>9}{phase.ok:>8}{phase.unavailable:>7}"
            f"{phase.other_failures:>8}{phase.percentile(0.95):>8.3f}{max(phase.latencies):>8.3f}"
        )
    print()
    print(
        f"PostgreSQL was down for {outcome['down_seconds']:.1f} s "
        f"(stopped, held down {POSTGRES_DOWN_SECONDS} s, started)."
    )
    status, told = outcome["save_during_outage"]
    print(f"Draft saved during the outage: HTTP {status}; editor told it was not saved: {told}.")
    status, kept = outcome["save_after_outage"]
    print(
        f"Same draft saved again after the outage: HTTP {status}; draft now in the editor: {kept}."
    )
    print(f"Health at the end: {json.dumps(final_health)}")
    replaced = len(workers_before - workers_after)
    print(
        f"gunicorn master {master} ran throughout, never restarted; "
        f"workers that crashed or hung and were replaced: {replaced} of {len(workers_before)}."
    )


def exercise(server, film_id, film_url, log_path):
    """The drill's phases against the running ``server``, then its report."""
    paths = [
        "/cn/", "/jp/", "/kr/", "/us/", "/uk/", "/us/films/", "/us/stories/", film_url,
        "/us/films/?channel=tv", "/us/search/?q=small",
    ]  # fmt: skip
    master, workers_before = server.pid, server.worker_pids()
    editor = Editor(BASE_URL)
    if not editor.sign_in(*EDITOR):
        raise RuntimeError("The drill's editor could not sign in.")
    _status, fields = editor.edit_form(film_id)
    fields = [(k, "Manifesto (edited in the drill)" if k == "title_en" else v) for k, v in fields]

    def phase(name, seconds=PHASE_SECONDS):
        print(f"  {name}…", flush=True)
        return run_phase(name, BASE_URL, paths, PROXY_HEADERS, seconds, MAX_REQUESTS_PER_PHASE)

    print(f"Load on {BASE_URL} (6 clients, at most {MAX_REQUESTS_PER_PHASE} requests a phase):")
    phases = [phase("1 steady")]

    outcome = {}
    outage = threading.Thread(target=postgres_outage, args=(editor, film_id, fields, outcome))
    outage.start()
    phases.append(phase("2 PostgreSQL stopped and started", seconds=10))
    outage.join()
    phases.append(phase("3 after PostgreSQL"))

    status, _html = editor.save_draft(film_id, fields)
    _form_status, saved = editor.edit_form(film_id)
    kept = ("title_en", "Manifesto (edited in the drill)") in saved
    outcome["save_after_outage"] = (status, kept)

    services.stop_redis()
    phases.append(phase("4 Redis stopped"))
    services.start_redis()
    services.wait_until(services.redis_ready)
    phases.append(phase("5 Redis started again"))

    final_health = json.loads(server.get("/healthz")[1])
    workers_after = server.worker_pids()
    alive = server.poll() is None
    report(phases, outcome, master, workers_before, workers_after, final_health)
    print(f"Log lines by level: {logged_levels(log_path)}")
    if not alive:
        sys.exit("gunicorn exited during the drill.")


def drill():
    for tool in ("pg_ctlcluster", "pg_isready", "psql", "redis-server", "redis-cli"):
        if not shutil.which(tool):
            sys.exit(f"The drill needs {tool} on this machine.")
    if not (services.postgres_ready() and services.redis_ready()):
        sys.exit("PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) must be running.")

    workdir = Path(tempfile.mkdtemp(prefix="campaign-drill-"))
    env = drill_environment(workdir)
    log_path = workdir / "gunicorn.log"
    try:
        film_id, film_url = prepare_site(env)
        with harness.Server(env, log_path) as server:
            exercise(server, film_id, film_url, log_path)
    finally:
        services.ensure_running()
        try:
            harness.drop_database(DATABASE_URL)
        except harness.CommandFailed:
            print(f"Could not drop the database {DATABASE}.", file=sys.stderr)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    drill()
