"""The film player: captions in the market's language, no autoplay, nothing external until asked."""

import re

from django.core.management import call_command

import pytest
import wagtail_factories

from campaign.demo.captions import webvtt
from campaign.models import FilmPage
from campaign.platform.video_services import external_film
from tests.factories import (
    CaptionDocumentFactory,
    FilmCaptionFactory,
    FilmPageFactory,
    VideoFactory,
)


@pytest.fixture
def film(film_index):
    """An uploaded film with Japanese and English captions and a transcript."""
    page = FilmPageFactory(
        parent=film_index,
        title="Manifesto",
        title_ja="マニフェスト",
        logline_ja="小さな瞬間の映像。",
        embed_url="",
        video=VideoFactory(),
        poster=wagtail_factories.ImageFactory(),
        transcript="Narrator: Small can be measured.",
        transcript_ja="ナレーション：小ささは数えられる。",
    )
    FilmCaptionFactory(film=page, language="ja")
    FilmCaptionFactory(film=page, language="en")
    return page


def tracks(html):
    return re.findall(r"<track [^>]*>", html)


def test_the_market_language_captions_are_on_by_default(client, film):
    html = client.get(f"/jp/films/{film.slug}/").content.decode()

    japanese, english = tracks(html)
    assert 'srclang="ja"' in japanese and "default" in japanese
    assert 'srclang="en"' in english and "default" not in english
    assert 'kind="captions"' in japanese


def test_british_visitors_get_the_english_captions(client, film):
    html = client.get(f"/uk/films/{film.slug}/").content.decode()

    (default,) = [track for track in tracks(html) if "default" in track]
    assert 'srclang="en"' in default


def test_no_captions_are_forced_on_a_market_without_its_language(client, film):
    FilmPage.objects.filter(pk=film.pk).update(title_zh_hans="宣言")

    html = client.get(f"/cn/films/{film.slug}/").content.decode()

    assert tracks(html)
    assert not [track for track in tracks(html) if "default" in track]


def test_the_film_never_plays_by_itself(client, film):
    html = client.get(f"/jp/films/{film.slug}/").content.decode()

    video = re.search(r"<video [^>]*>", html).group(0)
    assert "autoplay" not in html
    assert 'preload="none"' in video
    assert "controls" in video
    assert re.search(r'poster="/media/images/[^"]+\.fill-1280x720\.format-jpeg\.jpg"', video)


def test_the_transcript_is_on_the_page_in_the_market_language(client, film):
    html = client.get(f"/jp/films/{film.slug}/").content.decode()

    assert 'id="transcript"' in html
    assert "ナレーション：小ささは数えられる。" in html
    assert 'href="#transcript"' in html


def test_the_caption_file_is_served_as_webvtt(client, film):
    caption = film.captions.get(language="ja")

    response = client.get(caption.file.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt"
    assert b"".join(response.streaming_content).startswith(b"WEBVTT")


def test_an_external_film_loads_nothing_from_its_provider_before_a_click(client, film_index):
    film = FilmPageFactory(parent=film_index, embed_url="https://www.youtube.com/watch?v=abc123")

    html = client.get(f"/us/films/{film.slug}/").content.decode()

    assert "<iframe" not in html
    assert not re.search(r'(?<![-\w])(src|srcset|poster)="https?://', html)
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/abc123"' in html
    assert 'href="https://www.youtube.com/watch?v=abc123"' in html  # works without JavaScript


def test_player_script_is_a_static_file_and_pages_have_no_inline_code(client, film):
    html = client.get(f"/jp/films/{film.slug}/").content.decode()

    assert re.search(r'<script src="/static/campaign/js/player\.js" defer></script>', html)
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert all('type="application/ld+json"' in attributes for attributes in inline)
    assert "<style" not in html
    assert " style=" not in html
    assert not re.search(r" on[a-z]+=", html)


@pytest.mark.parametrize(
    ("url", "embed_src"),
    [
        ("https://youtu.be/abc123", "https://www.youtube-nocookie.com/embed/abc123"),
        ("https://www.youtube.com/embed/abc123", "https://www.youtube-nocookie.com/embed/abc123"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        (
            "https://v.youku.com/v_show/id_XMzM0NjA2NDQ0.html",
            "https://player.youku.com/embed/XMzM0NjA2NDQ0",
        ),
        (
            "https://www.bilibili.com/video/BV1Gs4y1r7Dk",
            "https://player.bilibili.com/player.html?bvid=BV1Gs4y1r7Dk&autoplay=0",
        ),
        (
            "https://v.qq.com/x/page/a0012345678.html",
            "https://v.qq.com/txp/iframe/player.html?vid=a0012345678",
        ),
    ],
)
def test_known_video_services_are_embedded_from_their_player_address(url, embed_src):
    assert external_film(url).embed_src == embed_src


@pytest.mark.parametrize(
    "url", ["https://example.com/film", "javascript:alert(1)", "https://youtube.com/watch?v=<x>"]
)
def test_unknown_or_unsafe_addresses_are_not_embedded(url):
    assert external_film(url) is None


def test_webvtt_has_one_cue_per_transcript_line_within_the_film():
    vtt = webvtt("First line\n\nSecond <line> & more\n", seconds=10)

    assert vtt.startswith("WEBVTT\n")
    assert "00:00:00.000 --> 00:00:04.950\nFirst line" in vtt
    assert "00:00:05.000 --> 00:00:09.950\nSecond &lt;line&gt; &amp; more" in vtt


def test_demo_films_have_captions_in_every_language(db, client):
    call_command("load_demo_campaign", stdout=None)

    # A film on a video service has its captions there; uploaded ones carry their own.
    assert FilmPage.objects.live().filter(video=None).count() == 1
    for film in FilmPage.objects.live().exclude(video=None):
        languages = set(film.captions.values_list("language", flat=True))
        assert languages == {"en", "zh-hans", "ja", "ko", "en-gb"}
    film = FilmPage.objects.get(slug_en="manifesto")
    html = client.get(f"/jp/{film.get_parent().slug_ja}/{film.slug_ja}/").content.decode()
    (default,) = [track for track in tracks(html) if "default" in track]
    assert 'srclang="ja"' in default
    caption = film.captions.get(language="ja").file
    assert "小ささは数えられる" in caption.file.open().read().decode()


def test_caption_documents_accept_only_vtt_files(db):
    document = CaptionDocumentFactory()

    assert document.file.name.endswith(".vtt")
