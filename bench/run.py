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
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import scenarios  # noqa: E402
from bench.chart import draw_chart  # noqa: E402
from ops import harness  # noqa: E402

RESULTS = ROOT / "bench" / "results"
DATABASE = "campaign_bench"
PORT = 8090
MARKETS = ["jp", "us"]
CONNECTIONS = [16, 64]
ENGAGEMENT_PATH = "/engagement/events"


def ensure_wrk():
    if shutil.which("wrk"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "wrk"], check=True)


def production_env(cache_seconds):
    return harness.production_env(
        os.environ.get("BENCH_DATABASE_URL", harness.postgres_url(DATABASE)),
        os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"),
        PORT,
        media_root=ROOT / "bench" / ".media",
        # wrk asks over plain HTTP, without a load balancer's X-Forwarded-Proto.
        SECURE_SSL_REDIRECT="false",
        DEFAULT_FROM_EMAIL="bench@example.com",
        WAGTAILADMIN_BASE_URL="https://campaign.example.com",
        PAGE_CACHE_SECONDS=cache_seconds,
    )


def prepare_database(env, reuse, sizes):
    loader = ["load_bench_campaign", *sizes]
    seconds = harness.prepare_site(env, loader, fresh=not reuse, timeout=None)
    # A freshly loaded database has no planner statistics yet, and autovacuum would gather
    # them during the first rows: measure a settled database, as a live site's is.
    subprocess.run(["psql", env["DATABASE_URL"], "-q", "-c", "VACUUM ANALYZE"], check=True)
    print(f"Campaign ready in {seconds:.0f} s")


def flush_redis(env):
    import redis

    redis.Redis.from_url(env["REDIS_URL"]).flushdb()


def fetch(path):
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=30) as response:
        return response.read().decode()


def wrk(path, connections, duration, script="wrk_report.lua", args=()):
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
            str(ROOT / "bench" / script),
            url,
            *(["--", *args] if args else []),
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


def warm_up(path, seconds=2):
    """Requests that are not measured: every worker has served the page once (a fresh
    worker's first requests load code and templates that a running site has loaded)."""
    wrk(path, CONNECTIONS[0], seconds)


def page_addresses(env):
    output = subprocess.run(
        [harness.PYTHON, "bench/urls.py", *MARKETS],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output)


def measure(env, label, addresses, duration, rows, static_path=None):
    with harness.Server(env) as server:
        memory_before = server.memory_mb()
        if static_path:
            fetch(static_path)
            warm_up(static_path)
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
                warm_up(path)
                for connections in CONNECTIONS:
                    rows.append(
                        {
                            "name": f"{page_type} [{market}] {label}",
                            "connections": connections,
                            **wrk(path, connections, duration),
                        }
                    )
        return memory_before, server.memory_mb()


def measure_collection(env, duration, rows):
    """The engagement beacon endpoint: one buffer write (Redis) per POST, under load."""
    import redis

    client = redis.Redis.from_url(env["REDIS_URL"])
    with harness.Server(env):
        for connections in CONNECTIONS:
            rows.append(
                {
                    "name": "engagement beacon (POST)",
                    "connections": connections,
                    **wrk(ENGAGEMENT_PATH, connections, duration, script="wrk_beacon.lua"),
                }
            )
    # Every beacon answered was buffered, not dropped: the list holds them for the roll-up.
    buffered = client.llen("campaign:engagement:events")
    client.delete("campaign:engagement:events")
    return buffered


def measure_go_live(env, addresses, rows):
    """Twenty stories go live in Japan while visitors ask for its listing and home page: the
    go-live job renders them at the minute; the first requests after it are timed."""
    moment = scenarios.schedule_go_live(env)
    flush_redis(env)
    paths = [addresses["jp"]["story index (filtered)"].split("?")[0], addresses["jp"]["home"]]
    with harness.Server(env), scenarios.Worker(env):
        for path in paths:
            fetch(path)  # cached until the go-live
            warm_up(path)
        baseline = scenarios.warm_baseline(PORT, paths)
        figures = scenarios.go_live_burst(PORT, paths, moment)
    rows.append({"name": "go-live pages [jp] warm, same client", "connections": 16, **baseline})
    rows.append({"name": "go-live burst [jp] first 200", "connections": 16, **figures})
    return {
        "moment": moment,
        "warm_p99_ms_same_client": baseline["p99_ms"],
        **{k: figures[k] for k in ("all_p99_ms", "cache_states_of_first_200")},
    }


def after_publish_check(env, addresses):
    """Republish a film and check each market's next request shows the change."""
    marker = f"Bench change {secrets.token_hex(4)}"
    code = (
        "from campaign.models import FilmPage\n"
        "film = FilmPage.objects.live().order_by('pk').first()\n"
        f"film.logline_en = film.logline_ja = {marker!r}\n"
        "film.save_revision().publish()\n"
    )
    harness.manage(env, "shell", "-c", code)
    with harness.Server(env):
        return {market: marker in fetch(pages["film"]) for market, pages in addresses.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=8, help="Seconds per wrk run.")
    parser.add_argument("--reuse", action="store_true", help="Keep the benchmark database.")
    parser.add_argument("--small", action="store_true", help="A small campaign (quick check).")
    parser.add_argument(
        "--go-live-only",
        action="store_true",
        help="Measure the go-live burst alone and put its rows into the latest results.",
    )
    args = parser.parse_args()
    sizes = ["--stories", "50", "--films", "10", "--quotes", "20"] if args.small else []
    if args.go_live_only:
        remeasure_go_live(args.reuse, sizes)
        return

    ensure_wrk()
    warm_env, cold_env = production_env(600), production_env(0)
    prepare_database(warm_env, args.reuse, sizes)
    flush_redis(warm_env)
    addresses = page_addresses(warm_env)

    rows = []
    with harness.Server(warm_env):
        home = fetch(addresses[MARKETS[0]]["home"])
    static_path = re.search(r'href="(/static/[^"]+\.css)"', home).group(1)
    memory = {"warm": measure(warm_env, "warm", addresses, args.duration, rows, static_path)}
    summary = {}
    with harness.Server(warm_env):
        for pages in addresses.values():
            fetch(pages["home"])
            warm_up(pages["home"])
        before = scenarios.redis_memory_mb(warm_env)
        rows += scenarios.ad_click_rows(wrk, addresses, args.duration, CONNECTIONS)
        summary["redis_memory_mb_ad_clicks"] = [before, scenarios.redis_memory_mb(warm_env)]
        rows += scenarios.search_tail_rows(wrk, ["jp", "cn", "us"], args.duration, CONNECTIONS)
        rows += scenarios.admin_rows(warm_env, wrk, PORT, args.duration)
    summary["engagement_beacons_buffered"] = measure_collection(warm_env, args.duration, rows)
    memory["cold"] = measure(cold_env, "cold", addresses, args.duration, rows)
    summary["go_live_burst"] = measure_go_live(warm_env, addresses, rows)
    add_ratios(rows)
    published = after_publish_check(warm_env, addresses)
    summary.update(server_memory_mb=memory, change_seen_after_publish=published)
    write_results(rows, summary)


def remeasure_go_live(reuse, sizes):
    """The go-live burst alone, its rows replacing those of the latest full run (whose
    static file rows its ratios are taken against)."""
    env = production_env(600)
    prepare_database(env, reuse, sizes)
    flush_redis(env)
    new_rows = []
    figures = measure_go_live(env, page_addresses(env), new_rows)
    names = {row["name"] for row in new_rows}
    rows = json.loads((RESULTS / "latest.json").read_text())
    rows = [row for row in rows if row["name"] not in names] + new_rows
    add_ratios(rows)
    summary = json.loads((RESULTS / "latest-summary.json").read_text())
    summary["go_live_burst"] = figures
    write_results(rows, summary)


def add_ratios(rows):
    static = {
        row["connections"]: row["requests_per_s"] for row in rows if row["name"] == "static file"
    }
    for row in rows:
        # Admin rows have no static file to compare with: what counts there is their median.
        base = static.get(row["connections"])
        row["ratio_to_static"] = round(row["requests_per_s"] / base, 3) if base else None


def write_results(rows, summary):
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    (RESULTS / "latest-summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print_table(rows)
    (RESULTS / "latest.md").write_text(markdown_table(rows))
    print(json.dumps(summary))
    draw_chart(rows, RESULTS / "latest.png")
    print(f"Wrote {RESULTS / 'latest.json'} and {RESULTS / 'latest.png'}")


def markdown_table(rows):
    lines = [
        "| page | connections | req/s | p50 ms | p99 ms | errors | × static |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {r['name']} | {r['connections']} | {r['requests_per_s']:.0f} | {r['p50_ms']:.1f} "
        f"| {r['p99_ms']:.1f} | {r['errors']} | {_ratio(r)} |"
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
            f"{_ratio(row):>6}"
        )


def _ratio(row):
    return "" if row["ratio_to_static"] is None else f"{row['ratio_to_static']:.3f}"


if __name__ == "__main__":
    main()
