"""Search reads each market's documents: in step with what visitors read, cheap to query."""

from datetime import timedelta

from django.utils import timezone

import time_machine

from campaign.models import PageMarketSchedule
from campaign.site.search.market_search import search_market
from campaign.site.search.models import SearchDocument
from tests.factories import AthleteStoryPageFactory


def titles(market, query):
    return [hit.title for hit in search_market(market, query)[:10]]


def test_a_published_story_has_one_document_per_market_in_its_language(story_index, markets):
    story = AthleteStoryPageFactory(parent=story_index, title="Rink", title_ja="リンク")

    documents = {d.market.code: d for d in SearchDocument.objects.filter(page=story)}

    # Korea hides what is not translated into Korean: the story has no document there yet.
    assert set(documents) == set(markets) - {"kr"}
    assert documents["jp"].title == "リンク" and documents["jp"].url.startswith("/jp/")
    # A missing translation reads as the source text, and says so.
    assert documents["uk"].title == "Rink" and documents["uk"].title_language == "en"


def test_a_page_limited_to_markets_has_documents_there_only(story_index, markets):
    story = AthleteStoryPageFactory(parent=story_index, title="Rink", markets=[markets["jp"]])

    assert list(
        SearchDocument.objects.filter(page=story).values_list("market__code", flat=True)
    ) == ["jp"]
    story.markets.set([markets["jp"], markets["us"]])
    story.save_revision().publish()

    codes = set(SearchDocument.objects.filter(page=story).values_list("market__code", flat=True))
    assert codes == {"jp", "us"}


def test_a_draft_changes_no_document_and_a_publish_does(story_index, markets):
    story = AthleteStoryPageFactory(parent=story_index, title="Rink", summary="Old words.")
    story.summary = "Fresh words."
    story.save_revision()
    assert "Fresh" not in SearchDocument.objects.get(page=story, market=markets["us"]).summary

    story.get_latest_revision().publish()

    assert "Fresh" in SearchDocument.objects.get(page=story, market=markets["us"]).summary


def test_unpublished_and_deleted_pages_leave_the_search(story_index, markets):
    story = AthleteStoryPageFactory(parent=story_index, title="Rink")
    other = AthleteStoryPageFactory(parent=story_index, title="Rink two")

    story.unpublish()
    other.delete()

    assert not SearchDocument.objects.filter(page__in=[story.pk, other.pk]).exists()


def test_a_search_costs_the_same_queries_for_2_or_20_results(
    story_index, markets, django_assert_num_queries
):
    def cost():
        search_market(markets["us"], f"sled {timezone.now().timestamp()}")
        # The ranking, then the page of hits (view restrictions come from the cache).
        with django_assert_num_queries(2) as captured:
            list(search_market(markets["us"], "sled")[:10])
        return len(captured)

    for number in range(2):
        AthleteStoryPageFactory(parent=story_index, title=f"Sled {number}")
    few = cost()
    for number in range(2, 20):
        AthleteStoryPageFactory(parent=story_index, title=f"Sled {number}")

    assert cost() == few


def test_one_normalised_query_is_ranked_once(story_index, markets, django_assert_num_queries):
    AthleteStoryPageFactory(parent=story_index, title="Small rink")
    list(search_market(markets["us"], "Small  RINK")[:10])

    with django_assert_num_queries(1):  # only the page of hits: the ranking is kept
        hits = list(search_market(markets["us"], "small rink")[:10])

    assert [hit.title for hit in hits] == ["Small rink"]


def test_kept_results_never_outlive_a_go_live(story_index, markets):
    go_live = (timezone.now() + timedelta(days=3)).replace(second=0, microsecond=0)
    late = AthleteStoryPageFactory(parent=story_index, title="Late rink")
    PageMarketSchedule.objects.create(page=late, market=markets["us"], go_live_at=go_live)

    with time_machine.travel(go_live - timedelta(seconds=5), tick=False):
        assert titles(markets["us"], "rink") == []
    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        assert titles(markets["us"], "rink") == ["Late rink"]


def test_a_change_of_a_document_is_found_at_once(story_index, markets):
    story = AthleteStoryPageFactory(parent=story_index, title="Rink", athlete="A team")
    assert titles(markets["us"], "lions") == []

    story.title = "Ice lions"
    story.save_revision().publish()

    assert titles(markets["us"], "lions") == ["Ice lions"]


def test_a_cached_search_knows_the_next_go_live_without_asking_each_time(
    story_index, markets, django_assert_num_queries
):
    from campaign.site.search.market_search import _next_change

    go_live = (timezone.now() + timedelta(days=3)).replace(second=0, microsecond=0)
    expiry = go_live + timedelta(days=1)
    late = AthleteStoryPageFactory(parent=story_index, title="Late rink")
    assert _next_change(markets["us"]) is None
    PageMarketSchedule.objects.create(page=late, market=markets["us"], go_live_at=go_live)

    # The new schedule changed the documents: what was kept is not read again.
    assert _next_change(markets["us"]) == go_live
    with django_assert_num_queries(0):
        assert _next_change(markets["us"]) == go_live
    PageMarketSchedule.objects.filter(page=late).update(expire_at=expiry)
    late.save_revision().publish()
    with time_machine.travel(go_live - timedelta(seconds=10), tick=False):
        assert _next_change(markets["us"]) == go_live
    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        # Once the go-live has come, the next change is the expiry.
        assert _next_change(markets["us"]) == expiry
