"""The collection endpoint: what it counts, what it refuses, and what it never keeps."""

import json

from django.db import connection

import pytest

from campaign.engagement import buffer as buffer_module
from campaign.engagement.models import DailyCount, DailyVisitors, VisitorMark
from campaign.engagement.rollup import roll_up
from campaign.models import Market
from tests.engagement import BROWSER, buffered, buffered_bytes, send_beacon

pytestmark = pytest.mark.django_db


def test_a_page_view_is_buffered_and_answered_without_a_cookie(client, home, markets):
    response = send_beacon(client, m="jp", e="view", p=home.pk)

    assert response.status_code == 204
    assert response.cookies == {}
    assert "Set-Cookie" not in response
    assert response["Cache-Control"] == "no-store"
    [event] = buffered()
    assert event["m"] == "jp" and event["e"] == "view" and event["p"] == home.pk
    assert set(event) <= {"t", "m", "e", "p", "v", "x", "r", "f"}


def test_neither_the_address_nor_the_user_agent_is_kept_anywhere(client, home, markets):
    address = "198.51.100.23"
    user_agent = BROWSER + " Unmistakable/7.7"
    send_beacon(client, m="jp", e="view", p=home.pk, address=address, user_agent=user_agent)
    assert address.encode() not in buffered_bytes()
    assert b"Unmistakable" not in buffered_bytes()

    roll_up()

    for table in connection.introspection.table_names():
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (names from the schema)
            text = repr(cursor.fetchall())
        assert address not in text, table
        assert "Unmistakable" not in text, table
    assert VisitorMark.objects.count() == 1
    assert DailyVisitors.objects.get().visitors == 1


def test_the_visitor_hash_changes_with_the_market(client, home, markets):
    send_beacon(client, m="jp", p=home.pk)
    send_beacon(client, m="kr", p=home.pk)

    first, second = buffered()
    assert first["v"] != second["v"]


@pytest.mark.parametrize("header", [{"HTTP_DNT": "1"}, {"HTTP_SEC_GPC": "1"}])
def test_a_browser_that_asks_not_to_be_tracked_is_not_counted(client, home, markets, header):
    response = client.post(
        "/engagement/events",
        data=json.dumps({"m": "jp", "e": "view", "p": home.pk}),
        content_type="text/plain",
        HTTP_USER_AGENT=BROWSER,
        **header,
    )

    assert response.status_code == 204
    assert buffered() == []


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0.0.0 Safari/537.36",
        "curl/8.5.0",
        "",
    ],
)
def test_robots_are_not_counted(client, home, markets, user_agent):
    response = send_beacon(client, m="jp", p=home.pk, user_agent=user_agent)

    assert response.status_code == 204
    assert buffered() == []


@pytest.mark.parametrize(
    "header",
    [{"HTTP_SEC_PURPOSE": "prefetch"}, {"HTTP_PURPOSE": "prefetch"}, {"HTTP_X_MOZ": "prefetch"}],
)
def test_prefetches_are_not_counted(client, home, markets, header):
    client.post(
        "/engagement/events",
        data=json.dumps({"m": "jp", "e": "view", "p": home.pk}),
        content_type="text/plain",
        HTTP_USER_AGENT=BROWSER,
        **header,
    )

    assert buffered() == []


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[]",
        json.dumps({"m": "jp", "e": "bought"}),
        json.dumps({"m": "jp", "e": "view", "ip": "1.2.3.4"}),
        json.dumps({"m": "jp", "e": "play"}),
        json.dumps({"m": "jp", "e": "play", "f": True}),
        json.dumps({"m": "jp", "e": "view", "p": -4}),
        json.dumps({"m": "jp", "e": "view", "p": "12"}),
        json.dumps({"e": "view"}),
        json.dumps({"m": "jp", "e": "view", "r": "x" * 600}),
        json.dumps({"m": "jp", "e": "view", "q": "?" + "a" * 3000}),
        "\xff\xfe",
    ],
)
def test_what_is_not_a_beacon_is_refused_with_400(client, markets, body):
    response = send_beacon(client, body)

    assert response.status_code == 400
    assert buffered() == []


def test_an_empty_body_is_refused(client, markets):
    assert send_beacon(client, "").status_code == 400


def test_only_post_is_answered(client, markets):
    response = client.get("/engagement/events")

    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_an_unknown_market_is_not_counted(client, markets):
    assert send_beacon(client, m="xx").status_code == 204
    assert buffered() == []


def test_an_inactive_market_is_not_counted(client, markets):
    Market.objects.filter(code="jp").update(is_active=False)

    send_beacon(client, m="jp")

    assert buffered() == []


def test_another_sites_page_cannot_report(client, markets):
    client.post(
        "/engagement/events",
        data=json.dumps({"m": "jp", "e": "view"}),
        content_type="text/plain",
        HTTP_USER_AGENT=BROWSER,
        HTTP_SEC_FETCH_SITE="cross-site",
    )

    assert buffered() == []


def test_a_beacon_queries_no_database_and_writes_the_buffer_once(
    client, home, markets, django_assert_num_queries, monkeypatch
):
    send_beacon(client, m="jp", p=home.pk)  # the market list is read once per process
    pushes = []
    real_push = buffer_module.SpoolBuffer.push
    monkeypatch.setattr(
        buffer_module.SpoolBuffer,
        "push",
        lambda self, event: pushes.append(event) or real_push(self, event),
    )

    with django_assert_num_queries(0):
        response = send_beacon(client, m="jp", p=home.pk, f=None)

    assert response.status_code == 204
    assert len(pushes) == 1


def test_a_buffer_outage_drops_the_event_without_an_error(client, home, markets, monkeypatch):
    def unavailable(self, event):
        raise buffer_module.BufferUnavailable("Redis is down")

    monkeypatch.setattr(buffer_module.SpoolBuffer, "push", unavailable)

    assert send_beacon(client, m="jp", p=home.pk).status_code == 204


def test_referrers_are_kept_as_their_host_and_campaign_tags_are_kept(client, home, markets):
    send_beacon(
        client,
        m="jp",
        p=home.pk,
        r="https://www.news.example.com/articles/123?id=secret",
        q="?utm_source=Instagram&utm_medium=social&utm_campaign=launch&fbclid=abc",
    )

    roll_up()

    visit = DailyCount.objects.get(event="visit")
    assert visit.referrer == "news.example.com"
    assert (visit.utm_source, visit.utm_medium, visit.utm_campaign) == (
        "instagram",
        "social",
        "launch",
    )
    assert "secret" not in buffered_bytes().decode()
    assert not DailyCount.objects.filter(referrer__contains="articles").exists()


def test_a_view_from_another_page_of_the_site_is_not_a_new_visit(client, home, markets):
    send_beacon(client, m="jp", p=home.pk, r="http://testserver/jp/")

    roll_up()

    assert DailyCount.objects.get(event="view").count == 1
    assert not DailyCount.objects.filter(event="visit").exists()
