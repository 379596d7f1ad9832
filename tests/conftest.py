import os
import shutil
import tempfile

from django.core.cache import cache
from django.urls import clear_url_caches
from django.utils import translation

from wagtail.models import Page, Site

import pytest

from campaign.engagement import collection
from campaign.platform.page_cache.local import local_pages
from campaign.platform.page_cache.middleware import prefetch_timer
from campaign.platform.redis_breaker import breaker
from tests.factories import (
    STANDARD_MARKETS,
    CampaignHomePageFactory,
    FilmIndexPageFactory,
    MarketFactory,
    StoryIndexPageFactory,
)

# A mutation run starts one test session per mutant, and migrating a new database for each
# would cost more than its tests. It names a migrated SQLite file instead, and each session
# works on a copy of its own.
if os.environ.get("TEST_DATABASE_TEMPLATE"):

    @pytest.fixture(scope="session")
    def django_db_setup(django_db_blocker):
        from django.db import connection

        handle, copy = tempfile.mkstemp(suffix=".sqlite3")
        os.close(handle)
        shutil.copyfile(os.environ["TEST_DATABASE_TEMPLATE"], copy)
        connection.close()
        connection.settings_dict["NAME"] = copy
        yield
        connection.close()
        os.unlink(copy)


@pytest.fixture(autouse=True)
def _isolated_state(settings, tmp_path):
    """Each test gets its own media folder, an empty cache, fresh URL routes and an empty
    engagement buffer."""
    settings.MEDIA_ROOT = tmp_path / "media"
    # What one test's Redis outage left in the process (the pause, the kept pages) is not
    # another test's.
    breaker.reset()
    local_pages.clear()
    prefetch_timer.clear()
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.json"
    settings.ENGAGEMENT_BUFFER = {"BACKEND": "spool", "PATH": str(tmp_path / "spool.sqlite3")}
    cache.clear()
    clear_url_caches()
    collection.forget_markets()
    with translation.override("en"):
        yield
    cache.clear()


@pytest.fixture
def markets(db):
    """The campaign's five markets, by code; Korea hides untranslated items."""
    created = {}
    for order, (code, language, time_zone, name) in enumerate(STANDARD_MARKETS):
        created[code] = MarketFactory(
            code=code,
            language=language,
            time_zone=time_zone,
            name_en=name,
            sort_order=order,
            fallback_policy="hide" if code == "kr" else "source",
        )
    return created


@pytest.fixture
def home(markets):
    """A campaign home page as the root of the default site."""
    root = Page.get_first_root_node()
    page = CampaignHomePageFactory(
        parent=root,
        title_ja="小さな偉大さに",
        title_zh_hans="致小的伟大",
        title_ko="작은 것의 위대함에",
        title_en_gb="To the Greatness of Small",
        hero_heading_ja="小さな偉大さに",
        hero_heading_zh_hans="致小的伟大",
        hero_heading_ko="작은 것의 위대함에",
        hero_heading_en_gb="To the greatness of small",
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": page},
    )
    return page


@pytest.fixture
def film_index(home):
    return FilmIndexPageFactory(parent=home, title_ko="영상", title_ja="映像", title_zh_hans="影片")


@pytest.fixture
def story_index(home):
    return StoryIndexPageFactory(
        parent=home, title_ko="이야기", title_ja="ストーリー", title_zh_hans="故事"
    )
