"""At a go-live, the pages it changes are rendered by the periodic job, not the first visitor:
ahead, in the run before the moment, and at the moment for what that missed."""

import time
from datetime import timedelta

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

import pytest
import time_machine

from campaign.markets.golive import (
    addresses_changed_by,
    changes_between,
    render_coming_changes,
    render_schedule_changes,
)
from campaign.models import HomePageQuote, PageMarketSchedule, QuoteMarketSchedule
from campaign.platform.page_cache import middleware
from campaign.platform.page_cache import moment as rendering
from campaign.platform.page_cache.fragments import cached_fragment
from campaign.platform.page_cache.local import local_pages
from campaign.site.search.market_search import search_market
from tests.factories import AthleteStoryPageFactory, QuoteFactory


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 600


@pytest.fixture(autouse=True)
def connection_kept_by_the_job(monkeypatch):
    """The job's requests run through the site's handler, whose request signals close a
    connection left in a transaction (the test's own, on PostgreSQL); the test client
    keeps it, and so does this."""
    monkeypatch.setattr(connection, "close_if_unusable_or_obsolete", lambda: None)


def state(client, url):
    response = client.get(url)
    return response.headers.get("X-Page-Cache"), response.content.decode()


@pytest.fixture
def go_live():
    return (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)


def test_the_job_renders_a_story_and_its_listing_at_their_go_live(
    client, story_index, markets, go_live
):
    story = AthleteStoryPageFactory(parent=story_index, title="Late rink", slug="late-rink")
    PageMarketSchedule.objects.create(page=story, market=markets["jp"], go_live_at=go_live)
    with time_machine.travel(go_live - timedelta(minutes=5), tick=False):
        assert "Late rink" not in client.get("/jp/stories/").content.decode()
        assert state(client, "/jp/stories/")[0] == "hit"
        render_schedule_changes()  # the job's earlier runs: nothing changed yet

    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        statuses = render_schedule_changes()
        # Under the host visitors use (remembered with the listing that was cached).
        assert statuses == {
            "http://testserver/jp/stories/": "200",
            "http://testserver/jp/stories/late-rink/": "200",
        }
        for url in ("/jp/stories/", "/jp/stories/late-rink/"):
            cached, html = state(client, url)
            assert cached == "hit" and "Late rink" in html


def test_a_quote_expiring_re_renders_the_homes_that_showed_it_in_that_market(
    client, home, markets, go_live
):
    quote = QuoteFactory(text="Small can be calculated.", text_ko="작은 것")
    HomePageQuote.objects.create(page=home, quote=quote, sort_order=0)
    QuoteMarketSchedule.objects.create(quote=quote, market=markets["us"], expire_at=go_live)
    with time_machine.travel(go_live - timedelta(minutes=5), tick=False):
        client.get("/us/")
        client.get("/jp/")

    changes = changes_between(go_live - timedelta(minutes=1), go_live)

    assert changes == [(quote, markets["us"])]
    assert addresses_changed_by(changes) == ["http://testserver/us/"]


def test_the_job_catches_up_after_a_pause_but_not_on_everything(story_index, markets, go_live):
    story = AthleteStoryPageFactory(parent=story_index, title="Rink")
    PageMarketSchedule.objects.create(page=story, market=markets["uk"], go_live_at=go_live)
    with time_machine.travel(go_live - timedelta(minutes=30), tick=False):
        render_schedule_changes()

    with time_machine.travel(go_live + timedelta(minutes=10), tick=False):
        # No visitor was seen yet: the page is rendered under its site's address.
        assert f"http://localhost/uk/stories/{story.slug}/" in render_schedule_changes()


def test_each_run_books_one_run_at_the_next_whole_minute(monkeypatch):
    from campaign import tasks

    booked = []
    monkeypatch.setattr(
        tasks.render_go_lives_at_the_minute, "schedule", lambda eta: booked.append(eta)
    )
    moment = timezone.now().replace(second=42, microsecond=0)

    # The worker's minute check may fall anywhere in a minute: the booking does not.
    assert tasks.book_the_next_minute(moment) == moment.replace(second=0) + timedelta(minutes=1)
    # A periodic run and a booked run in the same minute book the next minute once.
    assert tasks.book_the_next_minute(moment + timedelta(seconds=10)) is None
    assert booked == [moment.replace(second=0) + timedelta(minutes=1)]


def test_a_run_renders_and_keeps_the_chain_going(monkeypatch):
    from campaign import tasks

    calls = []
    monkeypatch.setattr(tasks, "render_schedule_changes", lambda: calls.append("render"))
    monkeypatch.setattr(tasks, "render_coming_changes", lambda: calls.append("ahead"))
    monkeypatch.setattr(tasks, "book_the_next_minute", lambda: calls.append("book"))

    tasks.render_go_lives.call_local()
    with tasks.HUEY.lock_task("render-go-lives"):
        tasks.render_go_lives_at_the_minute.call_local()  # another run holds the lock

    assert calls == ["render", "ahead", "book", "book"]


def test_the_job_renders_an_address_written_in_the_markets_script(client, story_index, markets):
    from urllib.parse import quote

    from campaign.platform.page_cache.prerender import prerender

    AthleteStoryPageFactory(parent=story_index, title="Rink", slug="rink", slug_ja="リンク")
    url = "http://testserver" + quote("/jp/stories/リンク/")

    # As visitors' browsers send it: percent-encoded, which WSGI hands on decoded.
    assert prerender([url]) == {url: "200"}
    assert state(client, "/jp/stories/リンク/")[0] == "hit"


def test_the_run_before_a_go_live_renders_the_new_version_for_its_moment(
    client, story_index, markets, go_live
):
    story = AthleteStoryPageFactory(parent=story_index, title="Late rink", slug="late-rink")
    PageMarketSchedule.objects.create(page=story, market=markets["jp"], go_live_at=go_live)
    with time_machine.travel(go_live - timedelta(minutes=5), tick=False):
        client.get("/jp/stories/")
        # Too early: the go-live comes after the next run.
        assert render_coming_changes() == {}

    with time_machine.travel(go_live - timedelta(seconds=50), tick=False):
        assert render_coming_changes() == {
            go_live: {
                "http://testserver/jp/stories/": "200",
                "http://testserver/jp/stories/late-rink/": "200",
            }
        }
        # Until the moment, visitors get the listing as it is and no story page.
        cached, html = state(client, "/jp/stories/")
        assert cached == "hit" and "Late rink" not in html
        assert client.get("/jp/stories/late-rink/").status_code == 404

    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        # No run at the moment yet: the first visitors get the version rendered ahead.
        for url in ("/jp/stories/", "/jp/stories/late-rink/"):
            cached, html = state(client, url)
            assert cached == "hit" and "Late rink" in html
        # The run at the moment finds them stored and renders nothing again.
        assert render_schedule_changes() == {
            "http://testserver/jp/stories/": "stored",
            "http://testserver/jp/stories/late-rink/": "stored",
        }
        assert state(client, "/jp/stories/")[0] == "hit"


def _rendered_ahead_then_edited(client, story_index, markets, go_live):
    """A listing rendered ahead for a story's go-live, then the story edited before it."""
    story = AthleteStoryPageFactory(parent=story_index, title="Late rink", slug="late-rink")
    PageMarketSchedule.objects.create(page=story, market=markets["jp"], go_live_at=go_live)
    with time_machine.travel(go_live - timedelta(minutes=5), tick=False):
        client.get("/jp/stories/")
    with time_machine.travel(go_live - timedelta(seconds=50), tick=False):
        render_coming_changes()
    with time_machine.travel(go_live - timedelta(seconds=20), tick=False):
        story.title = "Later rink"
        story.save_revision().publish()


def test_a_version_rendered_ahead_is_not_served_after_an_edit(
    client, story_index, markets, go_live
):
    _rendered_ahead_then_edited(client, story_index, markets, go_live)

    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        # Not the version rendered before the edit: the page with the edit, rendered now.
        cached, html = state(client, "/jp/stories/")
        assert cached == "miss" and "Later rink" in html and "Late rink" not in html


def test_the_run_at_the_moment_renders_what_an_edit_made_stale_since_the_run_before(
    client, story_index, markets, go_live
):
    _rendered_ahead_then_edited(client, story_index, markets, go_live)

    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        assert render_schedule_changes() == {
            "http://testserver/jp/stories/": "200",
            "http://testserver/jp/stories/late-rink/": "200",
        }
        cached, html = state(client, "/jp/stories/")
        assert cached == "hit" and "Later rink" in html


def test_search_rendered_ahead_finds_what_goes_live_and_keeps_nothing_for_now(
    client, story_index, markets, go_live
):
    from campaign.platform.page_cache.prerender import prerender

    story = AthleteStoryPageFactory(parent=story_index, title="Rink of ducks", slug="rink")
    PageMarketSchedule.objects.create(page=story, market=markets["us"], go_live_at=go_live)
    story.save_revision().publish()  # its search documents carry the schedule
    url = "http://testserver/us/search/?q=ducks"
    with time_machine.travel(go_live - timedelta(seconds=50), tick=False):
        with rendering.ahead_to(go_live):
            assert len(search_market(markets["us"], "ducks")) == 1
        assert prerender([url], ahead_to=go_live) == {url: "200"}
        # What was found for the coming moment is not kept for now, nor that no change
        # comes after it: the search page rendered now is cached until the go-live.
        assert len(search_market(markets["us"], "ducks")) == 0
        cached, html = state(client, "/us/search/?q=ducks")
        assert cached == "miss" and "Rink of ducks" not in html
    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        cached, html = state(client, "/us/search/?q=ducks")
        assert cached == "hit" and "Rink of ducks" in html


def test_search_results_for_a_moment_later_in_this_minute_are_not_kept(
    story_index, markets, go_live
):
    moment = go_live + timedelta(seconds=40)
    story = AthleteStoryPageFactory(parent=story_index, title="Rink of ducks", slug="rink")
    PageMarketSchedule.objects.create(page=story, market=markets["us"], go_live_at=moment)
    story.save_revision().publish()
    with time_machine.travel(go_live + timedelta(seconds=10), tick=False):
        with rendering.ahead_to(moment):
            assert len(search_market(markets["us"], "ducks")) == 1
        assert len(search_market(markets["us"], "ducks")) == 0


def test_a_fragment_rendered_ahead_is_not_kept_for_visitors_of_now(go_live, db):
    renders = []

    def render():
        renders.append(1)
        return "<nav>coming</nav>"

    with rendering.ahead_to(go_live):
        cached_fragment(render, "navigation", "jp")
    cached_fragment(render, "navigation", "jp")
    cached_fragment(render, "navigation", "jp")

    assert len(renders) == 2


def _listing_key():
    return middleware.cache_key(RequestFactory().get("/jp/stories/"))


def _coming_version_fetched(client, story_index, markets, go_live):
    """A listing kept by this process; the job renders it ahead; a visitor 5 s before the
    moment."""
    story = AthleteStoryPageFactory(parent=story_index, title="Late rink", slug="late-rink")
    PageMarketSchedule.objects.create(page=story, market=markets["jp"], go_live_at=go_live)
    with time_machine.travel(go_live - timedelta(minutes=5), tick=False):
        client.get("/jp/stories/")
    with time_machine.travel(go_live - timedelta(seconds=50), tick=False):
        render_coming_changes()
    with time_machine.travel(go_live - timedelta(seconds=20), tick=False):
        assert state(client, "/jp/stories/")[0] == "hit"
        assert local_pages.successor(_listing_key()) is None  # not yet: too early
    with time_machine.travel(go_live - timedelta(seconds=5), tick=False):
        cached, html = state(client, "/jp/stories/")
        assert cached == "hit" and "Late rink" not in html
    return story


def _served_at_the_moment(client, key, go_live, monkeypatch):
    """The listing a second after the moment, with the page and its next version gone from
    the shared cache: its state, its HTML and the page keys read from the shared cache."""
    cache.delete_many([key, middleware.NEXT_PREFIX + key.removeprefix(middleware.ENTRY_PREFIX)])
    reads = []
    real_get = cache.get
    monkeypatch.setattr(cache, "get", lambda k, *a, **kw: reads.append(k) or real_get(k, *a, **kw))
    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        cached, html = state(client, "/jp/stories/")
    return cached, html, [k for k in reads if k.startswith(("page-cache:page", "page-cache:next"))]


def test_each_process_fetches_the_coming_version_and_serves_it_from_the_moment_on(
    client, story_index, markets, go_live, monkeypatch
):
    _coming_version_fetched(client, story_index, markets, go_live)
    key = _listing_key()
    assert local_pages.successor(key)["valid_from"] == go_live.timestamp()
    # Served from this process: neither the page nor its next version is fetched again.
    cached, html, shared_reads = _served_at_the_moment(client, key, go_live, monkeypatch)

    assert cached == "hit" and "Late rink" in html
    assert shared_reads == []


def test_a_version_fetched_ahead_is_not_served_after_an_edit(client, story_index, markets, go_live):
    story = _coming_version_fetched(client, story_index, markets, go_live)
    with time_machine.travel(go_live - timedelta(seconds=3), tick=False):
        story.title = "Later rink"
        story.save_revision().publish()

    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        cached, html = state(client, "/jp/stories/")

    assert "Later rink" in html and "Late rink" not in html


def test_after_a_quiet_minute_the_process_fetched_the_coming_version_itself(
    client, story_index, markets, go_live, monkeypatch
):
    story = AthleteStoryPageFactory(parent=story_index, title="Late rink", slug="late-rink")
    PageMarketSchedule.objects.create(page=story, market=markets["jp"], go_live_at=go_live)
    with time_machine.travel(go_live - timedelta(minutes=5), tick=False):
        client.get("/jp/stories/")
    key = _listing_key()
    assert (go_live.timestamp(), key) in middleware.prefetch_timer.booked()
    with time_machine.travel(go_live - timedelta(seconds=50), tick=False):
        render_coming_changes()
        middleware.prefetch_timer.run_due(time.time())
    assert local_pages.successor(key) is None  # not yet: too early
    # No visitor in the seconds before the moment; the process's timer fetches it.
    with time_machine.travel(go_live - timedelta(seconds=9), tick=False):
        middleware.prefetch_timer.run_due(time.time())
    assert local_pages.successor(key)["valid_from"] == go_live.timestamp()
    cached, html, shared_reads = _served_at_the_moment(client, key, go_live, monkeypatch)

    assert cached == "hit" and "Late rink" in html
    assert shared_reads == []
    assert middleware.prefetch_timer.booked() == set()
