"""What search engines and social networks read: hreflang, sitemap, robots, tags, JSON-LD."""

import json
import re
from datetime import timedelta
from xml.etree import ElementTree

from django.utils import timezone

import pytest
import wagtail_factories

from campaign.models import PageMarketSchedule
from tests.factories import AthleteStoryPageFactory, FilmPageFactory, VideoFactory
from tests.schema_org import validate

XHTML = "{http://www.w3.org/1999/xhtml}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def json_ld(html):
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - the site's own sitemap
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


@pytest.fixture
def film(film_index, markets):
    """A film running in Japan and the United States only."""
    return FilmPageFactory(
        parent=film_index,
        title="Manifesto",
        title_ja="マニフェスト",
        slug="manifesto",
        slug_ja="マニフェスト",
        logline_ja="小さな瞬間の映像。",
        markets=[markets["jp"], markets["us"]],
        poster=wagtail_factories.ImageFactory(),
    )


def test_each_version_links_the_other_both_ways_with_x_default(client, film):
    japanese = alternates(client.get("/jp/films/マニフェスト/").content.decode())
    english = alternates(client.get("/us/films/manifesto/").content.decode())

    expected = {
        "ja": "http://testserver/jp/films/%E3%83%9E%E3%83%8B%E3%83%95%E3%82%A7%E3%82%B9%E3%83%88/",
        "en": "http://testserver/us/films/manifesto/",
        "x-default": "http://testserver/",
    }
    assert japanese == expected
    assert english == expected


def test_regional_languages_use_bcp47_hreflang(client, home):
    links = alternates(client.get("/us/").content.decode())

    assert links["zh-Hans"] == "http://testserver/cn/"
    assert links["en-GB"] == "http://testserver/uk/"
    assert set(links) == {"zh-Hans", "ja", "ko", "en", "en-GB", "x-default"}


def test_canonical_keeps_filters_and_drops_tracking(client, story_index):
    html = client.get("/us/stories/?sport=bobsleigh&utm_source=tv&page=1").content.decode()

    assert '<link rel="canonical" href="http://testserver/us/stories/?sport=bobsleigh">' in html


def test_sitemap_lists_each_page_in_each_market_where_it_runs(client, film):
    urls = sitemap(client)

    film_urls = [url for url in urls if "manifesto" in url or "%E3%83%9E" in url]
    assert sorted(film_urls) == sorted(
        [
            "http://testserver/jp/films/%E3%83%9E%E3%83%8B%E3%83%95%E3%82%A7%E3%82%B9%E3%83%88/",
            "http://testserver/us/films/manifesto/",
        ]
    )
    assert urls["http://testserver/us/films/manifesto/"]["x-default"] == "http://testserver/"
    assert set(urls["http://testserver/us/films/manifesto/"]) == {"ja", "en", "x-default"}
    assert len([url for url in urls if url.rstrip("/").count("/") == 3]) == 5  # five homes


def test_sitemap_follows_go_live_and_expiry(client, film, markets):
    now = timezone.now()
    PageMarketSchedule.objects.create(
        page=film, market=markets["jp"], go_live_at=now + timedelta(days=1)
    )
    PageMarketSchedule.objects.create(
        page=film, market=markets["us"], expire_at=now - timedelta(days=1)
    )

    urls = sitemap(client)

    assert not [url for url in urls if "manifesto" in url or "%E3%83%9E" in url]


def test_sitemap_leaves_out_drafts(client, story_index):
    AthleteStoryPageFactory(parent=story_index, slug="secret", live=False)

    assert not [url for url in sitemap(client) if "secret" in url]


def test_sitemap_costs_the_same_queries_for_more_pages(
    client, story_index, django_assert_max_num_queries
):
    for _ in range(3):
        AthleteStoryPageFactory(parent=story_index)
    with django_assert_max_num_queries(40) as few:
        client.get("/sitemap.xml")
    budget = len(few)
    for _ in range(6):
        AthleteStoryPageFactory(parent=story_index)

    with django_assert_max_num_queries(budget):
        client.get("/sitemap.xml")


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_share_tags_use_a_rendition_of_the_poster(client, film):
    html = client.get("/jp/films/マニフェスト/").content.decode()

    image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert re.match(r"http://testserver/media/images/.+\.fill-1200x630\.format-jpeg\.jpg$", image)
    assert '<meta property="og:title" content="マニフェスト">' in html
    assert '<meta property="og:locale" content="ja_JP">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert "original_images" not in html


def test_film_json_ld_is_a_valid_video_object(client, film):
    film.video = VideoFactory()
    film.duration = timedelta(minutes=1, seconds=30)
    film.save()

    data = json_ld(client.get("/jp/films/マニフェスト/").content.decode())

    assert validate(data) == []
    (video,) = data["@graph"]
    assert video["@type"] == "VideoObject"
    assert video["duration"] == "PT1M30S"
    assert video["name"] == "マニフェスト"
    assert video["contentUrl"].startswith("http://testserver/media/")


def test_embedded_film_json_ld_has_its_embed_url(client, film):
    data = json_ld(client.get("/us/films/manifesto/").content.decode())

    assert validate(data) == []
    assert data["@graph"][0]["embedUrl"] == film.embed_url


def test_story_json_ld_is_a_valid_article(client, story_index):
    story = AthleteStoryPageFactory(
        parent=story_index,
        slug="tonga",
        hero_image=wagtail_factories.ImageFactory(),
        first_published_at=timezone.now(),
    )

    data = json_ld(client.get(f"/uk/stories/{story.slug}/").content.decode())

    assert validate(data) == []
    assert data["@graph"][0]["@type"] == "Article"
    assert data["@graph"][0]["inLanguage"] == "en-GB"


def test_home_json_ld_describes_the_organization_and_the_site_search(client, home):
    data = json_ld(client.get("/kr/").content.decode())

    assert validate(data) == []
    organization, website = data["@graph"]
    assert organization["@type"] == "Organization"
    assert website["potentialAction"]["target"]["urlTemplate"] == (
        "http://testserver/kr/search/?q={search_term}"
    )


def test_json_ld_cannot_close_its_script_element(client, film_index):
    FilmPageFactory(
        parent=film_index,
        slug="x",
        logline="</script><script>alert(1)</script>",
        poster=wagtail_factories.ImageFactory(),
    )

    html = client.get("/us/films/x/").content.decode()

    assert "</script><script>alert(1)" not in html
    assert validate(json_ld(html)) == []


def test_the_validator_catches_what_search_engines_reject():
    document = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": "Film",
        "thumbnailURL": "x",
        "duration": "90 seconds",
    }

    problems = validate(document)

    assert "$[0]: VideoObject lacks description" in problems
    assert "$[0]: VideoObject needs one of contentUrl, embedUrl" in problems
    assert "$[0].thumbnailURL: not a property of VideoObject" in problems
    assert "$[0].duration: unexpected value '90 seconds'" in problems
