"""A bounded HTTP load for the fault drill: loopback only, capped in requests and in time."""

import http.client
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

LOOPBACK = ("127.0.0.1", "localhost", "::1")
REQUEST_TIMEOUT = 10


@dataclass
class PhaseResult:
    """What the site answered during one phase of the drill."""

    name: str
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    latencies: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def requests(self):
        return sum(self.statuses.values()) + sum(self.errors.values())

    @property
    def ok(self):
        return sum(count for status, count in self.statuses.items() if status < 400)

    @property
    def unavailable(self):
        return self.statuses.get(503, 0)

    @property
    def other_failures(self):
        others = sum(count for status, count in self.statuses.items() if status >= 400)
        return others - self.unavailable + sum(self.errors.values())

    def percentile(self, share):
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def fetch(base_url, path, headers, timeout=REQUEST_TIMEOUT):
    """(status, seconds) of one GET; raises on a connection error or time-out."""
    parts = urlsplit(base_url)
    if parts.hostname not in LOOPBACK:
        raise ValueError("The drill only sends requests to this machine.")
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    started = time.monotonic()
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic() - started
    finally:
        connection.close()


def run_phase(name, base_url, paths, headers, seconds, max_requests, concurrency=6):
    """Load the site for ``seconds`` or ``max_requests`` requests, whichever ends first."""
    result = PhaseResult(name)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    counter = iter(range(max_requests))

    def worker(offset):
        position = offset
        while time.monotonic() < deadline:
            with lock:
                if next(counter, None) is None:
                    return
            path = paths[position % len(paths)]
            position += 1
            started = time.monotonic()
            try:
                status, elapsed = fetch(base_url, path, headers)
            except (OSError, http.client.HTTPException) as error:
                with lock:
                    result.errors[type(error).__name__] += 1
                    result.latencies.append(time.monotonic() - started)
                continue
            with lock:
                result.statuses[status] += 1
                result.latencies.append(elapsed)

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - started
    return result
