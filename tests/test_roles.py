"""Each role edits only its own fields: locks are enforced on the server, not only in the form."""

from datetime import UTC, datetime

from django.urls import reverse

import pytest

from campaign.markets.roles import APPROVERS, EDITORS, market_lead_group, translator_group
from campaign.models import FilmPage, Quote
from campaign.workflow.setup import setup_campaign_roles
from ops.admin_forms import browser_form_data, disabled_fields
from tests.factories import FilmPageFactory, QuoteFactory, UserFactory

REFUSED = "You may not change these fields, so nothing was saved"


@pytest.fixture
def roles_ready(home):
    setup_campaign_roles()


@pytest.fixture
def film(film_index, roles_ready):
    return FilmPageFactory(
        parent=film_index,
        title="The rower",
        title_ja="漕ぎ手",
        logline="He stopped for ducks.",
        logline_ja="彼はカモのために止まった。",
    )


def login(client, *groups):
    client.force_login(UserFactory(roles=list(groups)))
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def latest(page):
    return FilmPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def test_translator_sees_the_other_languages_read_only(client, film):
    login(client, translator_group("ja"))

    html = client.get(edit_url(film)).content.decode()

    locked = disabled_fields(html)
    assert "title_en" in locked
    assert "logline_ko" in locked
    assert "duration" in locked
    assert "title_ja" not in locked
    assert "logline_ja" not in locked


def test_translator_saves_a_draft_of_their_language(client, film):
    login(client, translator_group("ja"))
    data = browser_form_data(client.get(edit_url(film)).content.decode())
    data["logline_ja"] = "小さな決断が、大きな違いを生む。"

    response = client.post(edit_url(film), data)

    assert response.status_code == 302
    assert latest(film).logline_ja == "小さな決断が、大きな違いを生む。"
    assert FilmPage.objects.get(pk=film.pk).logline_ja == "彼はカモのために止まった。"


@pytest.mark.parametrize(
    ("field", "value"),
    [("title_en", "Changed by a translator"), ("logline_ko", "번역"), ("duration", "0:05:00")],
)
def test_translator_post_to_another_field_is_refused_and_nothing_saved(client, film, field, value):
    login(client, translator_group("ja"))
    data = browser_form_data(client.get(edit_url(film)).content.decode())
    data["logline_ja"] = "これは保存されない。"
    data[field] = value
    revisions_before = film.revisions.count()

    response = client.post(edit_url(film), data)

    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert film.revisions.count() == revisions_before
    assert latest(film).logline_ja == "彼はカモのために止まった。"


def test_editor_writes_the_source_language_but_not_translations(client, film):
    login(client, EDITORS)
    data = browser_form_data(client.get(edit_url(film)).content.decode())

    refused = client.post(edit_url(film), {**data, "title_ja": "別の題名"})
    saved = client.post(edit_url(film), {**data, "title_en": "The sculler"})

    assert REFUSED in refused.content.decode()
    assert saved.status_code == 302
    assert latest(film).title_en == "The sculler"
    assert latest(film).title_ja == "漕ぎ手"


def test_a_user_with_two_roles_edits_both_languages(client, film):
    login(client, EDITORS, translator_group("ko"))
    data = browser_form_data(client.get(edit_url(film)).content.decode())

    response = client.post(edit_url(film), {**data, "title_en": "Rower", "title_ko": "조정 선수"})

    assert response.status_code == 302
    assert (latest(film).title_en, latest(film).title_ko) == ("Rower", "조정 선수")


def _schedule_row(data, market, go_live):
    data.update(
        {
            "market_schedules-TOTAL_FORMS": "1",
            "market_schedules-0-id": "",
            "market_schedules-0-market": str(market.pk),
            "market_schedules-0-go_live_at": go_live,
            "market_schedules-0-expire_at": "",
            "market_schedules-0-ORDER": "1",
            "market_schedules-0-DELETE": "",
        }
    )
    return data


def test_market_lead_sets_the_go_live_of_their_market_in_its_local_time(client, film, markets):
    login(client, market_lead_group("jp"))
    data = browser_form_data(client.get(edit_url(film)).content.decode())

    response = client.post(edit_url(film), _schedule_row(data, markets["jp"], "2026-12-01 09:00"))

    assert response.status_code == 302
    (schedule,) = latest(film).market_schedules.all()
    assert schedule.market == markets["jp"]
    # 09:00 in Tokyo is midnight UTC.
    assert schedule.go_live_at == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)


def test_market_lead_cannot_schedule_another_market(client, film, markets):
    login(client, market_lead_group("jp"))
    data = browser_form_data(client.get(edit_url(film)).content.decode())
    revisions_before = film.revisions.count()

    response = client.post(edit_url(film), _schedule_row(data, markets["kr"], "2026-12-01 09:00"))

    assert response.status_code == 200
    assert film.revisions.count() == revisions_before


def test_editor_cannot_change_a_market_schedule(client, film, markets):
    login(client, EDITORS)
    data = browser_form_data(client.get(edit_url(film)).content.decode())

    response = client.post(edit_url(film), _schedule_row(data, markets["jp"], "2026-12-01 09:00"))

    assert REFUSED in response.content.decode()
    assert not latest(film).market_schedules.all()


def test_translator_edits_their_language_of_a_quote_and_nothing_else(client, roles_ready):
    quote = QuoteFactory(text="Small can be calculated.", text_ko="")
    url = reverse("wagtailsnippets_campaign_quote:edit", args=[quote.pk])
    login(client, translator_group("ko"))
    data = browser_form_data(client.get(url).content.decode())

    refused = client.post(url, {**data, "text_ko": "작은 것은 계산할 수 있다.", "speaker_en": "X"})
    saved = client.post(url, {**data, "text_ko": "작은 것은 계산할 수 있다."})

    assert REFUSED in refused.content.decode()
    assert saved.status_code == 302
    draft = Quote.objects.get(pk=quote.pk).get_latest_revision_as_object()
    assert draft.text_ko == "작은 것은 계산할 수 있다."
    assert draft.speaker_en == quote.speaker_en


ROLE_GROUPS = {
    "editor": [EDITORS],
    "translator": [translator_group("ja")],
    "market lead": [market_lead_group("jp")],
    "approver": [APPROVERS],
}


@pytest.mark.parametrize("role", ROLE_GROUPS)
def test_admin_pages_load_for_each_role(client, film, role):
    login(client, *ROLE_GROUPS[role])
    quote = QuoteFactory()

    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[film.get_parent().pk]),
        edit_url(film),
        reverse("wagtailsnippets_campaign_quote:list"),
        reverse("wagtailsnippets_campaign_quote:edit", args=[quote.pk]),
    ):
        assert client.get(url).status_code == 200, url

    calendar = client.get(reverse("launch_calendar"))
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    if role == "translator":
        # Wagtail sends a user without permission back to the dashboard, with a message.
        assert calendar.status_code == 302
        assert reverse("launch_calendar") not in menu
    else:
        assert calendar.status_code == 200
        assert reverse("launch_calendar") in menu


def test_market_lead_cannot_delete_another_markets_schedule(client, film, markets):
    from campaign.models import PageMarketSchedule

    PageMarketSchedule.objects.create(
        page=film, market=markets["uk"], go_live_at=datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    )
    login(client, market_lead_group("jp"))
    data = browser_form_data(client.get(edit_url(film)).content.decode())
    assert data["market_schedules-TOTAL_FORMS"] == "1"
    data["market_schedules-0-DELETE"] = "on"

    response = client.post(edit_url(film), data)

    assert REFUSED in response.content.decode()
    assert [s.market.code for s in latest(film).market_schedules.all()] == ["uk"]
