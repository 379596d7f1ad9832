"""The admin costs the same queries whatever the size of the campaign."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from campaign.markets.roles import EDITORS
from campaign.models import PageMarketSchedule
from campaign.translations.gaps import refresh_gaps
from campaign.translations.items import working_copy
from campaign.translations.models import TranslationGap
from campaign.translations.status import translation_problems
from campaign.workflow.setup import setup_campaign_roles
from tests.factories import AthleteStoryPageFactory, QuoteFactory, StatisticFactory, UserFactory
from tests.test_query_counts import LARGE, SMALL, build

SCREENS = {
    "dashboard": lambda ids: reverse("wagtailadmin_home"),
    "translation status": lambda ids: reverse("translation_status"),
    "translation status as CSV": lambda ids: reverse("translation_status") + "?format=csv",
    "launch calendar": lambda ids: reverse("launch_calendar"),
    "story explorer": lambda ids: reverse("wagtailadmin_explore", args=[ids["story_index"]]),
    "story editor": lambda ids: reverse("wagtailadmin_pages:edit", args=[ids["story"]]),
    "quotes": lambda ids: reverse("wagtailsnippets_campaign_quote:list"),
    "statistics": lambda ids: reverse("wagtailsnippets_campaign_statistic:list"),
}


def queries_of(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture
def campaign(home, film_index, story_index, markets):
    made = []

    def grow(count):
        films, stories = build(home, film_index, story_index, count, start=len(made))
        made.extend(stories)
        for story in stories:
            # Every story goes live in Japan soon and misses its Korean translation.
            PageMarketSchedule.objects.create(page=story, market=markets["jp"])
        return {"story_index": story_index.pk, "story": made[0].pk}

    return grow


@pytest.mark.parametrize("screen", SCREENS)
def test_admin_screens_cost_the_same_for_few_and_many_items(client, campaign, screen):
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    ids = campaign(SMALL)
    small = queries_of(client, SCREENS[screen](ids))
    campaign(LARGE - SMALL)
    large = queries_of(client, SCREENS[screen](ids))

    # (A page of the report may hold fewer kinds of item, so fewer item queries, not more.)
    assert large <= small, f"{screen}: {small} queries with {SMALL} stories, {large} with {LARGE}"


def test_an_editors_explorer_costs_the_same_for_few_and_many_stories(client, campaign):
    # An editor may not publish: whether each story may be deleted or moved then depends on
    # whether it is live, which Wagtail asks the database for every row.
    setup_campaign_roles()
    client.force_login(UserFactory(roles=[EDITORS]))
    ids = campaign(SMALL)
    small = queries_of(client, SCREENS["story explorer"](ids))
    campaign(LARGE - SMALL)

    assert queries_of(client, SCREENS["story explorer"](ids)) <= small


def test_an_editor_may_delete_a_draft_story_but_not_a_live_one(story_index, home):
    setup_campaign_roles()
    editor = UserFactory(roles=[EDITORS])
    live = AthleteStoryPageFactory(parent=story_index, title="Live rink")
    draft = AthleteStoryPageFactory(parent=story_index, title="Draft rink", live=False)

    assert not live.permissions_for_user(editor).can_delete()
    assert not live.permissions_for_user(editor).can_move()
    assert draft.permissions_for_user(editor).can_delete()
    # A page with children is left to Wagtail's own rule, which looks at every one of them.
    assert not story_index.permissions_for_user(editor).can_delete()


def stored(item):
    gaps = TranslationGap.objects.filter(object_id=str(item.pk))
    return {(gap.field, gap.language, gap.state) for gap in gaps}


def computed(item):
    return {(p.field, p.language, p.state) for p in translation_problems(working_copy(item))}


def test_stored_gaps_follow_every_change(story_index, markets):
    story = AthleteStoryPageFactory(parent=story_index, title="Rink", summary="A rink.")
    assert stored(story) == computed(story) and ("summary", "ja", "missing") in stored(story)

    story.summary_ja = "リンク。"
    story.save_revision().publish()
    assert ("summary", "ja", "missing") not in stored(story)

    story.summary = "A smaller rink."  # the source changes: the Japanese text is out of date
    story.save_revision()
    assert ("summary", "ja", "stale") in stored(story) and stored(story) == computed(story)

    story.get_latest_revision().publish()
    story.delete()
    assert stored(story) == set()


def test_a_snippet_draft_and_its_markets_are_stored_too(markets):
    quote = QuoteFactory(text="Small can be calculated.", text_ja="小さいは計算できる。")
    quote.text = "Small can be counted."
    quote.markets.set([markets["jp"]])
    quote.save_revision()

    gap = TranslationGap.objects.get(object_id=str(quote.pk), field="text", language="ja")
    assert gap.state == "stale" and gap.market_codes == ",jp,"


def test_refreshing_changes_nothing_that_was_stored(story_index, markets):
    story = AthleteStoryPageFactory(parent=story_index, title="Rink")
    StatisticFactory(label="97% of companies are small")
    columns = ("object_id", "field", "language", "state")
    before = set(TranslationGap.objects.values_list(*columns))

    refresh_gaps(story)

    assert set(TranslationGap.objects.values_list(*columns)) == before
