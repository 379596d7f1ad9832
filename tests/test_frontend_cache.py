"""A CDN in front is purged of exactly the pages a change makes stale, when one is configured."""

from wagtail.contrib.frontend_cache.backends import BaseBackend

import pytest

from campaign.models import HomePageQuote
from tests.factories import FilmPageFactory, QuoteFactory

PURGED = []


class RecordingBackend(BaseBackend):
    """Stands for a CDN: remembers what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def cdn(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    return PURGED


def test_publishing_a_film_purges_its_address_in_every_market_that_showed_it(
    client, cdn, film_index, django_capture_on_commit_callbacks
):
    film = FilmPageFactory(parent=film_index, slug="manifesto", title_ko="제목", logline_ko="로그")
    for prefix in ("jp", "uk"):
        client.get(f"/{prefix}/films/manifesto/")
    client.get("/jp/stories/")

    with django_capture_on_commit_callbacks(execute=True):
        film.save_revision().publish()

    assert "http://testserver/jp/films/manifesto/" in cdn
    assert "http://testserver/uk/films/manifesto/" in cdn
    assert "http://testserver/jp/stories/" not in cdn


def test_changing_a_quote_purges_the_homes_that_show_it(
    client, cdn, home, django_capture_on_commit_callbacks
):
    quote = QuoteFactory(text="Small", text_ko="작은")
    HomePageQuote.objects.create(page=home, quote=quote, sort_order=0)
    client.get("/cn/")
    client.get("/kr/")

    with django_capture_on_commit_callbacks(execute=True):
        quote.save_revision().publish()

    assert {"http://testserver/cn/", "http://testserver/kr/"} <= set(cdn)


def test_nothing_is_purged_when_no_frontend_cache_is_configured(
    client, settings, film_index, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    PURGED.clear()
    film = FilmPageFactory(parent=film_index, slug="rower")
    client.get("/us/films/rower/")

    with django_capture_on_commit_callbacks(execute=True):
        film.save_revision().publish()

    assert PURGED == []
