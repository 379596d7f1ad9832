"""The launch benchmark: public pages under gunicorn, warm and cold, against a static file.

    make bench            (or: .venv/bin/python bench/run.py [--duration 8] [--reuse])

Builds a large campaign (2,000 stories, 200 films, 500 quotes in five languages) in a
PostgreSQL database of its own, serves it with production settings, gunicorn and Redis, and
drives it with wrk at 16 and 64 connections. Writes bench/results/latest.json and a chart.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DATABASE = "campaign_bench"
PORT = 8090
MARKETS = ["jp", "us"]
CONNECTIONS = [16, 64]


def run(command, env, **kwargs):
    return subprocess.run(command, cwd=ROOT, env=env, check=True, **kwargs)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "wrk"], check=True)


def production_env(cache_seconds):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="campaign.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=os.environ.get(
            "BENCH_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
        ),
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"),
        MEDIA_ROOT=str(ROOT / "bench" / ".media"),
        SECURE_SSL_REDIRECT="false",
        EMAIL_HOST="127.0.0.1",
        DEFAULT_FROM_EMAIL="bench@example.com",
        WAGTAILADMIN_BASE_URL="https://campaign.example.com",
        PAGE_CACHE_SECONDS=str(cache_seconds),
        LOG_LEVEL="WARNING",
    )
    return env


def prepare_database(env, reuse, sizes):
    url = urllib.parse.urlsplit(env["DATABASE_URL"])
    name = url.path.lstrip("/")
    admin = env["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"
    if not reuse:
        run(["psql", admin, "-q", "-c", f'DROP DATABASE IF EXISTS "{name}"'], env)
        run(["psql", admin, "-q", "-c", f'CREATE DATABASE "{name}"'], env)
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], env, stdout=subprocess.DEVNULL)
    started = time.monotonic()
    run(
        [PYTHON, "manage.py", "load_bench_campaign", *sizes],
        env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    print(f"Campaign ready in {time.monotonic() - started:.0f} s")
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], env)


def flush_redis(env):
    import redis

    redis.Redis.from_url(env["REDIS_URL"]).flushdb()


class Server:
    """gunicorn with production settings, workers sized by its configuration for this machine."""

    def __init__(self, env):
        self.env = dict(env, GUNICORN_BIND=f"127.0.0.1:{PORT}", GUNICORN_MAX_REQUESTS="0")
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [GUNICORN, "campaign.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _attempt in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2):
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)

    def memory_mb(self):
        pids = [self.process.pid]
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        if children.exists():
            pids += [int(pid) for pid in children.read_text().split()]
        total = 0
        for pid in pids:
            status = Path(f"/proc/{pid}/status")
            if status.exists():
                match = re.search(r"VmRSS:\s+(\d+)", status.read_text())
                total += int(match.group(1)) if match else 0
        return round(total / 1024, 1)


def fetch(path):
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=30) as response:
        return response.read().decode()


def wrk(path, connections, duration):
    url = f"http://127.0.0.1:{PORT}{urllib.parse.quote(path, safe='/?=&%')}"
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(ROOT / "bench" / "wrk_report.lua"),
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    seconds = figures["duration_us"] / 1e6
    return {
        "requests_per_s": round(figures["requests"] / seconds, 1),
        "p50_ms": round(figures["p50_us"] / 1000, 2),
        "p99_ms": round(figures["p99_us"] / 1000, 2),
        "errors": figures["errors"],
    }


def page_addresses(env):
    output = run([PYTHON, "bench/urls.py", *MARKETS], env, capture_output=True, text=True).stdout
    return json.loads(output)


def measure(env, label, addresses, duration, rows, static_path=None):
    with Server(env) as server:
        memory_before = server.memory_mb()
        if static_path:
            fetch(static_path)
            for connections in CONNECTIONS:
                rows.append(
                    {
                        "name": "static file",
                        "connections": connections,
                        **wrk(static_path, connections, duration),
                    }
                )
        for market, pages in addresses.items():
            for page_type, path in pages.items():
                fetch(path)  # the first visit fills the cache
                for connections in CONNECTIONS:
                    rows.append(
                        {
                            "name": f"{page_type} [{market}] {label}",
                            "connections": connections,
                            **wrk(path, connections, duration),
                        }
                    )
        return memory_before, server.memory_mb()


def after_publish_check(env, addresses):
    """Republish a film and check each market's next request shows the change."""
    marker = f"Bench change {secrets.token_hex(4)}"
    code = (
        "from campaign.models import FilmPage\n"
        "from campaign.markets import filter_available\n"
        "film = FilmPage.objects.live().order_by('pk').first()\n"
        f"film.logline_en = film.logline_ja = {marker!r}\n"
        "film.save_revision().publish()\n"
    )
    run([PYTHON, "manage.py", "shell", "-c", code], env, stdout=subprocess.DEVNULL)
    with Server(env):
        return {market: marker in fetch(pages["film"]) for market, pages in addresses.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=8, help="Seconds per wrk run.")
    parser.add_argument("--reuse", action="store_true", help="Keep the benchmark database.")
    parser.add_argument("--small", action="store_true", help="A small campaign (quick check).")
    args = parser.parse_args()
    sizes = ["--stories", "50", "--films", "10", "--quotes", "20"] if args.small else []

    ensure_wrk()
    warm_env, cold_env = production_env(600), production_env(0)
    prepare_database(warm_env, args.reuse, sizes)
    flush_redis(warm_env)
    addresses = page_addresses(warm_env)

    rows = []
    with Server(warm_env):
        home = fetch(addresses[MARKETS[0]]["home"])
    static_path = re.search(r'href="(/static/[^"]+\.css)"', home).group(1)
    memory = {"warm": measure(warm_env, "warm", addresses, args.duration, rows, static_path)}
    memory["cold"] = measure(cold_env, "cold", addresses, args.duration, rows)
    static = {
        row["connections"]: row["requests_per_s"] for row in rows if row["name"] == "static file"
    }
    for row in rows:
        row["ratio_to_static"] = round(row["requests_per_s"] / static[row["connections"]], 3)
    published = after_publish_check(warm_env, addresses)

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    summary = {"server_memory_mb": memory, "change_seen_after_publish": published}
    (RESULTS / "latest-summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print_table(rows)
    (RESULTS / "latest.md").write_text(markdown_table(rows))
    print(json.dumps(summary))
    from chart import draw_chart

    draw_chart(rows, RESULTS / "latest.png")
    print(f"Wrote {RESULTS / 'latest.json'} and {RESULTS / 'latest.png'}")


def markdown_table(rows):
    lines = [
        "| page | connections | req/s | p50 ms | p99 ms | errors | × static |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {r['name']} | {r['connections']} | {r['requests_per_s']:.0f} | {r['p50_ms']:.1f} "
        f"| {r['p99_ms']:.1f} | {r['errors']} | {r['ratio_to_static']:.3f} |"
        for r in rows
    ]
    return "\n".join(lines) + "\n"


def print_table(rows):
    header = (
        f"{'page':<38} {'conn':>4} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'err':>5} {'ratio':>6}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['name']:<38} {row['connections']:>4} {row['requests_per_s']:>9.1f} "
            f"{row['p50_ms']:>8.2f} {row['p99_ms']:>8.2f} {row['errors']:>5} "
            f"{row['ratio_to_static']:>6.3f}"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
