"""A market's fallback chain: the languages its visitors read where its own is missing.

The chain is data on the Market. Korea hides untranslated items; here it reads Japanese
before that policy applies (as a later Hong Kong market would read Simplified Chinese),
and the United Kingdom reads American English. Each place that resolves a missing
translation follows the chain: the page, listings, search, the API, hreflang, the status
report and its CSV, the side-by-side editor, the translation check and PO exports.
"""

import csv
import io

from django.core.exceptions import ValidationError
from django.urls import reverse

import polib
import pytest

from campaign.markets.current import activate_market
from campaign.markets.fallbacks import MarketFallbacks, chain_of
from campaign.markets.models import Market
from campaign.markets.roles import translator_group
from campaign.translations.fill import fill_exact_matches
from campaign.translations.models import TranslationGap
from campaign.translations.po import export_catalog
from campaign.translations.report import counts_per_language
from campaign.translations.status import COVERED, MISSING, FieldStatus, translation_problems
from campaign.translations.views import side_by_side_url
from campaign.workflow.checks import check_failures
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import (
    AthleteStoryPageFactory,
    MemoryEntryFactory,
    UserFactory,
    set_chain,
    story_with_every_text_block,
)

JAPANESE_TITLE = "カモを待った漕手"
JAPANESE_SUMMARY = "彼はカモの親子が通り過ぎるのを待った。"


@pytest.fixture
def korea_reads_japanese(markets, django_capture_on_commit_callbacks):
    return set_chain("kr", ["ja"], django_capture_on_commit_callbacks)


@pytest.fixture
def story(story_index):
    return AthleteStoryPageFactory(
        parent=story_index,
        slug="rower",
        title="The rower who waited",
        title_ja=JAPANESE_TITLE,
        summary="He waited for a family of ducks to pass.",
        summary_ja=JAPANESE_SUMMARY,
        athlete="Bobby Pearce",
    )


def gaps_of(item, language):
    return {
        (gap.field, gap.state, gap.covered_by)
        for gap in TranslationGap.objects.filter(object_id=str(item.pk), language=language)
    }


def test_a_market_reads_its_own_language_then_its_chain(markets):
    uk = markets["uk"]
    uk.falls_back_to = ["en"]

    assert uk.reading_order == ("en-gb", "en")
    assert markets["jp"].reading_order == ("ja",)
    uk.falls_back_to = ["en-gb", "en"]  # its own language is never listed twice
    assert uk.reading_order == ("en-gb", "en")


def test_the_chain_is_refused_with_its_own_language_or_an_unknown_code(markets):
    korea = markets["kr"]
    korea.falls_back_to = ["ko"]
    with pytest.raises(ValidationError, match="its own language"):
        korea.full_clean()

    field = Market._meta.get_field("falls_back_to").formfield()
    assert field.clean("ja, EN") == ["ja", "en"]
    assert field.prepare_value(["ja", "en"]) == "ja, en"
    with pytest.raises(ValidationError, match="Unknown language code: xx"):
        field.clean("ja, xx")
    with pytest.raises(ValidationError, match="once"):
        field.clean("ja, ja")


def test_modeltranslation_reads_the_active_markets_chain_first(korea_reads_japanese, story):
    fallbacks = MarketFallbacks({"default": ("en",)})

    with activate_market(korea_reads_japanese):
        assert fallbacks.get("ko") == ("ja",)
        assert fallbacks.get("ja", ()) == ()  # another language keeps its own setting
        assert AthleteStoryPage.objects.get(pk=story.pk).summary == JAPANESE_SUMMARY
    assert fallbacks.get("ko", ()) == ()
    assert chain_of("ko") == ("ko", "ja")
    assert chain_of("ja") == ("ja",)


def test_the_page_shows_the_chains_text_marked_with_its_language(
    client, korea_reads_japanese, story
):
    response = client.get("/kr/stories/rower/")

    assert response.status_code == 200  # Korea hides untranslated items, after the chain
    html = response.content.decode()
    assert JAPANESE_SUMMARY in html
    assert "He waited for a family of ducks" not in html
    assert 'lang="ja"' in html


def test_without_the_chain_korea_hides_the_story(client, markets, story):
    assert client.get("/kr/stories/rower/").status_code == 404
    assert JAPANESE_TITLE not in client.get("/kr/stories/").content.decode()


def test_listings_search_api_and_hreflang_follow_the_chain(client, korea_reads_japanese, story):
    assert JAPANESE_TITLE in client.get("/kr/stories/").content.decode()

    found = client.get("/kr/search/", {"q": "カモ"}).content.decode()
    assert JAPANESE_TITLE in found

    api = client.get(f"/api/v2/pages/{story.pk}/", {"market": "kr"})
    assert api.status_code == 200
    assert JAPANESE_TITLE in api.content.decode()

    japan = client.get("/jp/stories/rower/").content.decode()
    assert 'hreflang="ko"' in japan


def test_fields_the_chain_covers_are_not_missing_but_say_where_their_text_comes_from(
    korea_reads_japanese, story
):
    problems = translation_problems(story, ["ko"], with_covered=True)

    assert FieldStatus("summary", "ko", COVERED, "ja") in problems
    # The athlete's name has no Japanese text: the chain does not cover it.
    assert FieldStatus("athlete", "ko", MISSING) in problems
    assert FieldStatus("summary", "ko", COVERED, "ja") not in translation_problems(story, ["ko"])
    assert ("summary", COVERED, "ja") in gaps_of(story, "ko")
    assert ("athlete", MISSING, "") in gaps_of(story, "ko")


def test_changing_a_markets_chain_works_every_items_gaps_out_again(
    markets, story, django_capture_on_commit_callbacks
):
    assert ("summary", MISSING, "") in gaps_of(story, "ko")

    set_chain("kr", ["ja"], django_capture_on_commit_callbacks)
    assert ("summary", COVERED, "ja") in gaps_of(story, "ko")

    set_chain("kr", [], django_capture_on_commit_callbacks)
    assert ("summary", MISSING, "") in gaps_of(story, "ko")


def test_a_partly_translated_stream_is_not_covered(korea_reads_japanese, story_index):
    story = story_with_every_text_block(story_index)
    story.body_ja = story.body_en
    story.body_ko = [("paragraph", "<p>작은</p>")]
    story.save()

    assert FieldStatus("body", "ko", MISSING) in translation_problems(story, ["ko"])


@pytest.fixture
def korean_translator(client, korea_reads_japanese):
    setup_campaign_roles()
    client.force_login(UserFactory(username="kt", roles=[translator_group("ko")]))
    return client


def test_the_status_report_counts_covered_fields_and_lists_them_when_asked(
    korean_translator, story
):
    counts = counts_per_language(["ko"])["ko"]
    assert counts[COVERED] == 2  # title and summary
    assert counts[MISSING] >= 1

    report = korean_translator.get(reverse("translation_status")).content.decode()
    assert "2 covered by the fallback chain" in report
    assert "Shows the Japanese text" not in report

    covered = korean_translator.get(reverse("translation_status"), {"show": "covered"})
    html = covered.content.decode()
    assert 'data-covered-by="ja"' in html
    assert "Shows the Japanese text" in html

    download = korean_translator.get(
        reverse("translation_status"), {"show": "covered", "format": "csv"}
    )
    rows = list(csv.DictReader(io.StringIO(download.content.decode())))
    assert {(row["field"], row["state"], row["covered_by"]) for row in rows} == {
        ("Title", "covered", "ja"),
        ("Summary", "covered", "ja"),
    }


def test_the_side_by_side_editor_says_which_text_visitors_read(korean_translator, story):
    html = korean_translator.get(side_by_side_url(story, "ko")).content.decode()

    assert "Visitors read the Japanese text" in html
    assert 'data-state="covered"' in html


def test_the_translation_check_does_not_ask_for_what_the_chain_covers(
    korea_reads_japanese, story, markets
):
    story.markets.set([markets["kr"]])
    failures = " ".join(check_failures(story))

    assert "Athlete or team" in failures
    assert "Summary" not in failures


def test_a_po_export_of_missing_texts_leaves_out_what_the_chain_covers(korea_reads_japanese, story):
    missing = polib.pofile(str(export_catalog("ko", only_missing=True)))
    keys = {entry.msgctxt for entry in missing}
    assert f"stories.athletestorypage:{story.pk}:athlete" in keys
    assert f"stories.athletestorypage:{story.pk}:summary" not in keys

    everything = polib.pofile(str(export_catalog("ko")))
    summary = next(
        entry
        for entry in everything
        if entry.msgctxt == f"stories.athletestorypage:{story.pk}:summary"
    )
    assert summary.msgstr == ""
    assert "Visitors read the Japanese text" in summary.tcomment


def test_the_bulk_fill_leaves_what_the_chain_covers(korea_reads_japanese, story):
    setup_campaign_roles()
    MemoryEntryFactory(language="ko", source_text=story.summary_en, translation="그는 기다렸다.")
    MemoryEntryFactory(language="ko", source_text="Bobby Pearce", translation="보비 피어스")

    report = fill_exact_matches("ko", UserFactory(username="kt", roles=[translator_group("ko")]))

    assert report.texts == 1
    draft = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert draft.athlete_ko == "보비 피어스"
    assert not draft.summary_ko
