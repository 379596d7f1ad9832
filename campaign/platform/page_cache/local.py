"""The hottest pages of this process, kept in front of the shared cache.

They spare a round trip for the page itself: while nothing changed since one was last
found fresh (the same ``GENERATION`` token), one small read tells it still is. While Redis
is away, they keep the busiest pages served: each is served for at most
``PAGE_CACHE_OUTAGE_SECONDS`` after it was last known fresh, never past its go-live or
expiry. Bounded in number and in bytes; the least recently used page goes first.

In the seconds before a go-live or an expiry, a kept page's next version (rendered ahead
by the job) is fetched beside it (by a visitor's request, or by the process's own timer,
``prefetch``), at most one per kept page, and served from here once its moment comes.
Should the job have missed it, the page as it was is held here while the job renders the
next version, for ``PAGE_CACHE_GO_LIVE_RECHECK_SECONDS`` at a time: a burst of
visitors then costs no round trip to Redis, and each process asks again that often whether
the new version is there.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings


class LocalPages:
    """An LRU of cache entries, each with the moment it was last known fresh; and the pages
    held as they were while the go-live job renders their next version."""

    def __init__(self):
        self._entries = OrderedDict()
        self._bytes = 0
        self._held = {}
        # Per kept page, the version that follows it at its moment (None: not there yet) and
        # when it was last asked for.
        self._successors = {}
        self._lock = threading.Lock()

    def keep_successor(self, key, successor, asked_at):
        """Keep ``successor`` (or that there was none, at ``asked_at``) for the kept ``key``."""
        with self._lock:
            if key in self._entries:
                self._successors[key] = (successor, asked_at)

    def successor(self, key):
        """The version fetched to follow ``key``'s page, or None."""
        found = self._successors.get(key)
        return found[0] if found else None

    def successor_due(self, key, asked_before):
        """Whether ``key``'s successor is to be asked for: never fetched, and not asked for
        since ``asked_before``."""
        found = self._successors.get(key)
        return found is None or (found[0] is None and found[1] <= asked_before)

    def hold(self, key, entry, until):
        """Serve ``entry`` as it was until ``until`` (``time.monotonic()``) without asking."""
        with self._lock:
            now = time.monotonic()
            for over in [k for k, (_entry, end) in self._held.items() if end <= now]:
                del self._held[over]
            if len(self._held) < settings.PAGE_CACHE_LOCAL_ENTRIES:
                self._held[key] = (entry, until)

    def held(self, key):
        """The entry held for ``key``, or None once its time is over."""
        with self._lock:
            found = self._held.get(key)
        if found is None or found[1] <= time.monotonic():
            return None
        return found[0]

    def get(self, key):
        """``(entry, checked_at, generation)`` or None: when it was last known fresh, and
        under which change token."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def peek(self, key):
        """The entry kept for ``key``, or None, without making it the most recently used."""
        with self._lock:
            found = self._entries.get(key)
        return found[0] if found is not None else None

    def put(self, key, entry, checked_at, generation=None):
        size = len(entry["content"])
        if size > settings.PAGE_CACHE_LOCAL_BYTES // 4:
            return  # one page may not push out most of the others
        with self._lock:
            self._remove(key)
            self._held.pop(key, None)
            self._entries[key] = (entry, checked_at, generation)
            self._bytes += size
            while self._entries and (
                len(self._entries) > settings.PAGE_CACHE_LOCAL_ENTRIES
                or self._bytes > settings.PAGE_CACHE_LOCAL_BYTES
            ):
                self._remove(next(iter(self._entries)))

    def checked(self, key, checked_at, generation=None):
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries[key] = (found[0], checked_at, generation)

    def forget(self, key):
        with self._lock:
            self._remove(key)
            self._held.pop(key, None)

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._held.clear()
            self._successors.clear()
            self._bytes = 0

    def _remove(self, key):
        self._successors.pop(key, None)
        found = self._entries.pop(key, None)
        if found is not None:
            self._bytes -= len(found[0]["content"])


local_pages = LocalPages()
