"""The per-market schedule in the editor: each row offers what the user may schedule, locally."""

import re
from datetime import UTC, datetime

import pytest
import time_machine

from campaign.markets.roles import market_lead_group
from campaign.models import PageMarketSchedule
from campaign.workflow.schedule_rows import zone_label
from ops.admin_forms import browser_form_data, disabled_fields
from tests import test_roles
from tests.factories import UserFactory
from tests.test_roles import edit_url, latest, login

# The role tests' film, shared as fixtures.
film = test_roles.film
roles_ready = test_roles.roles_ready

WINTER_DAY = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
UK_GO_LIVE = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


def options_of(html, name):
    """The labels of the options of the select named ``name``."""
    select = re.search(rf'<select name="{re.escape(name)}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"no select named {name}"
    return [label.strip() for label in re.findall(r"<option [^>]*>([^<]*)</option>", select[1])]


def help_texts(html):
    return [text.strip() for text in re.findall(r'class="help">([^<]*)<', html)]


@pytest.fixture
def uk_scheduled(film, markets):
    """The film goes live in the UK later than elsewhere (set by the UK's lead)."""
    PageMarketSchedule.objects.create(page=film, market=markets["uk"], go_live_at=UK_GO_LIVE)
    film.save_revision().publish()
    return film


@time_machine.travel(WINTER_DAY, tick=False)
def test_add_market_schedule_offers_a_lead_only_their_market_with_its_time_zone(client, film):
    login(client, market_lead_group("jp"))

    html = client.get(edit_url(film)).content.decode()

    # The empty row is the template the “Add market schedule” button copies.
    assert options_of(html, "market_schedules-__prefix__-market") == [
        "---------",
        "Japan – Asia/Tokyo (JST)",
    ]
    assert "Local time of the chosen market: Japan, Asia/Tokyo (JST)" in help_texts(html)


@time_machine.travel(WINTER_DAY, tick=False)
def test_a_superuser_is_offered_every_market_and_told_every_time_zone(client, film):
    client.force_login(UserFactory(username="root", is_superuser=True))

    html = client.get(edit_url(film)).content.decode()

    assert len(options_of(html, "market_schedules-__prefix__-market")) == 6
    assert (
        "Local time of the chosen market: China, Asia/Shanghai (CST); Japan, Asia/Tokyo (JST); "
        "Korea, Asia/Seoul (KST); United States, America/New_York (EST); "
        "United Kingdom, Europe/London (GMT)"
    ) in help_texts(html)


@time_machine.travel(WINTER_DAY, tick=False)
def test_a_row_of_the_leads_market_names_its_time_zone(client, film, markets):
    PageMarketSchedule.objects.create(page=film, market=markets["jp"], go_live_at=UK_GO_LIVE)
    login(client, market_lead_group("jp"))

    html = client.get(edit_url(film)).content.decode()

    assert options_of(html, "market_schedules-0-market")[1:] == ["Japan – Asia/Tokyo (JST)"]
    assert "Local time in Asia/Tokyo (JST)" in help_texts(html)
    assert "In the market&#x27;s local time." not in html


@time_machine.travel(WINTER_DAY, tick=False)
def test_another_markets_row_is_shown_read_only_with_its_market_and_zone(client, uk_scheduled):
    login(client, market_lead_group("jp"))

    html = client.get(edit_url(uk_scheduled)).content.decode()

    assert "market_schedules-0-go_live_at" in disabled_fields(html)
    assert 'name="market_schedules-0-market"' not in html
    assert (
        "United Kingdom, local time in Europe/London (GMT). Only its leads change it."
        in help_texts(html)
    )


def test_lead_schedules_their_market_on_a_page_another_market_has_scheduled(
    client, uk_scheduled, markets
):
    login(client, market_lead_group("jp"))
    data = browser_form_data(client.get(edit_url(uk_scheduled)).content.decode())
    data.update(
        {
            "market_schedules-TOTAL_FORMS": "2",
            "market_schedules-1-id": "",
            "market_schedules-1-market": str(markets["jp"].pk),
            "market_schedules-1-go_live_at": "2026-12-01 09:00",
            "market_schedules-1-expire_at": "",
            "market_schedules-1-DELETE": "",
        }
    )

    response = client.post(edit_url(uk_scheduled), data)

    assert response.status_code == 302
    schedules = {s.market.code: s.go_live_at for s in latest(uk_scheduled).market_schedules.all()}
    # 09:00 in Tokyo is midnight UTC; the UK's row is kept as its lead set it.
    assert schedules == {"jp": datetime(2026, 12, 1, 0, 0, tzinfo=UTC), "uk": UK_GO_LIVE}


def test_a_lead_cannot_move_another_markets_go_live(client, uk_scheduled):
    login(client, market_lead_group("jp"))
    data = browser_form_data(client.get(edit_url(uk_scheduled)).content.decode())
    # A browser does not send a read-only field; a hand-made POST is ignored for it.
    data["market_schedules-0-go_live_at"] = "2026-12-01 09:00"

    client.post(edit_url(uk_scheduled), data)

    (schedule,) = latest(uk_scheduled).market_schedules.all()
    assert (schedule.market.code, schedule.go_live_at) == ("uk", UK_GO_LIVE)


def test_zone_abbreviation_follows_the_date(markets):
    summer = datetime(2026, 7, 1, tzinfo=UTC)

    assert zone_label(markets["us"], summer) == "America/New_York (EDT)"
    assert zone_label(markets["us"], WINTER_DAY) == "America/New_York (EST)"
    assert zone_label(markets["uk"], summer) == "Europe/London (BST)"
