"""Prints, as JSON, one address per public page type in the given markets (run by run.py)."""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "campaign.settings.production")

import django  # noqa: E402

django.setup()

from django.utils.http import urlencode  # noqa: E402

from campaign.markets.availability import filter_available  # noqa: E402
from campaign.markets.current import activate_market  # noqa: E402
from campaign.models import FilmIndexPage, FilmPage, Market  # noqa: E402
from stories.models import AthleteStoryPage, StoryIndexPage  # noqa: E402


def addresses(codes):
    result = {}
    for market in Market.objects.filter(code__in=codes):
        with activate_market(market):
            film = filter_available(FilmPage.objects.live(), market).order_by("pk").first()
            story = filter_available(AthleteStoryPage.objects.live(), market).order_by("pk").first()
            story_index = StoryIndexPage.objects.first()
            result[market.code] = {
                "home": f"/{market.url_prefix}/",
                "film index": FilmIndexPage.objects.first().url,
                "film": film.url,
                "story index (filtered)": f"{story_index.url}?{urlencode({'sport': story.sport})}",
                "story": story.url,
                "search": f"/{market.url_prefix}/search/?{urlencode({'q': 'small'})}",
            }
    return result


if __name__ == "__main__":
    json.dump(addresses(sys.argv[1:] or ["jp", "us"]), sys.stdout)
