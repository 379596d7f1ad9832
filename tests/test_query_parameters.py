"""Ad clicks and stray parameters: one page, one cache entry, clean links."""

import re

from django.http import QueryDict

import pytest

from campaign.platform.query import canonical_query, is_tracking, read_parameters
from tests.factories import AthleteStoryPageFactory

AD_CLICK = "utm_source=google&utm_medium=cpc&utm_campaign=launch&gclid={}&fbclid=x{}"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def cache_state(client, url):
    return client.get(url).headers.get("X-Page-Cache")


@pytest.fixture
def stories(story_index):
    for number in range(13):
        AthleteStoryPageFactory(parent=story_index, title=f"Sled {number}", sport="bobsleigh")
    AthleteStoryPageFactory(parent=story_index, title="Rower", sport="rowing")
    return story_index


def test_every_ad_click_is_served_from_the_one_cached_page(client, home):
    assert cache_state(client, "/jp/?" + AD_CLICK.format("first", 1)) == "miss"

    for click in range(2, 12):
        assert cache_state(client, "/jp/?" + AD_CLICK.format(f"click-{click}", click)) == "hit"
    assert cache_state(client, "/jp/") == "hit"


def test_a_filter_is_one_entry_however_it_is_spelt(client, stories):
    assert cache_state(client, "/us/stories/?sport=bobsleigh") == "miss"

    for spelling in (
        "?sport=Bobsleigh",
        "?sport=+BOBSLEIGH+&utm_source=news",
        "?country=&sport=bobsleigh&page=1",
        "?sport=rowing&sport=bobsleigh",
        "?page=01&sport=bobsleigh&gclid=abc",
        "?sport=bobsleigh&typo=1",
    ):
        response = client.get("/us/stories/" + spelling)
        assert response.headers["X-Page-Cache"] == "hit", spelling
        assert ">Rower</a>" not in response.content.decode()


def test_pages_read_the_normalised_filter(client, stories):
    html = client.get("/us/stories/?sport=ROWING").content.decode()

    assert ">Rower</a>" in html
    assert ">Sled 1</a>" not in html


def test_links_and_head_tags_never_carry_tracking_parameters(client, stories):
    html = client.get("/us/stories/?sport=bobsleigh&gclid=secret&utm_source=mail").content.decode()

    assert "secret" not in html and "utm_source" not in html
    assert '<link rel="canonical" href="http://testserver/us/stories/?sport=bobsleigh">' in html
    assert 'href="?page=2&amp;sport=bobsleigh"' in html
    alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', html)
    assert alternates and all("gclid" not in url and "utm_" not in url for url in alternates)


def test_a_page_that_reads_no_filter_has_a_plain_canonical(client, home):
    html = client.get("/us/?sport=bobsleigh&page=3").content.decode()

    assert '<link rel="canonical" href="http://testserver/us/">' in html


def test_one_path_holds_a_bounded_number_of_variants(client, stories, settings):
    settings.PAGE_CACHE_MAX_VARIANTS = 3
    for page in range(2, 5):
        client.get(f"/us/stories/?page={page}")
        assert cache_state(client, f"/us/stories/?page={page}") == "hit"

    assert cache_state(client, "/us/stories/?page=5") == "miss"
    assert cache_state(client, "/us/stories/?page=5") == "miss"
    # The plain address is always cached, and so are the variants already stored.
    client.get("/us/stories/")
    assert cache_state(client, "/us/stories/") == "hit"
    assert cache_state(client, "/us/stories/?page=2") == "hit"


def test_the_admin_and_the_api_keep_their_queries(client, home, admin_user):
    response = client.get("/api/v2/pages/?market=jp&utm_source=x")

    assert response.status_code == 400  # the API names what it does not know


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sport=Rowing&gclid=1", "sport=rowing"),
        ("page=1", ""),
        ("page=0", ""),
        ("page=-3", ""),
        ("page=abc", ""),
        ("page=007", "page=7"),
        ("q=%EF%BD%92%EF%BD%89%EF%BD%8E%EF%BD%8B++team", "q=rink+team"),
        ("country=ke&sport=", "country=KE"),
        ("utm_anything=1&_gl=2&unknown=3", ""),
    ],
)
def test_normalised_queries(query, expected):
    assert canonical_query(QueryDict(query)) == expected


def test_tracking_parameters_are_recognised_by_name_and_pattern():
    assert is_tracking("utm_term") and is_tracking("GCLID") and is_tracking("fbclid")
    assert not is_tracking("page") and not is_tracking("sport")


def test_a_page_reads_only_its_own_parameters():
    query = QueryDict("q=rink&page=2&sport=rowing")

    assert read_parameters(query, names=("page", "sport")) == [("page", "2"), ("sport", "rowing")]
