"""The launch day's traffic beyond plain page views: ad clicks, a crowd's searches, a
go-live burst, and editors in the admin. Each returns rows in the benchmark's format."""

import http.client
import json
import statistics
import threading
import time
from pathlib import Path

from ops import harness
from ops.editor import Editor

BENCH = Path(__file__).resolve().parent
WORDS = {"jp": "ja", "cn": "zh-hans", "kr": "ko", "us": "en", "uk": "en"}
EDITOR = ("bench-editor", "bench-editor-password")

# Twenty stories go live in Japan during the run: the listing and the home page change.
SCHEDULE_GO_LIVE = """
from datetime import timedelta
from django.utils import timezone
from campaign.models import Market, PageMarketSchedule
from stories.models import AthleteStoryPage
moment = (timezone.now() + timedelta(seconds={lead})).replace(second=0, microsecond=0)
moment += timedelta(minutes=1)
japan = Market.objects.get(code="jp")
stories = AthleteStoryPage.objects.live().order_by("-year", "pk")[:20]
PageMarketSchedule.objects.filter(market=japan, page__in=list(stories)).delete()
for story in stories:
    PageMarketSchedule.objects.create(page=story, market=japan, go_live_at=moment)
print(moment.timestamp())
"""

MAKE_EDITOR = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from campaign.markets.roles import EDITORS
user, _ = get_user_model().objects.get_or_create(username={name!r})
user.set_password({password!r})
user.is_staff = True
user.save()
user.groups.add(Group.objects.get(name=EDITORS))
"""

ADMIN_PAGES = """
import json
from django.urls import reverse
from stories.models import AthleteStoryPage, StoryIndexPage
index = StoryIndexPage.objects.first()
story = AthleteStoryPage.objects.live().order_by("pk").first()
print(json.dumps({
    "dashboard": reverse("wagtailadmin_home"),
    "translation status": reverse("translation_status"),
    "story explorer": reverse("wagtailadmin_explore", args=[index.pk]),
    "story editor": reverse("wagtailadmin_pages:edit", args=[story.pk]),
}))
"""


def ad_click_rows(wrk, addresses, duration, connections):
    """Home, film and story pages, each request with tracking tags and its own click id."""
    rows = []
    for market, pages in addresses.items():
        for page_type in ("home", "film", "story"):
            for count in connections:
                figures = wrk(pages[page_type], count, duration, script="ad_clicks.lua")
                rows.append(
                    {"name": f"ad clicks: {page_type} [{market}]", "connections": count, **figures}
                )
    return rows


# Searches that are not measured: each worker's database connection has run searches
# before the first measured row, as a live site's have. In a language no measured row
# uses, so that no measured query finds its results kept from the warm-up.
WARM_UP_WORDS = BENCH / "words" / "ko.txt"


def search_tail_rows(wrk, markets, duration, connections, warm_up_seconds=3):
    """A different one- to three-word query on each request, in the market's language."""
    rows = []
    for market in markets:
        wrk(
            f"/{market}/search/",
            connections[0],
            warm_up_seconds,
            script="search_tail.lua",
            args=[str(WARM_UP_WORDS)],
        )
        words = BENCH / "words" / f"{WORDS[market]}.txt"
        for count in connections:
            figures = wrk(
                f"/{market}/search/", count, duration, script="search_tail.lua", args=[str(words)]
            )
            rows.append({"name": f"search long tail [{market}]", "connections": count, **figures})
    return rows


def schedule_go_live(env, lead_seconds=130):
    """Make twenty stories go live in Japan at the next whole minute after ``lead_seconds``.

    The lead lets the worker, started just before, run its every-minute job at least once
    before the moment, as a worker that has been running all along has."""
    output = harness.manage(env, "shell", "-c", SCHEDULE_GO_LIVE.format(lead=lead_seconds))
    return float(output.strip().splitlines()[-1])


def go_live_burst(port, paths, moment, connections=16, seconds=3):
    """Visitors from the go-live's moment on: the latency of their first requests."""
    return _visitors(port, paths, moment, connections, seconds)


def warm_baseline(port, paths, connections=16, seconds=3):
    """The same visitors on the same warm pages, all starting at one moment as at a
    go-live: what the burst is compared with (this client is Python threads, slower than
    wrk, so wrk's warm rows are not the baseline)."""
    return _visitors(port, paths, time.time() + 1, connections, seconds)


def _visitors(port, paths, moment, connections, seconds):
    timings = []
    lock = threading.Lock()

    def visitor(path):
        # Connected just before the moment (an idle connection is closed after the server's
        # keep-alive), as a live site's visitors already are: what is timed is the server's
        # answer, not sixteen connections opened at once.
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.time() < moment - 0.3:
            time.sleep(0.01)
        connection.connect()
        while time.time() < moment:
            time.sleep(0.001)
        end = moment + seconds
        while time.time() < end:
            started = time.time()
            try:
                connection.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
                state = response.headers.get("X-Page-Cache", "")
            except OSError:
                ok, state = False, ""
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            with lock:
                timings.append((started, time.time() - started, ok, state))
        connection.close()

    threads = [
        threading.Thread(target=visitor, args=(paths[index % len(paths)],))
        for index in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    timings.sort()
    first = [latency for _started, latency, _ok, _state in timings[:200]]
    every = [latency for _started, latency, _ok, _state in timings]
    return {
        "requests_per_s": round(len(timings) / seconds, 1),
        "p50_ms": round(statistics.median(first) * 1000, 2),
        "p99_ms": round(_percentile(first, 99) * 1000, 2),
        "errors": sum(not ok for _s, _l, ok, _state in timings),
        "all_p99_ms": round(_percentile(every, 99) * 1000, 2),
        "cache_states_of_first_200": _counts(state for _s, _l, _ok, state in timings[:200]),
    }


def _percentile(values, percent):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * percent / 100))]


def _counts(states):
    counts = {}
    for state in states:
        counts[state or "none"] = counts.get(state or "none", 0) + 1
    return counts


def admin_rows(env, wrk, port, duration, connections=(2,)):
    """An editor's everyday screens on the full campaign, signed in."""
    harness.manage(env, "shell", "-c", MAKE_EDITOR.format(name=EDITOR[0], password=EDITOR[1]))
    pages = json.loads(harness.manage(env, "shell", "-c", ADMIN_PAGES).strip().splitlines()[-1])
    editor = Editor(f"http://127.0.0.1:{port}")
    if not editor.sign_in(*EDITOR):
        raise RuntimeError("The benchmark's editor could not sign in.")
    cookie = "; ".join(f"{name}={value}" for name, value in editor.cookies.items())
    rows = []
    for name, path in pages.items():
        editor.request("GET", path)  # the first view fills what it caches
        for count in connections:
            figures = wrk(path, count, duration, script="signed_in.lua", args=[cookie])
            rows.append({"name": f"admin: {name}", "connections": count, **figures})
    return rows


class Worker:
    """The background worker (huey's consumer), as production runs it beside the servers."""

    def __init__(self, env):
        self.env = env
        self.process = None

    def __enter__(self):
        import subprocess

        # As the README advises where the worker shares a machine with app servers: at a
        # lower priority, so that rendering ahead never slows the visitors being served.
        self.process = subprocess.Popen(
            ["nice", "-n", "10", harness.PYTHON, "manage.py", "run_huey", "--quiet"],
            cwd=harness.ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)


def redis_memory_mb(env):
    import redis

    return round(redis.Redis.from_url(env["REDIS_URL"]).info("memory")["used_memory"] / 2**20, 2)
