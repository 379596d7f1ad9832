"""The engagement report, its CSV and the dashboard panel: who sees which market, and what."""

from datetime import date

from django.urls import reverse

import pytest
import time_machine

from campaign.engagement.models import DailyCount, DailyVisitors
from campaign.engagement.rollup import roll_up
from campaign.markets.roles import APPROVERS, EDITORS, market_lead_group, translator_group
from campaign.workflow.setup import setup_campaign_roles
from tests.engagement import send_beacon
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DAY = date(2026, 3, 10)
NOON = "2026-03-10 03:00Z"  # noon in Tokyo and Seoul, the evening before in New York


@pytest.fixture
def people(markets):
    setup_campaign_roles()
    return {
        "editor": UserFactory(username="report-editor", roles=[EDITORS]),
        "approver": UserFactory(username="report-approver", roles=[APPROVERS]),
        "lead-jp": UserFactory(username="report-lead-jp", roles=[market_lead_group("jp")]),
        "translator": UserFactory(username="report-translator", roles=[translator_group("ja")]),
        "admin": UserFactory(username="report-admin", is_superuser=True),
    }


@pytest.fixture
def counts(markets, home):
    for code in ("jp", "kr"):
        market = markets[code]
        DailyCount.objects.create(
            day=DAY, market=market, event="visit", page_id=home.pk, referrer=f"{code}-only.example"
        )
        DailyCount.objects.create(day=DAY, market=market, event="view", page_id=home.pk, count=5)
        DailyVisitors.objects.create(day=DAY, market=market, visitors=3)


def report(client, **query):
    return client.get(reverse("engagement_report"), {"start": DAY, "end": DAY, **query})


def test_a_market_lead_sees_only_their_market(client, people, counts):
    client.force_login(people["lead-jp"])

    html = report(client).content.decode()
    other_market = report(client, market="kr")
    csv = report(client, format="csv").content.decode()

    assert "jp-only.example" in html
    assert "kr-only.example" not in html
    assert "kr-only.example" not in other_market.content.decode()
    assert [
        code for code, _name in other_market.context["filter_form"].fields["market"].choices
    ] == ["jp"]
    assert "jp-only.example" in csv
    assert "kr-only.example" not in csv


@pytest.mark.parametrize("role", ["editor", "approver", "admin"])
def test_editors_approvers_and_administrators_see_every_market(client, people, counts, role):
    client.force_login(people[role])

    html = report(client).content.decode()

    assert "jp-only.example" in html
    assert "kr-only.example" in html
    assert reverse("engagement_report") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_others_are_sent_back_to_the_dashboard_and_see_no_menu_or_panel(client, people, counts):
    client.force_login(people["translator"])

    response = report(client)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    # Wagtail sends a user without permission back to the dashboard, with a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert reverse("engagement_report") not in dashboard
    assert "Engagement, last seven days" not in dashboard


def test_visitors_who_are_not_signed_in_are_asked_to_sign_in(client, counts):
    response = report(client)

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_report_shows_totals_the_film_funnel_and_its_completion_rate(
    client, people, markets, film_index
):
    from tests.factories import FilmPageFactory

    film = FilmPageFactory(parent=film_index, title="Kenya Ice Lions")
    for event, count in (("play", 8), ("played_25", 6), ("played_50", 5), ("played_75", 4)):
        DailyCount.objects.create(
            day=DAY,
            market=markets["jp"],
            event=event,
            page_id=film.pk,
            film_id=film.pk,
            count=count,
        )
    DailyCount.objects.create(
        day=DAY, market=markets["jp"], event="played_100", page_id=film.pk, film_id=film.pk, count=2
    )
    client.force_login(people["editor"])

    response = report(client, market="jp")
    funnel = response.context["report"].funnels

    assert [(f.film, f.plays, f.completion_rate) for f in funnel] == [("Kenya Ice Lions", 8, 0.25)]
    assert "25.0%" in response.content.decode()
    assert 'role="img"' in response.content.decode()


def test_beacons_reach_the_report_after_a_roll_up(client, people, home, markets):
    with time_machine.travel(NOON, tick=False):
        send_beacon(client, m="jp", p=home.pk, r="https://search.example/?q=small")
        send_beacon(client, m="jp", p=home.pk, address="203.0.113.8")
        roll_up()
    client.force_login(people["lead-jp"])

    [japan] = report(client).context["report"].totals

    assert (japan.views, japan.visits, japan.visitors) == (2, 2, 2)


@pytest.mark.parametrize("moment", ["2026-03-10 14:59Z", "2026-03-10 15:30Z"])
def test_the_report_opens_on_a_range_that_holds_japans_today(client, people, home, moment):
    """After midnight in Tokyo (15:00 UTC) Japan's counts are on a day that is still tomorrow
    in UTC: the report's default range must reach it."""
    with time_machine.travel(moment, tick=False):
        client.force_login(people["lead-jp"])
        send_beacon(client, m="jp", p=home.pk)
        roll_up()

        [japan] = client.get(reverse("engagement_report")).context["report"].totals

    assert japan.views == 1


def test_the_csv_has_one_row_per_count_and_the_days_unique_visitors(client, people, counts):
    client.force_login(people["editor"])

    response = report(client, format="csv")
    lines = response.content.decode().splitlines()

    assert response["Content-Type"].startswith("text/csv")
    assert lines[0].startswith("day,market,event,page,film,placement,referrer")
    assert "2026-03-10,jp,unique_visitors,,,,,,,,3," in lines
    assert len(lines) == 1 + 4 + 2


def test_demo_data_is_labelled_as_such(client, people, markets, home):
    DailyCount.objects.create(day=DAY, market=markets["jp"], event="view", count=4, is_demo=True)
    client.force_login(people["editor"])

    assert "Demo data" in report(client).content.decode()


def test_the_dashboard_panel_shows_each_visible_markets_last_seven_days(client, people, markets):
    DailyCount.objects.create(day=DAY, market=markets["jp"], event="visit", count=17)
    DailyCount.objects.create(day=date(2026, 3, 1), market=markets["jp"], event="visit", count=1000)
    client.force_login(people["lead-jp"])

    with time_machine.travel(NOON, tick=False):
        dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    panel = dashboard.split("Engagement, last seven days")[1].split("</section>")[0]
    assert "Japan" in panel and ">17<" in panel
    assert "1000" not in panel
    assert "Korea" not in panel


def test_a_range_backwards_is_explained_not_answered(client, people, counts):
    client.force_login(people["editor"])

    response = report(client, start="2026-03-12", end="2026-03-01")

    assert response.status_code == 200
    assert "The first day must come before the last." in response.content.decode()
