"""WCAG 2.2 AA in the markup: language of parts, landmarks, images, and friendly error pages."""

import re

from django.template import loader
from django.utils import translation

import wagtail_factories

from campaign.models import CampaignHomePage
from tests.factories import AthleteStoryPageFactory, FilmPageFactory


def test_market_switcher_names_each_market_in_its_own_language(client, home, markets):
    markets["jp"].name_ja = "日本"
    markets["jp"].save()
    markets["cn"].name_zh_hans = "中国"
    markets["cn"].save()

    html = client.get("/kr/").content.decode()

    assert re.search(r'<a href="/jp/" hreflang="ja" lang="ja"[^>]*>日本</a>', html)
    assert re.search(r'<a href="/cn/" hreflang="zh-Hans" lang="zh-Hans"[^>]*>中国</a>', html)
    assert re.search(r'<a href="/kr/" [^>]*aria-current="true"', html)


def test_text_shown_in_the_source_language_is_marked_as_english(client, film_index):
    film = FilmPageFactory(
        parent=film_index, title="Rower", title_ja="ボート選手", logline="Ducks first."
    )

    html = client.get(f"/jp/films/{film.slug}/").content.decode()

    assert "<h1>ボート選手</h1>" in html
    assert '<p class="lead" lang="en">Ducks first.</p>' in html


def test_pages_have_landmarks_a_skip_link_and_a_labelled_search(client, story_index):
    html = client.get("/us/stories/").content.decode()

    assert html.index('<a class="skip-link" href="#main">') < html.index("<header")
    for landmark in ('<header class="site-header">', '<main id="main"', "<footer"):
        assert landmark in html
    assert '<nav class="site-nav" aria-label="Main">' in html
    assert re.search(r'<form class="site-search"[^>]*role="search"', html)
    assert '<label class="visually-hidden" for="site-search-q">Search</label>' in html


def test_filter_controls_have_labels(client, story_index):
    html = client.get("/us/stories/").content.decode()

    for field in ("sport", "country"):
        assert f'<label for="id_{field}">' in html


def test_card_images_are_decorative_renditions_with_their_size(client, story_index):
    AthleteStoryPageFactory(parent=story_index, hero_image=wagtail_factories.ImageFactory())

    html = client.get("/us/stories/").content.decode()

    img = re.search(r"<img [^>]*>", html).group(0)
    assert 'alt=""' in img
    assert 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert re.search(r'<source[^>]+type="image/avif"', html)
    assert re.search(r'<source[^>]+type="image/webp"', html)
    assert "original_images" not in html


def test_a_story_hero_image_uses_its_description_as_alt_text(client, story_index):
    image = wagtail_factories.ImageFactory(description="Pita Taufatofua carrying Tonga's flag")
    story = AthleteStoryPageFactory(parent=story_index, hero_image=image)

    html = client.get(f"/us/stories/{story.slug}/").content.decode()

    img = re.search(r'<img [^>]*class="story__image"[^>]*>', html).group(0)
    assert 'alt="Pita Taufatofua carrying Tonga&#x27;s flag"' in img
    assert "loading" not in img  # above the fold


def test_not_found_page_speaks_the_market_language(client, home):
    response = client.get("/jp/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert "本文へ移動" in html  # the skip link, from the Japanese catalog
    assert 'href="/jp/"' in html
    assert 'action="/jp/search/"' in html


def test_not_found_outside_a_market_follows_the_browser(client, home):
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="ko-KR,ko;q=0.9")

    assert response.status_code == 404
    assert '<html lang="ko">' in response.content.decode()


def test_server_error_page_needs_no_database():
    # No db fixture: pytest-django fails any query this rendering would make.
    with translation.override("ja"):
        html = loader.get_template("500.html").render()

    assert '<html lang="ja">' in html
    assert "本文へ移動" in html


def test_a_crash_shows_the_error_page_in_the_market_language(client, home, monkeypatch):
    def crash(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(CampaignHomePage, "serve", crash)
    client.raise_request_exception = False

    response = client.get("/jp/")

    assert response.status_code == 500
    assert '<html lang="ja">' in response.content.decode()
