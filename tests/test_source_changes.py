"""What changed in the source since a translation was made, and "still correct"."""

from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import ModelLogEntry, PageLogEntry

import polib
import pytest

from campaign.markets.roles import translator_group
from campaign.translations.assist import source_changes
from campaign.translations.diffs import (
    ADDED,
    KEPT,
    REMOVED,
    Piece,
    diff_html,
    diff_plain,
    has_changes,
    text_diff,
)
from campaign.translations.models import TranslationGap, TranslationRecord
from campaign.translations.po import export_catalog
from campaign.translations.report import status_rows
from campaign.translations.status import (
    STALE,
    FieldStatus,
    confirm_translation,
    translation_problems,
)
from campaign.translations.views import side_by_side_url
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import AthleteStoryPageFactory, UserFactory, story_with_every_text_block


def test_latin_text_changes_by_words():
    assert text_diff("He stopped for ducks.", "He stopped for three ducks.") == [
        Piece(KEPT, "He stopped for "),
        Piece(ADDED, "three "),
        Piece(KEPT, "ducks."),
    ]


def test_a_word_taken_out_is_only_removed():
    assert text_diff("He stopped for three ducks.", "He stopped for ducks.") == [
        Piece(KEPT, "He stopped for "),
        Piece(REMOVED, "three "),
        Piece(KEPT, "ducks."),
    ]


def test_a_changed_word_is_removed_and_added_whole():
    assert text_diff("one more hour", "one more day") == [
        Piece(KEPT, "one more "),
        Piece(REMOVED, "hour"),
        Piece(ADDED, "day"),
    ]


def test_chinese_japanese_and_korean_change_by_characters():
    assert text_diff("小さなものの偉大さ", "小さな力の偉大さ") == [
        Piece(KEPT, "小さな"),
        Piece(REMOVED, "もの"),
        Piece(ADDED, "力"),
        Piece(KEPT, "の偉大さ"),
    ]
    assert text_diff("작은 결정", "작은 용기") == [
        Piece(KEPT, "작은 "),
        Piece(REMOVED, "결정"),
        Piece(ADDED, "용기"),
    ]


def test_rich_text_is_compared_by_what_a_reader_sees():
    assert text_diff("<p>He stopped.</p>", "<p><b>He</b> stopped.</p>") == [
        Piece(KEPT, "He stopped.")
    ]


def test_the_diff_is_escaped_html():
    assert diff_html(text_diff("1 < 2", "1 < 2 & 3")) == "1 &lt; 2<ins> &amp; 3</ins>"


@pytest.fixture
def story(story_index):
    setup_campaign_roles()
    story = story_with_every_text_block(story_index, summary="He stopped for ducks.")
    story.summary_ja = "彼はカモのために止まった。"
    story.save()
    story.summary = "He stopped for three ducks."
    story.save()
    return story


def posted(client, item, language, **extra):
    """The side-by-side form as a browser posts it: every text as it stands, plus ``extra``."""
    form = client.get(side_by_side_url(item, language)).context["form"]
    data = {f"unit_{i}": unit.target for i, unit in enumerate(form.units) if unit.kind != "rich"}
    return {**data, **extra}


@pytest.fixture
def japanese(client, story):
    client.force_login(UserFactory(username="jt", roles=[translator_group("ja")]))
    return client


def test_the_side_by_side_editor_shows_what_changed_in_a_stale_source(japanese, story):
    html = japanese.get(side_by_side_url(story, "ja")).content.decode()

    assert 'data-state="stale"' in html
    assert "He stopped for <ins>three </ins>ducks." in html


def test_a_stream_text_shows_the_change_of_its_own_block(japanese, story):
    story.body_ja = (
        '[{"type": "pull_quote", "id": "q1", "value": {"text": "小さいは計算できる。",'
        ' "attribution": "ナレーション"}}]'
    )
    story.save()
    body = list(story.body.raw_data)
    body[1]["value"]["text"] = "Small can be counted."
    story.body = body
    story.save()

    html = japanese.get(side_by_side_url(story, "ja")).content.decode()

    assert "Small can be <del>calculated</del><ins>counted</ins>." in html


def test_the_report_shows_the_change_beside_the_stale_row(japanese, story):
    html = japanese.get(reverse("translation_status") + "?language=ja").content.decode()

    assert "He stopped for <ins>three </ins>ducks." in html


def test_the_po_export_says_what_changed_in_a_translator_comment(story):
    catalog = polib.pofile(str(export_catalog("ja")))
    entry = next(e for e in catalog if e.msgctxt.endswith(":summary"))

    assert "fuzzy" in entry.flags
    assert "He stopped for {+three +}ducks." in entry.tcomment


def test_still_correct_clears_the_stale_state_without_changing_the_text(japanese, story):
    assert FieldStatus("summary", "ja", STALE) in translation_problems(story, ["ja"])
    revisions = story.revisions.count()

    response = japanese.post(
        side_by_side_url(story, "ja"), posted(japanese, story, "ja", confirm=["summary"])
    )

    assert response.status_code == 302
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert said == ["The translations were confirmed as still correct."]
    story = AthleteStoryPage.objects.get(pk=story.pk)
    assert story.summary_ja == "彼はカモのために止まった。"
    assert story.revisions.count() == revisions
    assert FieldStatus("summary", "ja", STALE) not in translation_problems(story, ["ja"])
    gaps = TranslationGap.objects.filter(object_id=str(story.pk), field="summary", language="ja")
    assert not gaps.exists()
    entry = PageLogEntry.objects.get(page=story, action="campaign_translations.confirmed")
    assert entry.user.username == "jt"
    assert entry.data == {"language": "ja", "fields": ["summary"]}
    assert entry.message == "Confirmed as still correct (Japanese): summary"


def test_a_later_source_edit_makes_a_confirmed_translation_stale_again(japanese, story):
    japanese.post(side_by_side_url(story, "ja"), posted(japanese, story, "ja", confirm=["summary"]))
    story = AthleteStoryPage.objects.get(pk=story.pk)
    story.summary = "He stopped for ducks, and still won."
    story.save()

    assert FieldStatus("summary", "ja", STALE) in translation_problems(story, ["ja"])


def test_only_a_stale_field_can_be_confirmed(japanese, story):
    response = japanese.post(
        side_by_side_url(story, "ja"), posted(japanese, story, "ja", confirm=["title"])
    )

    assert response.status_code == 200
    assert "confirm" in response.context["form"].errors
    assert not ModelLogEntry.objects.filter(action="campaign_translations.confirmed").exists()


def test_a_translation_recorded_before_texts_were_kept_says_so(japanese, story_index):
    story = AthleteStoryPageFactory(parent=story_index, summary="Old words.")
    story.summary_ja = "古い言葉。"
    story.save()
    TranslationRecord.objects.filter(object_id=str(story.pk)).update(source_text="")
    story.summary = "New words."
    story.save()

    html = japanese.get(side_by_side_url(story, "ja")).content.decode()

    assert "The source this was translated from was not kept" in html


def test_a_long_text_s_diff_finds_the_one_change_in_it():
    from campaign.translations.diffs import ADDED, KEPT, Piece, text_diff

    assert text_diff("small " * 150 + "end", "small " * 150 + "the end") == [
        Piece(KEPT, "small " * 150),
        Piece(ADDED, "the "),
        Piece(KEPT, "end"),
    ]


def test_a_diff_without_changes_has_none_and_reads_as_the_text():
    same = text_diff("He stopped for ducks.", "He stopped for ducks.")
    changed = text_diff("He stopped for ducks.", "He stopped for geese.")

    assert not has_changes(same) and has_changes(changed)
    assert diff_plain(changed) == "He stopped for [-ducks-]{+geese+}."


def test_confirming_one_language_leaves_the_others_stale(japanese, story):
    # The same words in both languages (a name, say): only the language tells them apart.
    story.summary_ko = story.summary_ja
    story.save()
    story.summary = "He stopped for four ducks."
    story.save()

    assert confirm_translation(story, "summary", "ja")

    problems = translation_problems(story, ["ja", "ko"])
    assert FieldStatus("summary", "ja", STALE) not in problems
    assert FieldStatus("summary", "ko", STALE) in problems


def test_confirming_one_item_leaves_another_with_the_same_translation_stale(story_index):
    first, second = (
        AthleteStoryPageFactory(parent=story_index, summary="Ducks.", summary_ja="カモ。")
        for _ in range(2)
    )
    for story in (first, second):
        story.summary = "Three ducks."
        story.save()

    assert confirm_translation(first, "summary", "ja")

    assert FieldStatus("summary", "ja", STALE) not in translation_problems(first, ["ja"])
    assert FieldStatus("summary", "ja", STALE) in translation_problems(second, ["ja"])


def test_confirming_one_field_leaves_another_with_the_same_words_stale(story_index):
    story = AthleteStoryPageFactory(
        parent=story_index, summary="Ducks.", athlete="Ducks", summary_ja="カモ", athlete_ja="カモ"
    )
    story.summary, story.athlete = "Three ducks.", "Three ducks"
    story.save()

    assert confirm_translation(story, "summary", "ja")

    assert FieldStatus("summary", "ja", STALE) not in translation_problems(story, ["ja"])
    assert FieldStatus("athlete", "ja", STALE) in translation_problems(story, ["ja"])


def test_confirming_a_translation_rewritten_before_the_source_changed(story_index):
    story = AthleteStoryPageFactory(parent=story_index, summary="Ducks.", summary_ja="カモ。")
    story.summary_ja = "カモたち。"
    story.save()
    story.summary = "Three ducks."
    story.save()

    assert confirm_translation(story, "summary", "ja")

    assert FieldStatus("summary", "ja", STALE) not in translation_problems(story, ["ja"])


def stale_stories(story_index, names):
    for name in names:
        story = AthleteStoryPageFactory(
            parent=story_index, title=name, summary="Ducks.", summary_ja="カモ。"
        )
        story.summary = "Three ducks."
        story.save()


def record_reads(queries):
    records = TranslationRecord._meta.db_table
    return sum(records in query["sql"] for query in queries.captured_queries)


def test_the_report_reads_the_kept_sources_of_all_its_stale_rows_at_once(story_index):
    stale_stories(story_index, ["rower", "swimmer", "runner"])
    rows = [row for row in status_rows("ja") if row.state == STALE]
    assert len(rows) == 3

    with CaptureQueriesContext(connection) as queries:
        changes = source_changes(rows)

    assert all(changes[index] for index in range(3))
    assert record_reads(queries) == 1


@pytest.mark.parametrize("names", [["rower"], ["rower", "swimmer", "runner"]])
def test_the_po_export_reads_the_records_twice_however_many_items_are_stale(story_index, names):
    stale_stories(story_index, names)

    with CaptureQueriesContext(connection) as queries:
        catalog = export_catalog("ja")

    comments = [e.tcomment for e in catalog if e.msgctxt.endswith(":summary") and e.tcomment]
    assert len(comments) == len(names)
    assert set(comments) == {"Source changed since this was translated: [-Ducks-]{+Three ducks+}."}
    assert record_reads(queries) == 2  # every record once, the kept sources of stale ones once
