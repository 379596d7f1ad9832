"""The full-page cache: hits for anonymous visitors only, refreshed exactly when content changes."""

from datetime import timedelta

from django.conf import settings as django_settings
from django.utils import timezone

import pytest
import time_machine

from campaign.models import HomePageFeature, HomePageQuote, PageMarketSchedule
from tests.factories import AthleteStoryPageFactory, FilmPageFactory, QuoteFactory, UserFactory

MARKET_PREFIXES = ["cn", "jp", "kr", "us", "uk"]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def site(home, film_index, story_index):
    film = FilmPageFactory(parent=film_index, title="Manifesto", slug="manifesto", **_ko("film"))
    story = AthleteStoryPageFactory(parent=story_index, title="Rower", slug="rower", **_ko("story"))
    quote = QuoteFactory(text="Small can be calculated.", text_ko="작은 것")
    HomePageQuote.objects.create(page=home, quote=quote, sort_order=0)
    HomePageFeature.objects.create(page=home, feature=film, sort_order=0)
    return {"home": home, "film": film, "story": story, "quote": quote}


def _ko(kind):
    fields = {"title_ko": "제목"}
    fields.update({"film": {"logline_ko": "로그라인"}, "story": {"summary_ko": "요약"}}[kind])
    return fields


def state(client, url):
    return client.get(url).headers.get("X-Page-Cache")


def warm(client, urls):
    for url in urls:
        client.get(url)
    assert all(state(client, url) == "hit" for url in urls)


def test_second_anonymous_visit_is_a_cache_hit_without_database_queries(
    client, site, django_assert_num_queries
):
    assert state(client, "/jp/films/manifesto/") == "miss"

    with django_assert_num_queries(0):
        response = client.get("/jp/films/manifesto/")

    assert response.headers["X-Page-Cache"] == "hit"
    assert "Manifesto" in response.content.decode()
    assert response.has_header("ETag")
    assert "max-age=0" in response["Cache-Control"]


def test_each_market_and_query_string_is_cached_separately(client, site):
    client.get("/jp/films/")
    assert state(client, "/uk/films/") == "miss"
    assert state(client, "/jp/films/?channel=tv") == "miss"


def test_editors_are_never_served_or_stored_in_the_cache(client, site):
    client.get("/us/films/manifesto/")
    client.force_login(UserFactory(username="editor"))

    response = client.get("/us/films/manifesto/")

    assert response.headers.get("X-Page-Cache") is None
    client.logout()


def test_previews_are_never_cached(site, markets):
    response = site["film"].make_preview_request(preview_mode="jp")
    assert response.headers.get("X-Page-Cache") is None


def test_not_found_pages_are_not_cached(client, site):
    client.get("/jp/films/nothing/")
    assert state(client, "/jp/films/nothing/") is None


def test_republishing_a_film_refreshes_its_pages_in_every_market_and_no_other(client, site):
    film = site["film"]
    film_urls = [f"/{p}/films/manifesto/" for p in MARKET_PREFIXES]
    others = ["/us/stories/rower/", "/jp/stories/"]
    warm(client, [*film_urls, "/jp/films/", "/us/", *others])

    film.logline = "A new logline"
    film.save_revision().publish()

    assert all(state(client, url) == "miss" for url in [*film_urls, "/jp/films/", "/us/"])
    assert all(state(client, url) == "hit" for url in others)
    assert "A new logline" in client.get("/us/films/manifesto/").content.decode()


def test_unpublishing_a_story_refreshes_the_story_list(client, site):
    warm(client, ["/us/stories/", "/us/films/"])

    site["story"].unpublish()

    assert state(client, "/us/stories/") == "miss"
    assert "Rower" not in client.get("/us/stories/").content.decode()
    assert state(client, "/us/films/") == "hit"


def test_moving_a_page_refreshes_its_listing(client, site, film_index):
    other = FilmPageFactory(parent=film_index, title="Second film", **_ko("film"))
    warm(client, ["/us/films/", "/us/stories/"])

    other.move(site["film"], pos="left")

    assert state(client, "/us/films/") == "miss"
    assert state(client, "/us/stories/") == "hit"


def test_changing_a_quote_refreshes_every_home_that_shows_it_and_no_other_page(client, site):
    homes = [f"/{p}/" for p in MARKET_PREFIXES]
    warm(client, [*homes, "/us/films/manifesto/"])

    quote = site["quote"]
    quote.text_en = "Small can be measured."
    quote.save_revision().publish()

    assert all(state(client, url) == "miss" for url in homes)
    assert state(client, "/us/films/manifesto/") == "hit"
    assert "Small can be measured." in client.get("/us/").content.decode()


def test_renaming_a_market_refreshes_every_page(client, site, markets):
    warm(client, ["/us/", "/jp/films/manifesto/"])

    markets["jp"].name_en = "Nippon"
    markets["jp"].save()

    assert state(client, "/us/") == "miss"
    assert state(client, "/jp/films/manifesto/") == "miss"


def _in_a_month():
    return (timezone.now() + timedelta(days=30)).replace(second=0, microsecond=0)


def test_a_go_live_refreshes_the_listing_of_its_market_at_that_moment(
    client, site, film_index, markets
):
    # In the future, so that what the test creates now is older than every moment it visits.
    go_live = _in_a_month()
    late = FilmPageFactory(parent=film_index, title="Late film", **_ko("film"))
    PageMarketSchedule.objects.create(page=late, market=markets["jp"], go_live_at=go_live)

    with time_machine.travel(go_live - timedelta(minutes=10), tick=False):
        assert "Late film" not in client.get("/jp/films/").content.decode()
        assert state(client, "/jp/films/") == "hit"
    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        response = client.get("/jp/films/")
        assert response.headers["X-Page-Cache"] == "miss"
        assert "Late film" in response.content.decode()


def test_an_expiry_ends_the_cached_page_of_the_expiring_item(client, site, markets):
    expiry = _in_a_month()
    PageMarketSchedule.objects.create(page=site["film"], market=markets["us"], expire_at=expiry)

    with time_machine.travel(expiry - timedelta(minutes=1), tick=False):
        assert client.get("/us/films/manifesto/").status_code == 200
        assert state(client, "/us/films/manifesto/") == "hit"
    with time_machine.travel(expiry, tick=False):
        assert client.get("/us/films/manifesto/").status_code == 404


def test_conditional_get_answers_304_with_the_etag(client, site):
    etag = client.get("/us/").headers["ETag"]

    response = client.get("/us/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304


def test_page_cache_is_off_when_its_lifetime_is_zero(client, site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/us/")
    assert state(client, "/us/") is None
    assert django_settings.PAGE_CACHE_SECONDS == 0
