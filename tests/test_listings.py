"""Listings filter and paginate, each state at its own address, at a steady query cost."""

import wagtail_factories

from campaign.models.listings import ITEMS_PER_PAGE
from tests.factories import AthleteStoryPageFactory, FilmPageFactory, FilmRunFactory


def test_story_filters_have_their_own_address_and_pages_keep_them(client, story_index):
    for number in range(ITEMS_PER_PAGE + 1):
        AthleteStoryPageFactory(parent=story_index, title=f"Sled {number}", sport="bobsleigh")
    AthleteStoryPageFactory(parent=story_index, title="Rower", sport="rowing")

    first = client.get("/us/stories/?sport=bobsleigh").content.decode()
    second = client.get("/us/stories/?sport=bobsleigh&page=2").content.decode()

    assert "Rower" not in first and "Rower" not in second
    # Links carry the listing's state in its one spelling: parameters sorted by name.
    assert 'href="?page=2&amp;sport=bobsleigh"' in first
    assert "Page 2 of 2" in second
    assert second.count('class="card"') == 1


def test_stories_filter_by_country(client, story_index):
    AthleteStoryPageFactory(parent=story_index, title="Tonga", country="TO")
    AthleteStoryPageFactory(parent=story_index, title="Kenya", country="KE")

    html = client.get("/us/stories/?country=TO").content.decode()

    assert ">Tonga</a>" in html
    assert ">Kenya</a>" not in html
    assert '<option value="TO" selected>' in html


def test_an_unknown_filter_value_is_a_clear_error_and_lists_everything(client, story_index):
    AthleteStoryPageFactory(parent=story_index, title="Tonga")

    response = client.get("/us/stories/?sport=<b>&country=ZZ&page=x")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert ">Tonga</a>" in html
    assert "<b>" not in html


def test_films_filter_by_the_channels_of_the_market(client, film_index, markets):
    tv = FilmPageFactory(parent=film_index, title="On TV")
    FilmRunFactory(film=tv, channel="tv", market=markets["cn"])

    assert "On TV" in client.get("/cn/films/?channel=tv").content.decode()
    assert "On TV" not in client.get("/us/films/?channel=tv").content.decode()


def _stories_with_images(story_index, count):
    for _ in range(count):
        AthleteStoryPageFactory(parent=story_index, hero_image=wagtail_factories.ImageFactory())


def test_story_list_costs_the_same_queries_for_more_stories(
    client, story_index, django_assert_max_num_queries
):
    _stories_with_images(story_index, 2)
    client.get("/us/stories/")  # renditions are made on the first view
    with django_assert_max_num_queries(60) as few:
        client.get("/us/stories/")
    budget = len(few)
    _stories_with_images(story_index, 6)
    client.get("/us/stories/")

    with django_assert_max_num_queries(budget):
        client.get("/us/stories/")
