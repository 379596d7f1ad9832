"""Where each page type may live in the tree, checked with Wagtail's own helpers."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from campaign.models import CampaignHomePage, FilmIndexPage, FilmPage
from stories.models import AthleteStoryPage, StoryIndexPage


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_top_of_the_tree(self):
        self.assertAllowedParentPageTypes(CampaignHomePage, {Page})

    def test_index_pages_sit_below_the_home_page(self):
        self.assertAllowedParentPageTypes(FilmIndexPage, {CampaignHomePage})
        self.assertAllowedParentPageTypes(StoryIndexPage, {CampaignHomePage})
        self.assertAllowedSubpageTypes(CampaignHomePage, {FilmIndexPage, StoryIndexPage})

    def test_films_and_stories_sit_below_their_index(self):
        self.assertAllowedParentPageTypes(FilmPage, {FilmIndexPage})
        self.assertAllowedParentPageTypes(AthleteStoryPage, {StoryIndexPage})
        self.assertAllowedSubpageTypes(FilmPage, set())
        self.assertAllowedSubpageTypes(AthleteStoryPage, set())

    def test_one_home_page_and_one_index_of_each_kind(self):
        assert CampaignHomePage.max_count == 1
        assert FilmIndexPage.max_count == 1
        assert StoryIndexPage.max_count == 1
