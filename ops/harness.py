"""A production-like site on a fresh database, for the launch benchmark and the fault drill.

What they measure must be what visitors get: the production settings, a PostgreSQL database
of their own that nothing else writes to, and gunicorn with the project's gunicorn.conf.py.
This module builds that environment, fills the database and runs the server.
"""

import http.client
import os
import secrets
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The Python that runs the harness, and the gunicorn installed beside it.
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).parent / "gunicorn")


class CommandFailed(RuntimeError):
    """A command of the harness exited with an error; the message ends with what it printed."""


def postgres_url(name):
    """The address of database ``name`` on this machine's PostgreSQL."""
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def production_env(database_url, redis_url, port, media_root, static_root=None, **overrides):
    """The environment of a production app server on 127.0.0.1:``port``, with ``overrides``.

    Every value that the production settings require is set, so that start-up fails only
    on what a caller changed. A fresh secret key each time: nothing signed outlives a run.
    """
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "campaign.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": str(media_root),
        "EMAIL_HOST": "127.0.0.1",
        "DEFAULT_FROM_EMAIL": "site@example.com",
        "WAGTAILADMIN_BASE_URL": f"https://127.0.0.1:{port}",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        # No planned recycling: a worker replaced during a run crashed or hung.
        "GUNICORN_MAX_REQUESTS": "0",
    }
    if static_root is not None:
        env["STATIC_ROOT"] = str(static_root)
    env.update({name: str(value) for name, value in overrides.items()})
    return env


def _run(command, shown, env=None, timeout=600):
    try:
        result = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as error:
        raise CommandFailed(f"{shown} did not finish in {timeout} s") from error
    if result.returncode != 0:
        output = (result.stderr.strip() or result.stdout.strip())[-3000:]
        raise CommandFailed(f"{shown} failed (exit {result.returncode}):\n{output}")
    return result.stdout


def manage(env, *args, timeout=600):
    """What ``manage.py <args>`` printed; CommandFailed with its last output if it failed."""
    return _run([PYTHON, "manage.py", *args], shlex.join(["manage.py", *args]), env, timeout)


def psql(database_url, statement):
    """Run one statement in the server's ``postgres`` database, as dropping another needs."""
    admin_url = database_url.rsplit("/", 1)[0] + "/postgres"
    _run(["psql", admin_url, "-q", "-v", "ON_ERROR_STOP=1", "-c", statement], f"psql: {statement}")


def drop_database(database_url):
    """Drop the database, closing any connection still open to it."""
    name = urllib.parse.urlsplit(database_url).path.lstrip("/")
    psql(database_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def prepare_site(env, loader, fresh=True, timeout=600):
    """Migrate, load content with ``loader`` and collect the static files; the load's seconds.

    ``loader`` is a manage.py command and its arguments. With ``fresh`` the database is
    dropped and created first, so nothing from an earlier run is measured.
    """
    if fresh:
        name = urllib.parse.urlsplit(env["DATABASE_URL"]).path.lstrip("/")
        drop_database(env["DATABASE_URL"])
        psql(env["DATABASE_URL"], f'CREATE DATABASE "{name}"')
    manage(env, "migrate", "--noinput", "-v", "0", timeout=timeout)
    started = time.monotonic()
    manage(env, *loader, timeout=timeout)
    seconds = time.monotonic() - started
    manage(env, "collectstatic", "--noinput", "-v", "0", timeout=timeout)
    return seconds


class Server:
    """gunicorn serving ``env``'s site, from its first healthy answer until it is stopped.

    Its output goes to ``log_path`` when given (the drill reads it afterwards), else to a
    temporary file whose end is shown if the server does not come up.
    """

    def __init__(self, env, log_path=None, start_seconds=60):
        self.env = env
        self.host, port = env["GUNICORN_BIND"].rsplit(":", 1)
        self.port = int(port)
        self.base_url = f"http://{self.host}:{self.port}"
        self.log_path = log_path
        self.start_seconds = start_seconds
        self.process = None
        self._log = None

    def __enter__(self):
        if self.log_path:
            self._log = open(self.log_path, "w+")  # noqa: SIM115 (open while the server runs)
        else:
            self._log = tempfile.TemporaryFile("w+")  # noqa: SIM115
        self.process = subprocess.Popen(
            [GUNICORN, "--config", "gunicorn.conf.py", "campaign.wsgi"],
            cwd=ROOT,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + self.start_seconds
        while time.monotonic() < deadline and self.process.poll() is None:
            if self.health_status() == 200:
                return self
            time.sleep(0.2)
        self._end_process()
        self._log.seek(0)
        output = self._log.read()[-3000:]
        self.stop()
        raise RuntimeError(f"gunicorn did not answer on {self.base_url}/healthz:\n{output}")

    def __exit__(self, *exc):
        self.stop()

    def get(self, path, timeout=5):
        """(status, body) of a GET; raises OSError if nothing answers."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            connection.request("GET", path, headers={"Host": f"{self.host}:{self.port}"})
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def health_status(self):
        """The status of /healthz, or None while nothing answers."""
        try:
            return self.get("/healthz")[0]
        except (OSError, http.client.HTTPException):
            return None

    @property
    def pid(self):
        return self.process.pid

    def poll(self):
        return self.process.poll()

    def worker_pids(self):
        """The master's children: its workers."""
        children = Path(f"/proc/{self.pid}/task/{self.pid}/children")
        if children.exists():
            return {int(pid) for pid in children.read_text().split()}
        result = subprocess.run(
            ["ps", "--ppid", str(self.pid), "-o", "pid="], capture_output=True, text=True
        )
        return {int(pid) for pid in result.stdout.split()}

    def memory_mb(self):
        """Resident memory of the master and all its workers, in MB."""
        total = 0
        for pid in [self.pid, *self.worker_pids()]:
            status = Path(f"/proc/{pid}/status")
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                continue
        return round(total / 1024, 1)

    def stop(self):
        self._end_process()
        if self._log is not None:
            self._log.close()
            self._log = None

    def _end_process(self):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
