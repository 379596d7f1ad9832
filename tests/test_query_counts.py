"""Cold renders cost a fixed number of queries, whether a page lists a few items or many."""

import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
import wagtail_factories

from campaign.models import HomePageFeature, HomePageQuote, HomePageStatistic
from tests.factories import (
    AthleteStoryPageFactory,
    FilmPageFactory,
    FilmRunFactory,
    QuoteFactory,
    StatisticFactory,
    UserFactory,
)

SMALL, LARGE = 2, 14


def _body(image, film):
    return json.dumps(
        [
            {"type": "paragraph", "value": "<p>Small can be calculated.</p>", "id": "p1"},
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "A rink", "decorative": False},
                    "caption": "Nairobi",
                },
                "id": "i1",
            },
            {"type": "related_film", "value": {"film": film.pk}, "id": "f1"},
        ]
    )


def build(home, film_index, story_index, count, start=0):
    """``count`` films, stories, quotes and statistics, all shown on the public pages."""
    image = wagtail_factories.ImageFactory()
    films, stories = [], []
    for n in range(start, start + count):
        film = FilmPageFactory(parent=film_index, slug=f"film-{n}", poster=image)
        FilmRunFactory(film=film, channel="online")
        films.append(film)
        stories.append(
            AthleteStoryPageFactory(
                parent=story_index,
                slug=f"story-{n}",
                sport="rowing",
                hero_image=image,
                body=_body(image, film),
            )
        )
        HomePageQuote.objects.create(page=home, quote=QuoteFactory(), sort_order=n)
        HomePageStatistic.objects.create(page=home, statistic=StatisticFactory(), sort_order=n)
        HomePageFeature.objects.create(page=home, feature=film, sort_order=n)
    return films, stories


PAGES = {
    "home": "/us/",
    "film index": "/us/films/",
    "film": "/us/films/film-0/",
    "story index": "/us/stories/?sport=rowing",
    "story": "/us/stories/story-0/",
    "search": "/us/search/?q=small",
}


def count_queries(client, url):
    client.get(url)  # renditions are made on the first visit, as on a real site
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture
def campaign_of_size(home, film_index, story_index):
    made = []

    def make(count):
        items = build(home, film_index, story_index, count, start=len(made))
        made.extend(range(count))
        return items

    return make


@pytest.mark.parametrize("page", PAGES)
def test_public_page_costs_the_same_queries_for_few_and_many_items(client, campaign_of_size, page):
    campaign_of_size(SMALL)
    small = count_queries(client, PAGES[page])
    campaign_of_size(LARGE - SMALL)
    large = count_queries(client, PAGES[page])

    assert large == small, f"{page}: {small} queries with {SMALL} items, {large} with {LARGE}"
    assert small == QUERIES[page], f"{page}: {small} queries"


# A cold render, with renditions already made and no fragment kept (each is rendered).
# A change here is a change of cost: say why. A path Wagtail routed once comes with its
# site and its page (markets and schedules included) from the cache of routes; view
# restrictions are read from the cache; the cards load their items and images themselves.
# Films' own values per market cost one query where films show (the hero film, the film,
# the film cards of a listing or a story, read for all cards at once).
QUERIES = {
    "home": 21,
    "film index": 12,
    "film": 10,
    "story index": 12,
    "story": 15,
    # The ranked documents of the market, never the pages themselves, and its site from the
    # cache of routes.
    "search": 8,
}


def test_admin_explorer_and_story_editor_keep_bounded_query_counts(client, campaign_of_size):
    films, stories = campaign_of_size(SMALL)
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    explorer = reverse("wagtailadmin_explore", args=[stories[0].get_parent().pk])
    editor = reverse("wagtailadmin_pages:edit", args=[stories[0].pk])
    small = count_queries(client, explorer)
    campaign_of_size(LARGE - SMALL)
    large = count_queries(client, explorer)

    assert large <= small + 2, (
        f"explorer: {small} queries with {SMALL} stories, {large} with {LARGE}"
    )
    assert count_queries(client, editor) <= 120
