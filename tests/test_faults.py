"""When the database or Redis fails, visitors get a clear 503 and editors lose no edit."""

from unittest import mock

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse

import pytest
import redis

from campaign.models import FilmPage, Quote
from campaign.platform import redis_breaker
from campaign.settings.cache import cache_settings
from ops.admin_forms import browser_form_data
from tests.factories import FilmPageFactory, QuoteFactory

DEAD_REDIS = "redis://127.0.0.1:1/0"
LIVE_REDIS = "redis://127.0.0.1:6379/15"
WRITES = ("INSERT", "UPDATE", "DELETE")


def database_down(execute, sql, params, many, context):
    raise OperationalError("could not connect to server: Connection refused")


def writes_fail(execute, sql, params, many, context):
    # The database goes away just as an editor saves: reads worked, the write does not.
    if sql.lstrip().upper().startswith(WRITES):
        raise OperationalError("server closed the connection unexpectedly")
    return execute(sql, params, many, context)


@pytest.fixture(autouse=True)
def _redis_breaker_closed():
    # The pause after a Redis failure is per process: no test inherits another's.
    redis_breaker.breaker.reset()
    yield
    redis_breaker.breaker.reset()


def redis_is_running():
    try:
        return redis.Redis.from_url(LIVE_REDIS, socket_connect_timeout=1).ping()
    except redis.exceptions.RedisError:
        return False


@pytest.fixture
def visitor():
    # Like a browser: the server's error page comes back instead of an exception.
    return Client(raise_request_exception=False)


@pytest.fixture
def editor():
    user = get_user_model().objects.create_superuser("outage-editor", "e@example.com", "pw")
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_a_database_outage_is_a_503_page_not_a_500(home, visitor):
    with connection.execute_wrapper(database_down):
        response = visitor.get("/jp/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Briefly unavailable" in response.content.decode()


def test_other_errors_stay_500(home, visitor):
    with mock.patch("campaign.site.views.market_for_accept_language", side_effect=ValueError):
        response = visitor.get("/")

    assert response.status_code == 500


def test_the_site_serves_pages_while_redis_is_down(home, visitor, settings):
    settings.CACHES = cache_settings(DEAD_REDIS)

    response = visitor.get("/jp/")

    assert response.status_code == 200
    # The cache reads a dead server as misses and drops writes, without raising.
    cache.set("key", "value")
    assert cache.get("key") is None


def test_a_redis_outage_costs_one_connection_attempt_not_one_per_cache_call(settings):
    settings.CACHES = cache_settings(DEAD_REDIS)

    with mock.patch.object(
        redis_breaker.FailFastConnection,
        "_connect",
        autospec=True,
        side_effect=ConnectionRefusedError(111, "Connection refused"),
    ) as connect:
        for _call in range(50):
            cache.set("key", "value")
            assert cache.get("key") is None

    assert connect.call_count == 1


@pytest.mark.skipif(not redis_is_running(), reason="needs Redis on 127.0.0.1:6379 (make redis)")
def test_the_cache_uses_redis_again_once_it_is_back(settings, monkeypatch):
    settings.CACHES = cache_settings(LIVE_REDIS)
    redis_breaker.breaker.trip(ConnectionError("Redis restarting"))

    cache.set("key", "while paused")
    assert cache.get("key") is None

    later = redis_breaker.time.monotonic() + redis_breaker.PAUSE_SECONDS + 1
    monkeypatch.setattr(redis_breaker.time, "monotonic", lambda: later)
    cache.set("key", "back")
    assert cache.get("key") == "back"
    cache.delete("key")


def _form(editor, url, changes):
    data = browser_form_data(editor.get(url).content.decode())
    data.update(changes)
    return data


# Without a transaction around the test, as on a live server: a failed write in the
# middle of a request must not leave the next one broken.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_saved_during_an_outage_says_so_and_keeps_the_last_draft(film_index, editor):
    film = FilmPageFactory(parent=film_index, title="The rower")
    film.save_revision().publish()
    revisions_before = film.revisions.count()
    url = reverse("wagtailadmin_pages:edit", args=[film.pk])
    data = _form(editor, url, {"title_en": "The rower, recut"})

    with connection.execute_wrapper(writes_fail):
        response = editor.post(url, data)

    assert response.status_code == 503
    assert "Your changes have not been saved." in response.content.decode()
    film = FilmPage.objects.get(pk=film.pk)
    assert film.revisions.count() == revisions_before
    assert film.get_latest_revision_as_object().title_en == "The rower"

    # Once the database is back, the same form saves.
    response = editor.post(url, data)

    assert response.status_code == 302
    film = FilmPage.objects.get(pk=film.pk)
    assert film.get_latest_revision_as_object().title_en == "The rower, recut"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_snippet_saved_during_an_outage_says_so_and_is_kept(markets, editor):
    quote = QuoteFactory(text="Small is mighty.")
    quote.save_revision().publish()
    url = reverse("wagtailsnippets_campaign_quote:edit", args=[quote.pk])
    data = _form(editor, url, {"text_en": "Small is mightier."})

    with connection.execute_wrapper(writes_fail):
        response = editor.post(url, data)

    assert response.status_code == 503
    assert "Your changes have not been saved." in response.content.decode()
    assert Quote.objects.get(pk=quote.pk).text_en == "Small is mighty."

    response = editor.post(url, data)

    assert response.status_code == 302
    assert Quote.objects.get(pk=quote.pk).get_latest_revision_as_object().text_en == (
        "Small is mightier."
    )
