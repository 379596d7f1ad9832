"""No script, event handler or active element written by an editor or a visitor reaches a page.

Every visitor-facing field (text, rich text written straight into the database,
every StreamField block, snippets, market names, image titles and alt texts) and
every query parameter gets each payload; every public page of every market is read.
"""

import json
from html.parser import HTMLParser
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

import pytest

from campaign.markets.current import activate_market
from campaign.models import Market
from tests.factories import FilmPageFactory
from tests.full_campaign import build_campaign

# Each would run script, load something foreign or break out of its context if
# written into a page unescaped.
PAYLOADS = [
    "<script>xss()</script>",
    '"><img src=x onerror=xss()>',
    "'><svg onload=xss()>",
    "</title><script>xss()</script>",
    "</textarea></script><script>xss()</script>",
    '<a href="javascript:xss()">link</a>',
    '<iframe src="javascript:xss()"></iframe>',
    '<style>@import "https://evil.example/x.css";</style>',
    '" autofocus onfocus="xss()',
    "' onmouseover='xss()",
    '<meta http-equiv="refresh" content="0;url=javascript:xss()">',
    "<b onmouseover=xss()>bold</b><!--",
    "javascript:xss()//",
]
# For fields of 16 characters (a statistic's figure).
SHORT_PAYLOAD = '"><i onclick=x>'
QUERY_NAMES = ["q", "page", "channel", "sport", "country", "market", "fields", "order"]


class _InjectionFinder(HTMLParser):
    """Finds what only injected markup would put in these pages."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: (value or "") for name, value in attrs}
        for name, value in attrs.items():
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction", "data") and (
                "javascript:" in value.replace(" ", "").lower()
            ):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "object", "embed", "svg", "math", "style", "base"):
            self.found.append(f"<{tag}>")
        # (A description that merely reads "javascript:" in a meta tag is text.)
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            self.found.append("<meta http-equiv=refresh>")
        if tag == "script":
            executable = attrs.get("type", "").lower() in ("", "text/javascript", "module")
            self._script = [] if executable and not attrs.get("src") else None

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            if "".join(self._script).strip():
                self.found.append("inline <script>")
            self._script = None


def injections(html, payload):
    finder = _InjectionFinder()
    finder.feed(html)
    found = finder.found
    # Quotes are harmless in text; in an attribute, a breakout shows as a new attribute above.
    if "<" in payload and payload in html:
        found.append("the payload, unescaped")
    return found


def public_urls(campaign, market_codes=None):
    """Every public page, in every market (or in the markets named)."""
    urls = []
    markets = Market.objects.filter(is_active=True)
    if market_codes:
        markets = markets.filter(code__in=market_codes)
    for market in markets:
        with activate_market(market):
            for name in ("home", "film_index", "film", "story_index", "story"):
                urls.append(campaign[name].get_url())
            urls.append(reverse("search"))
    return urls


def assert_page_is_clean(response, payload):
    assert response.status_code < 500, response.request["PATH_INFO"]
    content_type = response.get("Content-Type", "")
    body = response.content.decode()
    if content_type.startswith("application/json"):
        json.loads(body)  # Data, never HTML: a browser will not render it (nosniff).
        assert response["X-Content-Type-Options"] == "nosniff"
        return
    found = injections(body, payload)
    assert not found, f"{response.request['PATH_INFO']}: {found}"


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_field_can_put_markup_on_a_public_page(home, film_index, story_index, payload, visitor):
    def text_for(field):
        fits = not field.max_length or len(payload) <= field.max_length
        return payload if fits else SHORT_PAYLOAD

    campaign = build_campaign(home, film_index, story_index, payload, text_for)

    urls = public_urls(campaign)
    assert len(urls) >= 25
    for url in urls:
        response = visitor.get(url)
        assert response.status_code == 200, url
        assert_page_is_clean(response, payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_query_parameter_can_put_markup_on_a_public_page(
    home, film_index, story_index, payload, visitor
):
    campaign = build_campaign(home, film_index, story_index, "Small")
    query = urlencode({**dict.fromkeys(QUERY_NAMES, payload), payload: payload})
    # Query parameters reach the same templates in every market: two languages suffice.
    urls = [*public_urls(campaign, ["jp", "kr"]), "/", "/sitemap.xml", "/robots.txt", "/xx/"]
    for endpoint in ("pages", "films", "stories", "quotes", "statistics"):
        urls.append(f"/api/v2/{endpoint}/")

    for url in urls:
        assert_page_is_clean(visitor.get(f"{url}?{query}"), payload)


def test_rich_text_keeps_its_formatting_and_links_when_cleaned(home):
    home.intro_en = (
        '<p data-block-key="a1"><b>Small</b> <i>things</i> '
        '<a href="https://example.com/">link</a> <a linktype="page" id="3">page</a>'
        "<script>xss()</script><img src=x onerror=xss()></p><ul><li>one</li></ul>"
    )
    home.save()

    home.refresh_from_db()
    assert home.intro_en == (
        '<p data-block-key="a1"><b>Small</b> <i>things</i> '
        '<a href="https://example.com/">link</a> <a linktype="page" id="3">page</a>'
        "</p><ul><li>one</li></ul>"
    )


def test_an_external_film_address_must_be_a_web_address(film_index):
    film = FilmPageFactory(parent=film_index)
    film.embed_url = "javascript:xss()"

    with pytest.raises(ValidationError) as error:
        film.full_clean()

    assert "embed_url" in error.value.message_dict
