"""Staleness is exact: which source edits make a translation out of date, and which do not.

Decided: a translation is out of date after any edit of its source's text, a change of case
or of a single character included, and after any edit of a StreamField's blocks (their
texts, order, kind or settings). Spaces at the two ends of a plain text are not part of
it: an edit of those alone changes nothing a translator reads. Spaces inside a text are.
"""

import json
from unittest import mock

from wagtail.blocks import StreamValue

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from campaign.translations import po
from campaign.translations.po import STALE_FLAG, export_catalog, import_catalog
from campaign.translations.status import STALE, FieldStatus, fingerprint, translation_problems
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import AthleteStoryPageFactory, story_with_every_text_block

texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)


@given(texts, texts)
def test_two_texts_share_a_fingerprint_exactly_when_they_read_the_same(one, other):
    assert (fingerprint(one) == fingerprint(other)) == (one.strip() == other.strip())


@given(texts)
def test_a_change_of_case_changes_the_fingerprint(text):
    changed = text.swapcase()
    if changed.strip() != text.strip():
        assert fingerprint(changed) != fingerprint(text)


@given(texts, st.sampled_from([" ", "\n", "\t", "  "]))
def test_spaces_at_the_ends_leave_the_fingerprint_alone(text, space):
    assert fingerprint(f"{space}{text}{space}") == fingerprint(text)


def stream(blocks):
    from stories.blocks import StoryBodyBlock

    return StreamValue(StoryBodyBlock(), blocks, is_lazy=True)


BLOCK_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=20)


@given(
    st.lists(BLOCK_TEXT, min_size=1, max_size=4),
    st.data(),
)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_any_edit_of_any_text_in_a_stream_changes_its_fingerprint(paragraphs, data):
    blocks = [
        {"type": "paragraph", "value": text, "id": f"b{i}"} for i, text in enumerate(paragraphs)
    ]
    index = data.draw(st.integers(0, len(blocks) - 1))
    edited = json.loads(json.dumps(blocks))
    new_text = data.draw(BLOCK_TEXT.filter(lambda t: t != blocks[index]["value"]))
    edited[index]["value"] = new_text

    assert fingerprint(stream(edited)) != fingerprint(stream(blocks))
    # Counting blocks is not enough, nor is the order of their keys.
    assert len(edited) == len(blocks)
    reordered = [dict(reversed(list(block.items()))) for block in blocks]
    assert fingerprint(stream(reordered)) == fingerprint(stream(blocks))


def test_moving_a_block_changes_the_fingerprint():
    blocks = [
        {"type": "paragraph", "value": "<p>One</p>", "id": "a"},
        {"type": "paragraph", "value": "<p>Two</p>", "id": "b"},
    ]
    assert fingerprint(stream(blocks[::-1])) != fingerprint(stream(blocks))


@pytest.fixture
def translated_story(story_index):
    story = story_with_every_text_block(story_index, summary="He stopped for ducks.")
    story.summary_ja = "彼はカモのために止まった。"
    story.title_ja, story.athlete_ja, story.games_ja = (
        "漕ぐ人",
        "ボビー・ピアース",
        "アムステルダム",
    )
    body = list(story.body.raw_data)
    image = body[2]["value"]
    story.body_ja = json.dumps(
        [
            {**body[0], "value": "<p>彼は<b>カモ</b>のために止まった。</p>"},
            {**body[1], "value": {"text": "小さいは計算できる。", "attribution": "ナレーション"}},
            {
                **body[2],
                "value": {
                    "image": {**image["image"], "alt_text": "漕ぐ人"},
                    "caption": "アムステルダム、1928年",
                },
            },
        ]
    )
    story.save()
    assert translation_problems(story, ["ja"]) == []
    return story


def edited(story, **fields):
    story = AthleteStoryPage.objects.get(pk=story.pk)
    for name, value in fields.items():
        setattr(story, name, value)
    story.save()
    return story


@pytest.mark.parametrize(
    "summary, stale",
    [
        ("He stopped for ducks!", True),
        ("he stopped for ducks.", True),  # case alone
        ("He stopped for  ducks.", True),  # a space inside
        ("  He stopped for ducks.\n", False),  # spaces at the ends
        ("He stopped for ducks.", False),
    ],
)
def test_which_edits_of_a_plain_text_make_its_translation_stale(translated_story, summary, stale):
    story = edited(translated_story, summary=summary)

    assert (FieldStatus("summary", "ja", STALE) in translation_problems(story, ["ja"])) is stale


def test_an_edit_inside_one_block_makes_the_stream_translation_stale(translated_story):
    body = list(translated_story.body.raw_data)
    body[1]["value"]["attribution"] = "Voice-Over"  # case alone, in one text of one block
    story = edited(translated_story, body=json.dumps(body))

    assert translation_problems(story, ["ja"]) == [FieldStatus("body", "ja", STALE)]


def test_a_stream_saved_unchanged_stays_current(translated_story):
    story = edited(translated_story, body=json.dumps(list(translated_story.body.raw_data)))

    assert translation_problems(story, ["ja"]) == []


def test_the_export_flags_exactly_the_stale_entries_fuzzy(translated_story):
    edited(translated_story, summary="He stopped for three ducks.")

    catalog = polib.pofile(str(export_catalog("ja")))
    fuzzy = {e.msgctxt.rsplit(":", 1)[-1] for e in catalog if STALE_FLAG in e.flags}

    assert fuzzy == {"summary"}


def test_an_import_never_applies_a_fuzzy_entry_and_applies_it_once_unflagged(
    translated_story, home
):
    setup_campaign_roles()
    edited(translated_story, summary="He stopped for three ducks.")
    catalog = export_catalog("ja")
    entry = next(e for e in catalog if e.msgctxt.endswith(":summary"))
    entry.msgstr = "彼は3羽のカモのために止まった。"

    report = import_catalog(catalog)
    assert entry.msgctxt in report.unchanged
    assert not report.written

    entry.flags.remove(STALE_FLAG)
    report = import_catalog(catalog)
    assert entry.msgctxt in report.applied
    draft = AthleteStoryPage.objects.get(pk=translated_story.pk).get_latest_revision_as_object()
    assert draft.summary_ja == "彼は3羽のカモのために止まった。"
    assert translation_problems(draft, ["ja"]) == []


def test_a_failure_halfway_through_an_import_leaves_nothing_written(story_index, home):
    setup_campaign_roles()
    first = AthleteStoryPageFactory(parent=story_index, summary="First.")
    second = AthleteStoryPageFactory(parent=story_index, summary="Second.")
    catalog = export_catalog("ja")
    for entry in catalog:
        if entry.msgctxt.endswith(":summary"):
            entry.msgstr = "訳。"
    calls = []
    real_save = po.save_translation

    def fail_on_the_second(item, *args, **kwargs):
        calls.append(item.pk)
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        return real_save(item, *args, **kwargs)

    with (
        mock.patch.object(po, "save_translation", fail_on_the_second),
        pytest.raises(RuntimeError),
    ):
        import_catalog(catalog)

    assert len(calls) == 2
    assert first.revisions.count() == 0
    assert second.revisions.count() == 0
    stored = AthleteStoryPage.objects.filter(pk__in=[first.pk, second.pk])
    assert [story.summary_ja or "" for story in stored] == ["", ""]
