"""The launch calendar lists upcoming go-lives and expiries per market, and marks those at risk."""

from datetime import UTC, datetime, timedelta

from django.urls import reverse

import pytest
import time_machine

from campaign.markets.roles import EDITORS
from campaign.models import PageMarketSchedule, QuoteMarketSchedule
from campaign.workflow.calendar import launch_calendar
from campaign.workflow.setup import setup_campaign_roles
from tests.factories import FilmPageFactory, QuoteFactory, UserFactory

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
TRANSLATED = {
    "title_ko": "영화",
    "logline_ko": "로그라인",
    "title_ja": "映画",
    "logline_ja": "ログライン",
}
TRANSLATED.update(
    title_en_gb="Film", logline_en_gb="Logline", title_zh_hans="电影", logline_zh_hans="简介"
)


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def schedules(frozen, film_index, markets):
    setup_campaign_roles()
    soon = FilmPageFactory(parent=film_index, title="Soon in Japan", **TRANSLATED)
    untranslated = FilmPageFactory(parent=film_index, title="Soon in Korea")
    later = FilmPageFactory(parent=film_index, title="Later in the UK", **TRANSLATED)
    PageMarketSchedule.objects.create(
        page=soon, market=markets["jp"], go_live_at=datetime(2026, 11, 28, 0, 0, tzinfo=UTC)
    )
    PageMarketSchedule.objects.create(
        page=untranslated, market=markets["kr"], go_live_at=NOW + timedelta(hours=30)
    )
    PageMarketSchedule.objects.create(
        page=later,
        market=markets["uk"],
        go_live_at=NOW + timedelta(days=10),
        expire_at=NOW + timedelta(days=20),
    )
    quote = QuoteFactory(text="Quote for China", text_ko="인용")
    QuoteMarketSchedule.objects.create(
        quote=quote, market=markets["cn"], go_live_at=NOW + timedelta(days=3)
    )
    return {"soon": soon, "untranslated": untranslated, "later": later, "quote": quote}


def test_calendar_lists_each_event_in_order_with_market_local_times(schedules):
    entries = launch_calendar()

    assert [(str(e.item), e.market.code, e.kind) for e in entries] == [
        ("Soon in Japan", "jp", "go_live"),
        ("Soon in Korea", "kr", "go_live"),
        (str(schedules["quote"]), "cn", "go_live"),
        ("Later in the UK", "uk", "go_live"),
        ("Later in the UK", "uk", "expiry"),
    ]
    assert entries[0].local_time.strftime("%Y-%m-%d %H:%M %Z") == "2026-11-28 09:00 JST"


def test_items_going_live_within_48_hours_are_at_risk_when_in_review_or_untranslated(
    schedules, people_editor
):
    schedules["soon"].save_revision(user=people_editor)
    schedules["soon"].get_workflow().start(schedules["soon"], people_editor)

    risks = {(str(e.item), e.kind): e.risks for e in launch_calendar()}

    assert risks[("Soon in Japan", "go_live")] == ["workflow"]
    assert risks[("Soon in Korea", "go_live")] == ["translations"]
    assert risks[("Later in the UK", "go_live")] == []


def test_calendar_filters_by_market_and_content_type(schedules):
    assert {e.market.code for e in launch_calendar(market_code="uk")} == {"uk"}
    assert [str(e.item) for e in launch_calendar(content_type="quote")] == [str(schedules["quote"])]
    assert len(launch_calendar(weeks=1)) == 3


@pytest.fixture
def people_editor(db):
    return UserFactory(username="calendar-editor", roles=[EDITORS])


def test_calendar_page_shows_local_times_links_and_at_risk_marks(client, schedules, people_editor):
    client.force_login(people_editor)

    html = client.get(reverse("launch_calendar")).content.decode()
    filtered = client.get(reverse("launch_calendar"), {"market": "uk"}).content.decode()
    invalid = client.get(reverse("launch_calendar"), {"market": "xx", "weeks": "many"})

    assert "09:00 JST" in html
    assert reverse("wagtailadmin_pages:edit", args=[schedules["soon"].pk]) in html
    assert "At risk" in html
    assert "Soon in Japan" not in filtered
    assert "Later in the UK" in filtered
    assert invalid.status_code == 200
    assert "Select a valid choice" in invalid.content.decode()


def test_calendar_is_headed_by_its_own_title(client, schedules, people_editor):
    client.force_login(people_editor)

    response = client.get(reverse("launch_calendar"))

    # Wagtail's slim header shows the last breadcrumb as the screen's heading.
    assert response.context["breadcrumbs_items"][-1]["label"] == "Launch calendar"
