"""Redis connections that stop trying for a moment once the server has failed to answer.

The cache reads Redis errors as misses, but each attempt to reach a server that is
down still costs a connect time-out, several times per page. After one failure,
every app process skips Redis for ``PAUSE_SECONDS`` and serves from the database,
then tries again: an outage makes pages slower by one failed attempt, not by one
per cache call.
"""

import logging
import threading
import time

from redis.connection import Connection, SSLConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

PAUSE_SECONDS = 5.0
logger = logging.getLogger(__name__)


class _Breaker:
    """When Redis may be tried again, shared by every connection of the process."""

    def __init__(self):
        self._lock = threading.Lock()
        self.retry_at = 0.0
        # How many outages this process has seen: what was written meanwhile may be lost.
        self.outages = 0

    def is_open(self):
        return time.monotonic() < self.retry_at

    def trip(self, error):
        with self._lock:
            if not self.retry_at:
                self.outages += 1
            self.retry_at = time.monotonic() + PAUSE_SECONDS
        # One line per pause, not one per cache call.
        logger.warning(
            "Redis is unreachable (%s); the cache is skipped for %s s.", error, PAUSE_SECONDS
        )

    def reset(self):
        if self.retry_at:
            with self._lock:
                self.retry_at = 0.0
            logger.warning("Redis answers again; the cache is back in use.")


breaker = _Breaker()


class FailFastMixin:
    def connect(self):
        if breaker.is_open():
            raise RedisConnectionError("Redis did not answer moments ago; not trying yet.")
        try:
            super().connect()
        except (RedisConnectionError, RedisTimeoutError, OSError) as error:
            breaker.trip(error)
            raise
        breaker.reset()


class FailFastConnection(FailFastMixin, Connection):
    """A TCP connection to Redis that fails fast while Redis is known to be down."""


class FailFastSSLConnection(FailFastMixin, SSLConnection):
    """The same over TLS (``rediss://``)."""


def redis_is_down():
    """Whether Redis failed to answer moments ago (its calls are skipped meanwhile)."""
    return breaker.is_open()


def outages_seen():
    """How many outages of Redis this process has seen."""
    return breaker.outages
