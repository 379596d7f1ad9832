"""Placements: the short address counts a scan and leads to the page; QR codes per market."""

from django.core.exceptions import ValidationError

import pytest

from campaign.engagement.models import DailyCount, Placement
from campaign.engagement.rollup import roll_up
from campaign.markets.roles import APPROVERS, EDITORS, market_lead_group
from campaign.models import Market
from campaign.workflow.setup import setup_campaign_roles
from tests.engagement import BROWSER, buffered
from tests.factories import FilmPageFactory, PlacementFactory, UserFactory

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail sends a user without permission back to the dashboard, with a message."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def scan(client, code, **headers):
    return client.get(f"/go/{code}/", HTTP_USER_AGENT=BROWSER, **headers)


def scans_of(placement):
    return sum(
        DailyCount.objects.filter(event="scan", placement_id=placement.pk).values_list(
            "count", flat=True
        )
    )


@pytest.fixture
def kenya_film(film_index):
    return FilmPageFactory(parent=film_index, title_ko="케냐", slug_ko="kenya", title="Kenya")


def test_a_scan_is_counted_and_leads_to_the_page_in_the_placements_market(
    client, markets, kenya_film
):
    placement = PlacementFactory(market=markets["kr"], code="gangneung-wall", page=kenya_film)

    response = scan(client, "gangneung-wall")
    roll_up()

    assert response.status_code == 302
    assert response["Location"].startswith("/kr/")
    assert response.cookies == {}
    assert scans_of(placement) == 1
    assert DailyCount.objects.get(event="scan").market.code == "kr"


def test_a_placement_without_a_page_leads_to_its_markets_home(client, markets, home):
    PlacementFactory(market=markets["jp"], code="shibuya")

    assert scan(client, "shibuya")["Location"] == "/jp/"


def test_a_page_not_running_in_the_market_leads_to_its_home(client, markets, film_index):
    film = FilmPageFactory(parent=film_index, markets=[markets["us"]])
    PlacementFactory(market=markets["jp"], code="shibuya", page=film)

    assert scan(client, "shibuya")["Location"] == "/jp/"


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1)"},
        {"HTTP_DNT": "1"},
        {"HTTP_SEC_PURPOSE": "prefetch"},
    ],
)
def test_robots_prefetches_and_do_not_track_are_led_on_but_not_counted(
    client, markets, home, headers
):
    PlacementFactory(market=markets["jp"], code="shibuya")

    response = client.get("/go/shibuya/", **{"HTTP_USER_AGENT": BROWSER, **headers})

    assert response.status_code == 302
    assert buffered() == []


def test_an_inactive_placement_leads_on_uncounted(client, markets, home):
    PlacementFactory(market=markets["jp"], code="shibuya", is_active=False)

    assert scan(client, "shibuya").status_code == 302
    assert buffered() == []


def test_an_unknown_code_is_404(client, markets):
    assert scan(client, "nowhere").status_code == 404


def test_no_market_can_take_the_short_address_as_its_prefix(markets):
    market = Market(code="go", name="Go", language="de", url_prefix="go", time_zone="UTC")

    with pytest.raises(ValidationError) as refused:
        market.full_clean()

    assert "url_prefix" in refused.value.message_dict


@pytest.fixture
def roles(markets):
    setup_campaign_roles()
    return {
        "editor": UserFactory(username="placements-editor", roles=[EDITORS]),
        "approver": UserFactory(username="placements-approver", roles=[APPROVERS]),
        "lead-kr": UserFactory(username="placements-lead-kr", roles=[market_lead_group("kr")]),
        "lead-jp": UserFactory(username="placements-lead-jp", roles=[market_lead_group("jp")]),
    }


def test_qr_codes_download_as_svg_and_print_ready_png(client, roles, markets):
    placement = PlacementFactory(market=markets["kr"], code="gangneung-wall")
    client.force_login(roles["lead-kr"])

    svg = client.get(f"/admin/engagement/placements/qr/{placement.pk}.svg")
    png = client.get(f"/admin/engagement/placements/qr/{placement.pk}.png")

    assert svg.status_code == 200 and svg["Content-Type"] == "image/svg+xml"
    assert b"<svg" in svg.content
    assert png["Content-Type"] == "image/png"
    assert png.content.startswith(b"\x89PNG")
    assert b"pHYs" in png.content  # the print resolution is in the file
    assert 'filename="qr-kr-gangneung-wall.png"' in png["Content-Disposition"]


def test_a_market_lead_sees_and_edits_only_their_markets_placements(client, roles, markets):
    korean = PlacementFactory(market=markets["kr"], name="Gangneung entrance wall")
    japanese = PlacementFactory(market=markets["jp"], name="Shibuya crossing screen")
    client.force_login(roles["lead-kr"])

    listing = client.get("/admin/engagement/placements/")
    assert listing.status_code == 200
    assert "Gangneung entrance wall" in listing.content.decode()
    assert "Shibuya crossing screen" not in listing.content.decode()
    assert client.get(f"/admin/engagement/placements/edit/{korean.pk}/").status_code == 200
    assert refused(client.get(f"/admin/engagement/placements/edit/{japanese.pk}/"))
    assert refused(client.get(f"/admin/engagement/placements/delete/{japanese.pk}/"))
    assert refused(client.get(f"/admin/engagement/placements/qr/{japanese.pk}.svg"))
    form = client.get("/admin/engagement/placements/new/").context["form"]
    assert [m.code for m in form.fields["market"].queryset] == ["kr"]


def test_a_market_lead_cannot_create_a_placement_in_another_market(client, roles, markets, home):
    client.force_login(roles["lead-kr"])

    client.post(
        "/admin/engagement/placements/new/",
        {"market": markets["jp"].pk, "code": "sneaky", "name": "Sneaky", "is_active": "on"},
    )

    assert not Placement.objects.filter(code="sneaky").exists()


def test_an_editor_creates_a_placement_in_any_market(client, roles, markets, home):
    client.force_login(roles["editor"])

    response = client.post(
        "/admin/engagement/placements/new/",
        {"market": markets["jp"].pk, "code": "shibuya", "name": "Shibuya", "is_active": "on"},
    )

    assert response.status_code == 302
    assert Placement.objects.get(code="shibuya").market.code == "jp"


def test_approvers_and_translators_do_not_manage_placements(client, roles, markets):
    client.force_login(roles["approver"])

    assert refused(client.get("/admin/engagement/placements/"))
