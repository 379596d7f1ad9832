"""Engagement in the browser: a page served whole from the cache reports its view and a film
play, which reach the report after a roll-up; a browser that asks not to be tracked sends
nothing. The report is photographed for test-results/.
"""

from django.test import Client
from django.urls import reverse

import pytest

from campaign.engagement.rollup import roll_up
from tests.browser.admin import shoot, signed_in
from tests.browser.conftest import PHONE, SCREENSHOTS
from tests.engagement import BROWSER

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ENDPOINT = "/engagement/events"


def film_address(market_code):
    from campaign.markets.current import activate_market
    from campaign.models import FilmPage, Market

    market = Market.objects.get(code=market_code)
    with activate_market(market):
        return FilmPage.objects.get(slug_en="kenya-ice-hockey").get_url()


def japan_totals():
    """What the report shows for Japan today (real counts beside the demo's history)."""
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username="admin"))
    report = client.get(reverse("engagement_report"), {"market": "jp"}).context["report"]
    [japan] = report.totals
    stages = {funnel.film: funnel.stages for funnel in report.funnels}
    return japan.views, japan.plays, sum(s.get("played_25", 0) for s in stages.values())


def visitor(browser, init_script=None):
    """A phone-sized page with a browser's own user agent (a headless one counts as a robot)."""
    context = browser.new_context(viewport=PHONE, locale="ja-JP", user_agent=BROWSER)
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    page.beacons = []
    page.on(
        "request",
        lambda request: (
            page.beacons.append(request.post_data_json)
            if request.url.endswith(ENDPOINT) and request.method == "POST"
            else None
        ),
    )
    return context, page


def wait_for_beacons(page, count):
    """Wait (at most ten seconds) until the page has sent ``count`` beacons."""
    for _attempt in range(100):
        if len(page.beacons) >= count:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"{len(page.beacons)} beacons sent, {count} expected")


def play_a_quarter(page):
    page.locator(".film-player__play").click()
    page.wait_for_function("() => !document.querySelector('video').paused")
    # A playing film may not know its length yet: seek once the metadata has arrived.
    page.wait_for_function("() => Number.isFinite(document.querySelector('video').duration)")
    page.locator("video").evaluate("video => { video.currentTime = video.duration * 0.3; }")
    page.wait_for_function("() => document.querySelector('video').currentTime > 0")


def test_a_cached_page_reports_its_view_and_film_play_to_the_report(browser, demo_site, settings):
    settings.PAGE_CACHE_SECONDS = 600
    url = demo_site.url + film_address("jp")
    before = japan_totals()
    # The first visitor fills the cache; the second is served the page whole from it. (A
    # second visit in the same browser would be a 304 from the browser's own cache.)
    first_context, first = visitor(browser)
    assert first.goto(url).headers.get("x-page-cache") == "miss"
    wait_for_beacons(first, 1)
    first_context.close()
    context, page = visitor(browser)
    assert page.goto(url).headers.get("x-page-cache") == "hit"
    wait_for_beacons(page, 1)  # the view, once the page is idle
    play_a_quarter(page)
    wait_for_beacons(page, 3)
    context.close()

    events = [beacon["e"] for beacon in page.beacons]
    assert events[0] == "view" and "play" in events and "played_25" in events
    assert all(beacon["m"] == "jp" for beacon in first.beacons + page.beacons)

    roll_up()

    views, plays, quarters = japan_totals()
    assert (views - before[0], plays - before[1], quarters - before[2]) == (2, 1, 1)

    with signed_in(browser, demo_site.url, "admin") as admin:
        admin.goto(f"{demo_site.url}{reverse('engagement_report')}")
        assert admin.locator("h2", has_text="Films: from play to the end").count() == 1
        assert admin.locator(".engagement-demo-notice").count() == 1
        shoot(admin, "engagement-report")
        # The admin scrolls inside its own frame: a tall window shows the whole report.
        admin.set_viewport_size({"width": 1280, "height": 4600})
        admin.screenshot(path=SCREENSHOTS / "admin-engagement-report-whole.png")
        admin.set_viewport_size({"width": 1280, "height": 900})
        admin.goto(f"{demo_site.url}{reverse('engagement_placements:index')}")
        assert admin.locator("text=/go/gangneung-wall/").count() == 1
        shoot(admin, "engagement-placements")
        admin.goto(f"{demo_site.url}{reverse('wagtailadmin_home')}")
        assert admin.locator("#engagement-panel-heading").count() == 1
        shoot(admin, "engagement-dashboard")


@pytest.mark.parametrize(
    "preference",
    [
        "Object.defineProperty(Navigator.prototype, 'doNotTrack', {get: () => '1'})",
        "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true})",
    ],
    ids=["do-not-track", "global-privacy-control"],
)
def test_a_browser_that_asks_not_to_be_tracked_sends_nothing(browser, demo_site, preference):
    context, page = visitor(browser, init_script=preference)

    page.goto(demo_site.url + film_address("jp"))
    page.wait_for_load_state("load")
    play_a_quarter(page)
    page.wait_for_timeout(1500)
    context.close()

    assert page.beacons == []
