"""Odd, huge, malformed and hostile addresses get a clear 4xx (or a page), never a 500."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import AthleteStoryPageFactory, FilmPageFactory

HOSTILE_URLS = [
    "/%00",
    "/jp/%00/",
    "/jp/films/%00/",
    "/jp/films/film%00name/",
    "/jp/search/?q=%00",
    "/jp/films/?channel=%00&page=%00",
    "/jp/stories/?sport=%00&country=%00",
    "/jp/%ff%fe/",
    "/jp/%C0%AF/",
    "/jp/%E0%A4%A/",
    "/jp/%/",
    "/jp/films/?%=%&%zz=1",
    "/jp/..%2f..%2f..%2fetc/passwd",
    "/jp/%2e%2e/%2e%2e/etc/passwd",
    "/../../etc/passwd",
    "/static/../manage.py",
    "/static/..%2fmanage.py",
    "/media/../db.sqlite3",
    "/documents/999999/../../settings.py",
    "/documents/99999999999999999999/x.pdf",
    "/jp/" + "a" * 8000 + "/",
    "/jp/" + "映像/" * 500,
    "/jp/films/?" + "&".join(f"f{n}=1" for n in range(1500)),
    "/jp/films/?page=" + "9" * 400,
    "/jp/films/?page=-1",
    "/jp/stories/?page=0&sport=boxing&sport=curling",
    "/jp/search/?q=" + "小" * 3000,
    "/jp/search/?q=%22%27%3C%3E&page=%FF",
    "//evil.example/",
    "/jp//films//",
    "/JP/",
    "/xx/",
    "/admin/../jp/",
    "/jp/%0d%0aSet-Cookie:%20x=1/",
    "/jp/\x7f/",
    "/api/v2/pages/?market=%00",
    "/api/v2/pages/?market=jp&limit=-1",
    "/api/v2/pages/?market=jp&offset=abc",
    "/api/v2/pages/?market=jp&fields=*,-id,%00",
    "/api/v2/pages/?market=jp&order=%00",
    "/api/v2/films/?market=jp&type=wagtailcore.Page",
    "/api/v2/pages/99999999999999999999999/?market=jp",
    "/api/v2/quotes/?market=jp&search=%00",
    "/sitemap.xml?x=%ff",
    "/robots.txt/../admin/",
    "/healthz/../admin/",
]

MARKET_PREFIXES = ["jp", "kr", "us", "cn", "uk", "xx", "JP", "", "admin", "api/v2/pages", "static"]
SEGMENT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=0, max_size=40
)
RAW_SEGMENT = st.text(alphabet="%0123456789abcdefABCDEF./\\-_~:;@&=+$,?#[]!'()* ", max_size=40)


@pytest.fixture
def site(film_index, story_index):
    FilmPageFactory(parent=film_index, slug="rower")
    AthleteStoryPageFactory(parent=story_index, slug="ice-lions")


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_hostile_urls_are_answered_without_a_server_error(site, client, url):
    response = client.get(url)

    assert response.status_code < 500, url


def test_a_forged_host_is_refused_with_400(site, client):
    assert client.get("/jp/", HTTP_HOST="evil.example").status_code == 400


def test_a_request_id_header_cannot_split_the_response(site, client):
    response = client.get("/jp/", HTTP_X_REQUEST_ID="abc\r\nSet-Cookie: x=1")

    assert "\n" not in response["X-Request-ID"]
    assert "x" not in response.cookies


@settings(
    max_examples=150,
    deadline=None,
    # The site is read, never changed, so examples can share the test's data.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    prefix=st.sampled_from(MARKET_PREFIXES),
    segments=st.lists(st.one_of(SEGMENT.map(quote), RAW_SEGMENT), max_size=4),
    query=st.dictionaries(SEGMENT, SEGMENT, max_size=4),
    raw_query=RAW_SEGMENT,
)
def test_any_address_under_any_prefix_is_answered_without_a_server_error(
    site, client, prefix, segments, query, raw_query
):
    # (A leading "//" would make the test client read a host name, not a path.)
    path = "/" + "/".join([prefix, *segments]).lstrip("/")
    query_string = "&".join(f"{quote(k)}={quote(v)}" for k, v in query.items())
    url = f"{path}?{query_string}&{raw_query}"

    response = client.get(url)

    assert response.status_code < 500, url
