"""A new visitor on a phone in each market: home, another market, a film, search, stories.

Each page type is checked with axe-core (no serious or critical violation) and
photographed at 390 and 1280 pixels wide into test-results/screenshots/.
"""

import re

import pytest

from tests.browser.checks import check_page, screenshots

# (prefix, language, a word from the text of a demo story in that language). The
# Chinese, Japanese and Korean words sit inside longer runs of text.
MARKETS = [
    ("cn", "zh-hans", "冰球"),
    ("jp", "ja", "リンク"),
    ("kr", "ko", "선수"),
    ("us", "en", "rink"),
    ("uk", "en-gb", "rink"),
]

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def visit(page, url):
    response = page.goto(url)
    assert response.status < 400, url
    return response


@pytest.mark.parametrize(("prefix", "language", "word"), MARKETS)
def test_a_visitor_finds_plays_searches_and_filters(page, demo_site, prefix, language, word):
    base = demo_site.url

    # The home page, in the market's language.
    visit(page, f"{base}/{prefix}/")
    assert page.locator("html").get_attribute("lang") == language
    check_page(page, f"{prefix}-home")

    # The keyboard: the first Tab reaches the skip link, with a visible focus ring.
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.className, getComputedStyle(document.activeElement)"
        ".outlineStyle]"
    )
    assert focused == ["skip-link", "solid"]
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")

    # The market switcher leads to the same page in another market, and back.
    other = page.locator(".market-switcher a:not([aria-current])").first
    other_language = other.get_attribute("hreflang").lower()
    other.click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == other_language
    page.locator(f'.market-switcher a[href="/{prefix}/"]').click()
    page.wait_for_load_state()
    assert page.url == f"{base}/{prefix}/"

    # The film list, then a film: it plays with captions in the market's language.
    page.locator(".site-nav a").first.click()
    page.wait_for_load_state()
    check_page(page, f"{prefix}-films")
    page.locator(".card__title a").first.click()
    page.wait_for_load_state()
    check_page(page, f"{prefix}-film")
    # The play button over the poster, pressed from the keyboard.
    play = page.get_by_role("button", name=re.compile(".")).filter(
        has=page.locator(".film-player__icon")
    )
    play.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => { const v = document.querySelector('video');"
        " return !v.paused && v.currentTime > 0.5 && v.readyState >= 3; }"
    )
    captions = page.evaluate(
        "() => Array.from(document.querySelector('video').textTracks)"
        ".filter(t => t.mode === 'showing').map(t => t.language)"
    )
    assert [code.lower() for code in captions] == [language]
    page.wait_for_function(
        "() => { const t = Array.from(document.querySelector('video').textTracks)"
        ".find(t => t.mode === 'showing'); return t && t.activeCues && t.activeCues.length; }"
    )
    cue = page.evaluate(
        "() => Array.from(document.querySelector('video').textTracks)"
        ".find(t => t.mode === 'showing').activeCues[0].text"
    )
    assert cue in page.locator("#transcript").inner_text()
    page.locator("video").evaluate("video => video.pause()")
    screenshots(page, f"{prefix}-film-playing")

    # Search from the header: a word inside the market's text, highlighted in results.
    page.locator("#site-search-q").fill(word)
    page.locator("#site-search-q").press("Enter")
    page.wait_for_load_state()
    assert page.locator(".search-result").count() >= 1
    assert word in page.locator(".search-result mark").first.inner_text().casefold()
    check_page(page, f"{prefix}-search")

    # Stories filtered by sport: the filter state has its own address.
    page.locator(".site-nav a").nth(1).click()
    page.wait_for_load_state()
    page.locator("#id_sport").select_option("bobsleigh")
    page.locator(".filters button").click()
    page.wait_for_load_state()
    assert "sport=bobsleigh" in page.url
    sport = page.locator("#id_sport option:checked").inner_text()
    cards = page.locator(".card__meta").all_inner_texts()
    assert cards and all(sport in card for card in cards)
    check_page(page, f"{prefix}-stories")
    page.locator(".card__title a").first.click()
    page.wait_for_load_state()
    check_page(page, f"{prefix}-story")

    # A page that does not exist: friendly, in the market's language.
    response = page.goto(f"{base}/{prefix}/no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == language
    check_page(page, f"{prefix}-not-found")

    assert page.errors == []


def test_an_external_film_loads_its_player_only_after_a_click(page, demo_site):
    from campaign.models import FilmPage

    film = FilmPage.objects.live().first()
    film.video = None
    film.embed_url = "https://www.youtube.com/watch?v=abc123"
    film.save_revision().publish()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    # The provider is never reached from the tests: its player address answers locally.
    page.route("https://www.youtube-nocookie.com/**", lambda route: route.fulfill(body="film"))

    visit(page, f"{demo_site.url}/us/films/{film.slug_en}/")
    assert not [url for url in requests if "youtube" in url]
    page.locator(".film-player__external").click()
    frame = page.locator("iframe.film-player__frame")

    assert frame.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/abc123")
    assert [url for url in requests if "youtube-nocookie" in url]


@pytest.mark.parametrize(
    ("prefix", "service", "player", "games_page"),
    [
        (
            "cn",
            "Bilibili",
            "https://player.bilibili.com/player.html?bvid=BV1Gs4y1r7Dk",
            "https://www.olympics.com/zh/olympic-games/amsterdam-1928",
        ),
        (
            "jp",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/GoSrower018",
            "https://www.olympics.com/en/olympic-games/amsterdam-1928",
        ),
    ],
)
def test_each_market_plays_the_demo_film_from_a_service_it_reaches(
    page, demo_site, prefix, service, player, games_page
):
    """The demo's rower film: on YouTube, but on Bilibili (with its own poster and its own
    call to action link) in China."""
    from campaign.markets.current import activate_market
    from campaign.models import FilmPage, Market

    with activate_market(Market.objects.get(code=prefix)):
        url = FilmPage.objects.get(slug_en="rower-and-ducks").url
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    # The services are never reached from the tests: their players answer locally.
    for origin in ("https://player.bilibili.com", "https://www.youtube-nocookie.com"):
        page.route(f"{origin}/**", lambda route: route.fulfill(body="film"))

    visit(page, f"{demo_site.url}{url}")
    link = page.locator(".film-player__external")
    assert f"(from {service})" in link.inner_text() or service in link.inner_text()
    assert not [u for u in requests if "bilibili" in u or "youtube" in u]
    player_path = player.split("?")[0].rsplit("/", 1)[0]
    # The frame's request starts after the click returns: wait for it rather than race it.
    with page.expect_request(lambda request: request.url.startswith(player_path)):
        link.click()
    frame = page.locator("iframe.film-player__frame")

    assert frame.get_attribute("src").startswith(player)
    other = "youtube" if prefix == "cn" else "bilibili"
    assert not [u for u in requests if other in u]
    # The content policy let the player load: no violation was reported.
    assert page.errors == []
    assert page.locator("[data-call-to-action]").get_attribute("href") == games_page
