"""The engagement script on public pages: a static file, with what it reports in the HTML."""

import gzip
import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

import pytest

from tests.factories import FilmPageFactory, VideoFactory

pytestmark = pytest.mark.django_db

SCRIPT_TAG = re.compile(r'<script src="[^"]*engagement\.js"[^>]*>')
README = Path(settings.BASE_DIR) / "README.md"


def test_a_page_carries_the_script_with_its_market_and_page(client, home):
    html = client.get("/jp/").content.decode()

    [tag] = SCRIPT_TAG.findall(html)
    assert "defer" in tag
    assert 'data-endpoint="/engagement/events"' in tag
    assert 'data-market="jp"' in tag
    assert f'data-page="{home.pk}"' in tag


def test_a_page_served_from_the_cache_carries_the_same_script(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 600
    first = client.get("/kr/")
    second = client.get("/kr/")

    assert second["X-Page-Cache"] == "hit"
    assert SCRIPT_TAG.findall(second.content.decode()) == SCRIPT_TAG.findall(first.content.decode())
    assert 'data-market="kr"' in SCRIPT_TAG.findall(second.content.decode())[0]


def test_every_script_of_a_page_is_a_file(client, film_index):
    film = FilmPageFactory(parent=film_index, video=VideoFactory(), embed_url="")
    html = client.get(film.get_url()).content.decode()

    # Structured data (JSON-LD) is data, not code.
    scripts = [s for s in re.findall(r"<script\b[^>]*>", html) if "ld+json" not in s]
    assert scripts and all(" src=" in script for script in scripts)
    assert f'data-film-id="{film.pk}"' in html


def test_a_missing_page_sends_no_page_view(client, home):
    html = client.get("/jp/nowhere/").content.decode()

    assert not SCRIPT_TAG.findall(html)


def test_the_script_is_small_and_its_size_is_in_the_readme():
    script = Path(finders.find("campaign_engagement/js/engagement.js")).read_bytes()
    zipped = len(gzip.compress(script, compresslevel=9, mtime=0))

    assert len(script) < 5 * 1024
    readme = README.read_text()
    assert f"{len(script):,} bytes" in readme
    assert f"{zipped:,} bytes gzipped" in readme


def test_the_script_keeps_no_cookie_or_storage():
    script = Path(finders.find("campaign_engagement/js/engagement.js")).read_text()

    for forbidden in ("document.cookie", "localStorage", "sessionStorage", "indexedDB"):
        assert forbidden not in script
    assert "doNotTrack" in script and "globalPrivacyControl" in script
