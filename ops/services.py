"""Stopping and starting this machine's PostgreSQL and Redis, for the fault drill."""

import subprocess
import time
from pathlib import Path

REDIS_PORT = "6379"


def run(*command, check=True):
    return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)


def postgres_cluster():
    versions = sorted(p.name for p in Path("/etc/postgresql").iterdir() if p.is_dir())
    if not versions:
        raise RuntimeError("No PostgreSQL cluster found in /etc/postgresql.")
    return versions[-1]


def postgres_ready():
    return run("pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432", check=False).returncode == 0


def postgres(action):
    """Run ``pg_ctlcluster <version> main <action>`` (start, stop, restart)."""
    options = ["-m", "fast"] if action in ("stop", "restart") else []
    run("pg_ctlcluster", "--skip-systemctl-redirect", postgres_cluster(), "main", action, *options)


def redis_ready():
    result = run("redis-cli", "-h", "127.0.0.1", "-p", REDIS_PORT, "ping", check=False)
    return result.stdout.strip() == "PONG"


def stop_redis():
    run("redis-cli", "-h", "127.0.0.1", "-p", REDIS_PORT, "shutdown", "nosave", check=False)


def start_redis():
    # As this machine starts it: loopback only, nothing kept on disk.
    data_dir = "/var/lib/redis" if Path("/var/lib/redis").is_dir() else "/tmp"  # noqa: S108
    log_dir = "/var/log/redis" if Path("/var/log/redis").is_dir() else "/tmp"  # noqa: S108
    run(
        "redis-server",
        "--daemonize", "yes",
        "--bind", "127.0.0.1", "-::1",
        "--port", REDIS_PORT,
        "--save", "",
        "--appendonly", "no",
        "--dir", data_dir,
        "--logfile", f"{log_dir}/ci.log",
    )  # fmt: skip


def wait_until(check, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def ensure_running():
    """Start whatever the drill stopped; called however the drill ends."""
    if not postgres_ready():
        postgres("start")
        wait_until(postgres_ready)
    if not redis_ready():
        start_redis()
        wait_until(redis_ready)
