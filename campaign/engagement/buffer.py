"""Where collected events wait until the next roll-up, and where the day's salts are kept.

Two backends behind one interface (``ENGAGEMENT_BUFFER``):

- ``redis``: a Redis list that every app server appends to with one ``RPUSH``. A roll-up
  renames the list and reads it; events that arrive meanwhile start a new list. The renamed
  list is deleted only once its counts are committed, so a failed roll-up is retried.
- ``spool``: a SQLite file on the one machine of ``make run``, shared by the web process and
  the worker; the same interface, so the code above it is the same.

A roll-up that fails between committing its counts and deleting the batch counts that batch
again on its next run; nothing else is counted twice. What an outage loses is written in the
README ("Engagement").
"""

import logging
import secrets
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from campaign.platform.redis_breaker import FailFastConnection, FailFastSSLConnection

logger = logging.getLogger(__name__)

SALT_BYTES = 16
# A salt outlives its day by this much at most, even when no roll-up deletes it.
SALT_SECONDS = 3 * 24 * 60 * 60
READ_CHUNK = 5000


class BufferUnavailable(Exception):
    """The buffer cannot be written or read right now."""


class RedisBuffer:
    """Events in a Redis list; salts in keys that expire by themselves."""

    def __init__(self, url, prefix, max_events=1_000_000):
        connection_class = None
        if url.startswith("rediss://"):
            connection_class = FailFastSSLConnection
        elif not url.startswith("unix://"):
            connection_class = FailFastConnection
        options = {"socket_timeout": 1, "socket_connect_timeout": 1, "retry": Retry(NoBackoff(), 0)}
        if connection_class:
            options["connection_class"] = connection_class
        self.redis = redis.Redis(connection_pool=redis.ConnectionPool.from_url(url, **options))
        self.events_key = f"{prefix}:events"
        self.batch_key = f"{prefix}:events:rolling"
        self.salt_prefix = f"{prefix}:salt:"
        self.max_events = max_events

    def push(self, event: bytes):
        # One round trip. While no roll-up runs, the list keeps its newest ``max_events``, so
        # a stopped worker cannot fill Redis's memory (about 150 bytes an event).
        pipeline = self.redis.pipeline(transaction=False)
        pipeline.rpush(self.events_key, event)
        pipeline.ltrim(self.events_key, -self.max_events, -1)
        try:
            pipeline.execute()
        except redis.RedisError as error:
            raise BufferUnavailable(str(error)) from error

    @contextmanager
    def batch(self, limit):
        """The events buffered so far (at most about ``limit``); removed if the block succeeds."""
        try:
            # A batch left by a failed roll-up is finished first.
            if not self.redis.exists(self.batch_key):
                try:
                    self.redis.rename(self.events_key, self.batch_key)
                except redis.ResponseError:  # no events since the last roll-up
                    yield []
                    return
            length = self.redis.llen(self.batch_key)
            events = []
            for start in range(0, min(length, limit), READ_CHUNK):
                events += self.redis.lrange(self.batch_key, start, start + READ_CHUNK - 1)
        except redis.RedisError as error:
            raise BufferUnavailable(str(error)) from error
        yield events
        if len(events) >= length:
            self.redis.delete(self.batch_key)
        else:
            self.redis.ltrim(self.batch_key, len(events), -1)

    def pending(self) -> int:
        return self.redis.llen(self.events_key) + self.redis.llen(self.batch_key)

    def salt(self, day: str) -> bytes:
        key = self.salt_prefix + day
        try:
            self.redis.set(key, secrets.token_bytes(SALT_BYTES), nx=True, ex=SALT_SECONDS)
            return self.redis.get(key)
        except redis.RedisError as error:
            raise BufferUnavailable(str(error)) from error

    def salt_days(self) -> set[str]:
        keys = self.redis.scan_iter(match=self.salt_prefix + "*", count=100)
        return {key.decode().removeprefix(self.salt_prefix) for key in keys}

    def forget_salts(self, days):
        if days:
            self.redis.delete(*(self.salt_prefix + day for day in days))


class SpoolBuffer:
    """Events and salts in a SQLite file, for one machine without Redis."""

    def __init__(self, path):
        self.path = Path(path)
        self._local = threading.local()

    def _connection(self):
        connection = getattr(self._local, "connection", None)
        if connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, event BLOB NOT NULL)"
            )
            connection.execute(
                "CREATE TABLE IF NOT EXISTS salts (day TEXT PRIMARY KEY, salt BLOB NOT NULL)"
            )
            self._local.connection = connection
        return connection

    def _execute(self, sql, parameters=()):
        try:
            return self._connection().execute(sql, parameters)
        except sqlite3.Error as error:
            raise BufferUnavailable(str(error)) from error

    def push(self, event: bytes):
        self._execute("INSERT INTO events (event) VALUES (?)", (event,))

    @contextmanager
    def batch(self, limit):
        rows = self._execute(
            "SELECT id, event FROM events ORDER BY id LIMIT ?", (limit,)
        ).fetchall()
        yield [event for _id, event in rows]
        if rows:
            self._execute("DELETE FROM events WHERE id <= ?", (rows[-1][0],))

    def pending(self) -> int:
        return self._execute("SELECT count(*) FROM events").fetchone()[0]

    def salt(self, day: str) -> bytes:
        self._execute(
            "INSERT OR IGNORE INTO salts (day, salt) VALUES (?, ?)",
            (day, secrets.token_bytes(SALT_BYTES)),
        )
        return self._execute("SELECT salt FROM salts WHERE day = ?", (day,)).fetchone()[0]

    def salt_days(self) -> set[str]:
        return {day for (day,) in self._execute("SELECT day FROM salts")}

    def forget_salts(self, days):
        for day in days:
            self._execute("DELETE FROM salts WHERE day = ?", (day,))


_buffers = {}


def event_buffer():
    """The buffer ``ENGAGEMENT_BUFFER`` names, one per process."""
    config = settings.ENGAGEMENT_BUFFER
    key = tuple(sorted(config.items()))
    if key not in _buffers:
        if config["BACKEND"] == "redis":
            _buffers[key] = RedisBuffer(
                config["URL"],
                config.get("PREFIX", "engagement"),
                config.get("MAX_EVENTS", 1_000_000),
            )
        else:
            _buffers[key] = SpoolBuffer(config["PATH"])
    return _buffers[key]


@receiver(setting_changed)
def _forget_buffers(setting, **kwargs):
    if setting == "ENGAGEMENT_BUFFER":
        _buffers.clear()
