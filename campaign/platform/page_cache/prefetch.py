"""Wakes each process before the go-lives and expiries of the pages it keeps.

A kept page's coming version is fetched on a visitor's request in the seconds before its
moment; after a quiet minute (a TV spot or a push message timed to the go-live) no visitor
asks then, and each process's first visitors at the moment would wait for Redis. So each
process books the moment of every page it keeps whose expiry is a go-live or an expiry,
and one thread of its own hands the page to a fetch at ``lead`` seconds before it, again
every ``recheck`` seconds until the fetch says it is done or the moment comes.
"""

import heapq
import logging
import threading
import time

logger = logging.getLogger(__name__)


class PrefetchTimer:
    """Bookings of ``(moment, key)``, each handed to ``fetch(key)`` (True: done) when due."""

    def __init__(self, fetch, lead, recheck, most_booked, threaded=lambda: True):
        self._fetch = fetch
        # Whether bookings start the thread (tests run the due fetches themselves).
        self._threaded = threaded
        self._lead = lead
        self._recheck = recheck
        self._most_booked = most_booked
        self._due = []  # a heap of (when, moment, key)
        self._booked = set()
        self._changed = threading.Condition()
        self._thread = None

    def book(self, key, moment):
        """Have ``key`` fetched before ``moment`` (a timestamp); once per moment and key."""
        with self._changed:
            if (moment, key) in self._booked or len(self._booked) >= self._most_booked:
                return
            self._booked.add((moment, key))
            heapq.heappush(self._due, (moment - self._lead, moment, key))
            if self._threaded():
                self._start()
            self._changed.notify()

    def booked(self):
        with self._changed:
            return set(self._booked)

    def clear(self):
        with self._changed:
            self._due.clear()
            self._booked.clear()

    def run_due(self, now):
        """Hand every booking due at ``now`` to the fetch."""
        while True:
            with self._changed:
                if not self._due or self._due[0][0] > now:
                    return
                _when, moment, key = heapq.heappop(self._due)
                if now >= moment:  # the visitors' own requests take it from here
                    self._booked.discard((moment, key))
                    continue
            try:
                done = self._fetch(key)
            except Exception:  # a failed fetch costs the visitors a round trip, no more
                logger.exception("Fetching a coming version ahead failed")
                done = False
            with self._changed:
                if not done and now + self._recheck < moment:
                    heapq.heappush(self._due, (now + self._recheck, moment, key))
                else:
                    self._booked.discard((moment, key))

    def _start(self):
        # Threads do not survive a fork: a process forked from one that booked starts its own.
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="page-prefetch", daemon=True)
            self._thread.start()

    def _run(self):
        while True:
            self.run_due(time.time())
            with self._changed:
                # Under the lock: a booking made meanwhile is in the heap, or wakes the wait.
                if not self._due:
                    self._changed.wait()
                elif self._due[0][0] > time.time():
                    self._changed.wait(self._due[0][0] - time.time())
