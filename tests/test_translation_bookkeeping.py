"""What the translators' tools write down: History lines word for word, why an item is
locked, what a bulk fill saved and as whom, the counts the report and dashboard show, and
the source a confirmation is judged against from then on."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.locks import ScheduledForPublishLock
from wagtail.log_actions import registry as log_actions
from wagtail.models import PageLogEntry, WorkflowState

import pytest

from campaign.markets.roles import translator_group
from campaign.translations.fill import fill_exact_matches
from campaign.translations.gaps import rebuild_gaps
from campaign.translations.models import TranslationGap, TranslationRecord
from campaign.translations.report import counts_per_language
from campaign.translations.revisions import (
    CONFIRMED,
    MEMORY_FILL,
    PO_IMPORT,
    SIDE_BY_SIDE,
    describe_lock,
    lock_against,
    log_confirmation,
    save_translation,
)
from campaign.translations.status import confirm_translation, stored_text
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import (
    AthleteStoryPageFactory,
    MemoryEntryFactory,
    QuoteFactory,
    UserFactory,
    set_chain,
)


@pytest.fixture
def story(story_index):
    setup_campaign_roles()
    return AthleteStoryPageFactory(
        parent=story_index, title="The rower", summary="He stopped.", athlete="Bobby Pearce"
    )


def message_of(entry):
    return str(entry.message)


@pytest.mark.parametrize(
    ("action", "label", "message"),
    [
        (SIDE_BY_SIDE, "Translate side by side", "Translated side by side (Japanese)"),
        (PO_IMPORT, "Import a PO file", "Imported from a PO file (Japanese)"),
        (
            MEMORY_FILL,
            "Fill from the translation memory",
            "Filled from the translation memory (Japanese)",
        ),
    ],
)
def test_each_route_of_a_translation_has_its_history_line(story, action, label, message):
    user = UserFactory(username="jt")
    save_translation(story, user, action, "ja")

    entry = PageLogEntry.objects.filter(page=story, action=action).get()
    assert entry.user == user and entry.revision is not None and entry.content_changed
    assert message_of(entry) == message
    assert str(log_actions.get_action_label(action)) == label


def test_a_confirmation_names_its_language_and_fields(story):
    log_confirmation(story, UserFactory(username="jt"), "ja", ["summary", "athlete"])

    entry = PageLogEntry.objects.filter(page=story, action=CONFIRMED).get()
    assert not entry.content_changed and entry.user.username == "jt"
    assert message_of(entry) == "Confirmed as still correct (Japanese): summary, athlete or team"
    assert str(log_actions.get_action_label(CONFIRMED)) == "Confirm translations"


def test_a_lock_is_described_by_its_reason(story, story_index):
    editor = UserFactory(username="ed")
    story.save_revision().publish()

    story.locked, story.locked_by, story.locked_at = True, editor, timezone.now()
    story.save()
    lock = lock_against(story, UserFactory(username="other"))
    assert describe_lock(story, lock) == "“The rower” (locked for editing)"
    assert lock_against(story, editor) is None  # the lock's own holder is let through

    later = AthleteStoryPageFactory(parent=story_index, title="Later", summary="Soon.")
    scheduled = ScheduledForPublishLock(later)
    assert describe_lock(later, scheduled) == "“Later” (scheduled to go live)"


def test_the_bulk_fill_counts_every_text_saves_as_its_user_and_submits(story_index):
    setup_campaign_roles()
    user = UserFactory(username="jt", roles=[translator_group("ja")])
    one = AthleteStoryPageFactory(parent=story_index, title="One", summary="He stopped.")
    two = AthleteStoryPageFactory(
        parent=story_index, title="Two", summary="He stopped.", athlete="Bobby Pearce"
    )
    MemoryEntryFactory(language="ja", source_text="He stopped.", translation="止まった。")
    MemoryEntryFactory(language="ja", source_text="Bobby Pearce", translation="ボビー・ピアース")

    report = fill_exact_matches("ja", user)

    assert report.texts == 3
    assert sorted(item.pk for item in report.items) == sorted([one.pk, two.pk])
    for item in (one, two):
        entry = PageLogEntry.objects.filter(page=item, action=MEMORY_FILL).get()
        assert entry.user == user and entry.data == {"language": "ja"}
        assert WorkflowState.objects.active().filter(object_id=str(item.pk)).exists()
    draft = AthleteStoryPage.objects.get(pk=two.pk).get_latest_revision_as_object()
    assert (draft.summary_ja, draft.athlete_ja) == ("止まった。", "ボビー・ピアース")


def test_counts_per_language_follow_the_market_and_the_kind_of_item(story, markets):
    QuoteFactory(text="Small can be calculated.", speaker="Voice-over", role="Narrator")
    story.markets.set([markets["jp"]])
    story.save()

    quotes = counts_per_language(["ja", "ko"], None, "quote")
    assert quotes == {
        "ja": {"missing": 3, "stale": 0, "covered": 0},
        "ko": {"missing": 3, "stale": 0, "covered": 0},
    }
    korea_pages = counts_per_language(["ko"], markets["kr"], "page")
    japan_pages = counts_per_language(["ko"], markets["jp"], "page")
    assert korea_pages["ko"]["missing"] < japan_pages["ko"]["missing"]
    assert counts_per_language(["en-gb"], None, "statistic") == {
        "en-gb": {"missing": 0, "stale": 0, "covered": 0}
    }


def test_a_confirmation_keeps_the_source_it_was_judged_against(story):
    story.summary_ja = "止まった。"
    story.save()
    story.summary_en = "He stopped, and waited."
    story.save()

    assert confirm_translation(story, "summary", "ja")

    record = TranslationRecord.objects.get(
        content_type=ContentType.objects.get_for_model(story),
        object_id=str(story.pk),
        field="summary",
        language="ja",
    )
    assert record.source_text == stored_text("He stopped, and waited.")


def test_the_bulk_fill_goes_on_past_items_it_cannot_fill_and_lets_a_lock_s_holder_through(
    story_index,
):
    setup_campaign_roles()
    user = UserFactory(username="jt", roles=[translator_group("ja")])
    unknown = AthleteStoryPageFactory(parent=story_index, title="One", summary="He waited.")
    known = AthleteStoryPageFactory(parent=story_index, title="Two", summary="He stopped.")
    known.locked, known.locked_by = True, user  # locked by the translator who fills
    known.save()
    MemoryEntryFactory(language="ja", source_text="He stopped.", translation="止まった。")
    assert unknown.pk < known.pk  # the item the memory knows nothing of comes first

    report = fill_exact_matches("ja", user)

    assert [item.pk for item in report.items] == [known.pk] and report.locked == []
    state = WorkflowState.objects.active().get(object_id=str(known.pk))
    assert state.requested_by == user


def gaps_of(item):
    content_type = ContentType.objects.get_for_model(item)
    return TranslationGap.objects.filter(content_type=content_type, object_id=str(item.pk))


def test_deleting_an_item_forgets_its_gaps_only(story):
    # Another kind of item with the same id, and another item of the same kind.
    namesake = QuoteFactory(pk=story.pk, text="Small can be calculated.")
    other = AthleteStoryPageFactory(parent=story.get_parent(), title="The swimmer")
    kept = {item: gaps_of(item).count() for item in (namesake, other)}
    deleted = gaps_of(story)
    assert deleted.exists() and all(kept.values())

    story.delete()

    assert not deleted.exists()
    assert {item: gaps_of(item).count() for item in kept} == kept


def test_rebuilding_gives_every_page_and_snippet_the_gaps_saving_gave_them(story):
    quote = QuoteFactory(text="Small can be calculated.", text_ja="小さいは計算できる。")
    story.summary_ja = "止まった。"
    story.save()
    story.summary = "He stopped, and waited."  # in a draft only: stale in the draft
    story.save_revision()
    columns = ("content_type", "object_id", "field", "language", "state", "sort_key", "position")
    saved = set(TranslationGap.objects.values_list(*columns))
    kinds = {content_type for content_type, *_rest in saved}
    assert {ContentType.objects.get_for_model(item).pk for item in (story, quote)} <= kinds
    assert ("summary", "ja", "stale") in {(f, lang, state) for _c, _o, f, lang, state, *_r in saved}

    TranslationGap.objects.all().delete()
    rebuild_gaps()

    assert set(TranslationGap.objects.values_list(*columns)) == saved


@pytest.fixture
def japanese_translator(db):
    setup_campaign_roles()
    return UserFactory(username="jt", roles=[translator_group("ja")])


def test_the_bulk_fill_fills_namesakes_of_two_kinds_both(story, japanese_translator):
    quote = QuoteFactory(pk=story.pk, text="He stopped.")
    MemoryEntryFactory(language="ja", source_text="He stopped.", translation="止まった。")

    report = fill_exact_matches("ja", japanese_translator)

    assert {(type(item), item.pk) for item in report.items} == {
        (AthleteStoryPage, story.pk),
        (type(quote), quote.pk),
    }


def test_the_bulk_fill_fills_a_text_another_market_s_chain_covers(
    story, markets, django_capture_on_commit_callbacks
):
    set_chain("kr", ["ja"], django_capture_on_commit_callbacks)
    story.summary_ja = "止まった。"  # what Korea reads; Chinese has nothing of its own
    story.save()
    MemoryEntryFactory(language="zh-hans", source_text="He stopped.", translation="他停了下来。")
    setup_campaign_roles()
    translator = UserFactory(username="ct", roles=[translator_group("zh-hans")])

    report = fill_exact_matches("zh-hans", translator)

    assert report.texts == 1
    latest = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.summary_zh_hans == "他停了下来。"


def test_a_fill_of_a_language_with_nothing_missing_reads_no_item(story, japanese_translator):
    story.title_ja, story.summary_ja, story.athlete_ja = "漕ぐ人", "止まった。", "ボビー・ピアース"
    story.games_ja = story.games and "オリンピック"
    story.save()
    story.summary = "He stopped, and waited."  # out of date in Japanese, missing elsewhere
    story.save()
    assert not gaps_of(story).filter(language="ja", state=TranslationGap.MISSING).exists()
    assert gaps_of(story).filter(language="ja", state=TranslationGap.STALE).exists()

    with CaptureQueriesContext(connection) as queries:
        report = fill_exact_matches("ja", japanese_translator)

    assert report.items == [] and report.locked == []
    stories = AthleteStoryPage._meta.db_table
    assert not any(stories in query["sql"] for query in queries.captured_queries)
