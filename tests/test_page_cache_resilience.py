"""Bursts render a page once; a Redis outage is served from each process's hottest pages."""

import threading
import time
from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

import pytest
import time_machine

from campaign.platform.page_cache import middleware
from campaign.platform.page_cache.dependencies import changed, item_tag
from campaign.platform.page_cache.local import LocalPages, local_pages
from campaign.platform.redis_breaker import breaker


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def go_live(story_index, markets):
    """The moment a story, "Late rink", goes live in Japan (tomorrow, at a whole minute)."""
    from campaign.models import PageMarketSchedule
    from tests.factories import AthleteStoryPageFactory

    moment = (timezone.now() + timedelta(days=1)).replace(second=0, microsecond=0)
    late = AthleteStoryPageFactory(parent=story_index, title="Late rink")
    PageMarketSchedule.objects.create(page=late, market=markets["jp"], go_live_at=moment)
    return moment


def key_of(path):
    class Request:
        GET = {}

        @staticmethod
        def get_host():
            return "testserver"

    Request.path = path
    return middleware.cache_key(Request)


def test_a_burst_waits_for_the_one_render_instead_of_rendering_again(
    client, home, django_assert_num_queries
):
    client.get("/jp/")
    key = key_of("/jp/")
    fresh_copy = cache.get(key)
    changed(item_tag(home))  # the page is stale: the next request would render it
    local_pages.clear()
    cache.add(middleware.LOCK_PREFIX + key, 1, 10)  # another worker is rendering it

    def other_worker_finishes():
        time.sleep(0.2)
        cache.set(key, {**fresh_copy, "rendered_at": time.time()}, 600)
        cache.delete(middleware.LOCK_PREFIX + key)

    threading.Thread(target=other_worker_finishes).start()
    with django_assert_num_queries(0):
        response = client.get("/jp/")

    assert response.headers["X-Page-Cache"] == "hit"


def test_a_render_that_stores_nothing_lets_the_waiting_request_render(client, home):
    key = key_of("/jp/")
    cache.add(middleware.LOCK_PREFIX + key, 1, 10)
    threading.Timer(0.1, lambda: cache.delete(middleware.LOCK_PREFIX + key)).start()

    assert client.get("/jp/").headers["X-Page-Cache"] == "miss"


def test_pages_are_served_from_the_process_while_redis_is_away(
    client, home, django_assert_num_queries
):
    client.get("/us/")
    breaker.trip(ConnectionError("Redis stopped"))
    try:
        with django_assert_num_queries(0):
            assert client.get("/us/").headers["X-Page-Cache"] == "hit"
        # Past the bound, the page is rendered afresh (and kept for the next visitors).
        with time_machine.travel(timedelta(seconds=61)):
            assert client.get("/us/").headers["X-Page-Cache"] == "miss"
            assert client.get("/us/").headers["X-Page-Cache"] == "hit"
    finally:
        breaker.reset()


def test_once_redis_is_back_nothing_cached_before_the_outage_is_served(client, home):
    client.get("/us/")
    breaker.trip(ConnectionError("Redis stopped"))
    # An editor's change during the outage could not mark the page stale in Redis.
    breaker.reset()

    assert client.get("/us/").headers["X-Page-Cache"] == "miss"
    assert client.get("/us/").headers["X-Page-Cache"] == "hit"


def test_a_cache_that_lost_its_keys_makes_every_kept_page_stale(client, home):
    client.get("/us/")
    cache.clear()  # a flush, or a restart of Redis without persistence

    assert client.get("/us/").headers["X-Page-Cache"] == "miss"


def test_a_kept_page_is_known_fresh_from_one_read_until_anything_changes(client, home, monkeypatch):
    def served():
        return client.get("/us/").headers["X-Page-Cache"]

    cache.clear()  # a cache that starts empty, before anything changed
    assert served() == "miss"
    clock_reads = []
    read_many = cache.get_many
    monkeypatch.setattr(
        cache, "get_many", lambda keys, *args: clock_reads.append(keys) or read_many(keys)
    )
    assert served() == served() == "hit"
    # The clocks are read once after the render, then not while nothing changes.
    assert len(clock_reads) == 1
    changed("campaign.quote:999999")  # something this page does not show
    assert served() == served() == "hit"
    assert len(clock_reads) == 2
    changed(item_tag(home))
    assert served() == "miss"


def test_the_process_keeps_a_bounded_number_of_pages_and_bytes(settings):
    settings.PAGE_CACHE_LOCAL_ENTRIES = 3
    settings.PAGE_CACHE_LOCAL_BYTES = 1000
    pages = LocalPages()
    for number in range(5):
        pages.put(f"page-{number}", {"content": b"x" * 100}, time.time())
    assert [pages.get(f"page-{n}") is not None for n in range(5)] == [False] * 2 + [True] * 3

    pages.put("big", {"content": b"x" * 240}, time.time())
    pages.put("bigger", {"content": b"x" * 240}, time.time())
    assert sum(pages.get(key) is not None for key in ("page-3", "page-4", "big", "bigger")) <= 3
    assert pages.get("huge") is None
    pages.put("huge", {"content": b"x" * 900}, time.time())  # over a quarter of the bytes
    assert pages.get("huge") is None


def test_at_a_go_live_the_page_as_it_was_is_served_while_its_new_version_renders(
    client, go_live, django_assert_num_queries
):

    with time_machine.travel(go_live - timedelta(minutes=1), tick=False):
        client.get("/jp/stories/")
    key = key_of("/jp/stories/")
    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        local_pages.clear()
        cache.add(middleware.LOCK_PREFIX + key, 1, 10)  # the go-live job renders it
        with django_assert_num_queries(0):
            response = client.get("/jp/stories/")
        assert response.headers["X-Page-Cache"] == "stale"
        cache.delete(middleware.LOCK_PREFIX + key)
        response = client.get("/jp/stories/")
        assert response.headers["X-Page-Cache"] == "miss"
        assert "Late rink" in response.content.decode()
    # Never longer than the wait: past it, the page is rendered for the visitor.
    with time_machine.travel(go_live + timedelta(seconds=30), tick=False):
        cache.add(middleware.LOCK_PREFIX + key, 1, 10)
        assert client.get("/jp/stories/").headers["X-Page-Cache"] != "stale"


def test_a_page_whose_content_changed_is_never_served_stale(client, home):
    client.get("/us/")
    key = key_of("/us/")
    changed(item_tag(home))
    local_pages.clear()
    cache.add(middleware.LOCK_PREFIX + key, 1, 10)
    threading.Timer(0.1, lambda: cache.delete(middleware.LOCK_PREFIX + key)).start()

    assert client.get("/us/").headers["X-Page-Cache"] == "miss"


def test_while_the_go_live_job_runs_visitors_get_the_page_as_it_was_until_it_rendered(
    client, go_live, django_assert_num_queries, monkeypatch
):
    from django.db import connection

    from campaign.platform.page_cache.prerender import prerender

    # The job's requests run through the site's handler, which would close the test's
    # connection at their end.
    monkeypatch.setattr(connection, "close_if_unusable_or_obsolete", lambda: None)
    with time_machine.travel(go_live - timedelta(minutes=1), tick=False):
        client.get("/jp/stories/")
        prerender([])  # the job's run of that minute: nothing to render yet
    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        local_pages.clear()
        # No visitor renders it, not even the first: the job will.
        for _ in range(3):
            with django_assert_num_queries(0):
                response = client.get("/jp/stories/")
            assert response.headers["X-Page-Cache"] == "stale"
            assert "Late rink" not in response.content.decode()
        assert prerender(["http://testserver/jp/stories/"]) == {
            "http://testserver/jp/stories/": "200"
        }
        response = client.get("/jp/stories/")
        assert response.headers["X-Page-Cache"] == "hit"
        assert "Late rink" in response.content.decode()


@pytest.mark.parametrize("job", ["stopped", "late"])
def test_without_the_job_or_past_its_time_the_first_visitor_renders_the_go_live(
    client, go_live, settings, job
):
    from campaign.platform.page_cache.prerender import JOB_SEEN_KEY

    with time_machine.travel(go_live - timedelta(minutes=1), tick=False):
        client.get("/jp/stories/")
    overdue = settings.PAGE_CACHE_GO_LIVE_SECONDS + 1 if job == "late" else 1
    with time_machine.travel(go_live + timedelta(seconds=overdue), tick=False):
        if job == "late":
            cache.set(JOB_SEEN_KEY, 1, 600)
        local_pages.clear()
        response = client.get("/jp/stories/")
        assert response.headers["X-Page-Cache"] == "miss"
        assert "Late rink" in response.content.decode()


def test_the_first_page_after_a_flush_is_kept(client, home, settings):
    # Its fragments (navigation, footer) are stored while it renders, and start the
    # cache's memory: the page began before them and must still count as fresh.
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    local_pages.clear()

    assert client.get("/jp/").headers["X-Page-Cache"] == "miss"
    assert client.get("/jp/").headers["X-Page-Cache"] == "hit"


def test_at_a_go_live_each_process_asks_redis_for_the_new_version_twice_a_second(
    client, go_live, monkeypatch, settings
):
    from django.db import connection

    from campaign.platform.page_cache import local
    from campaign.platform.page_cache.prerender import prerender

    monkeypatch.setattr(connection, "close_if_unusable_or_obsolete", lambda: None)
    with time_machine.travel(go_live - timedelta(minutes=1), tick=False):
        client.get("/jp/stories/")
        prerender([])
    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        local_pages.clear()
        assert client.get("/jp/stories/").headers["X-Page-Cache"] == "stale"
        # The job, in its own process, stores the new version in Redis.
        with monkeypatch.context() as job_process:
            job_process.setattr(middleware, "local_pages", LocalPages())
            prerender(["http://testserver/jp/stories/"])

        reads = []
        real_get, real_get_many = cache.get, cache.get_many
        monkeypatch.setattr(cache, "get", lambda *a, **k: reads.append(a) or real_get(*a, **k))
        monkeypatch.setattr(
            cache, "get_many", lambda *a, **k: reads.append(a) or real_get_many(*a, **k)
        )
        held = client.get("/jp/stories/")
        assert (held.headers["X-Page-Cache"], reads) == ("stale", [])
        assert "Late rink" not in held.content.decode()

        later = time.monotonic() + settings.PAGE_CACHE_GO_LIVE_RECHECK_SECONDS
        monkeypatch.setattr(local.time, "monotonic", lambda: later)
        response = client.get("/jp/stories/")
        assert response.headers["X-Page-Cache"] == "hit"
        assert "Late rink" in response.content.decode()


def test_at_its_moment_a_process_holds_its_own_copy_rather_than_fetch_it_again(
    client, go_live, monkeypatch
):
    from campaign.platform.page_cache.prerender import prerender

    with time_machine.travel(go_live - timedelta(minutes=1), tick=False):
        client.get("/jp/stories/")  # this process keeps its copy
        prerender([])
    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        read = []
        real_get = cache.get
        monkeypatch.setattr(
            cache, "get", lambda key, *a, **k: read.append(key) or real_get(key, *a, **k)
        )

        response = client.get("/jp/stories/")

    assert response.headers["X-Page-Cache"] == "stale"
    assert "Late rink" not in response.content.decode()
    assert key_of("/jp/stories/") not in read
