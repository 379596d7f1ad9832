"""Where the texts of a block sit, exactly: what the status report, the side-by-side editor
and PO files read and write (each field of ``BlockText`` is used by one of them); a block's
earlier source, and translations written back into a StreamField on the source's structure."""

import json

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

import pytest

from campaign.translations.texts import (
    CHAR,
    RICH,
    TEXT,
    BlockText,
    block_texts,
    get_path,
    has_untranslated_text,
    set_path,
    translated_text,
)
from campaign.translations.units import TextUnit, apply_translations, source_before, units_for
from tests.factories import AthleteStoryPageFactory, FilmPageFactory


class Quote(blocks.StructBlock):
    words = blocks.RichTextBlock(label="Words")
    speaker = blocks.CharBlock(label="Speaker", max_length=80)
    note = blocks.TextBlock(label="Note", required=False)
    portrait = ImageBlock(label="Portrait")


def test_every_text_of_a_struct_block_with_its_path_kind_label_limit_and_need():
    value = {"words": "<p>Small</p>", "speaker": "Ama", "note": None, "portrait": {"alt_text": "A"}}

    assert block_texts(Quote(), value, ("quote",)) == [
        BlockText(("quote", "words"), RICH, "Words", "<p>Small</p>", None, True),
        BlockText(("quote", "speaker"), TEXT, "Speaker", "Ama", 80, True),
        BlockText(("quote", "note"), TEXT, "Note", "", None, False),
        BlockText(("quote", "portrait", "alt_text"), CHAR, "Alt text", "A", 255, True),
    ]


def test_missing_values_read_as_empty_texts():
    texts = block_texts(Quote(), None)

    assert [(t.path, t.text) for t in texts] == [
        (("words",), ""),
        (("speaker",), ""),
        (("note",), ""),
        (("portrait", "alt_text"), ""),
    ]
    body = blocks.RichTextBlock(label="Body", required=False)
    assert block_texts(body, None) == [BlockText((), RICH, "Body", "", None, False)]
    assert block_texts(blocks.IntegerBlock(), 3) == []


def test_a_text_is_read_and_written_at_its_path():
    value = {"quote": {"words": "<p>Small</p>"}}

    assert get_path(value, ("quote", "words")) == "<p>Small</p>"
    assert get_path(value, ("quote", "missing", "deeper")) is None
    assert get_path("not a dict", ("quote",)) is None
    assert set_path(value, ("quote", "speaker"), "Ama") == {
        "quote": {"words": "<p>Small</p>", "speaker": "Ama"}
    }
    assert set_path({}, ("portrait", "image", "alt_text"), "A") == {
        "portrait": {"image": {"alt_text": "A"}}
    }
    assert set_path({"a": 1}, (), "whole") == "whole"


def test_the_translated_text_of_a_block_and_of_no_block():
    same = {"type": "quote", "value": {"words": "<p>小さな</p>"}}

    assert translated_text(same, ("words",)) == "<p>小さな</p>"
    assert translated_text(same, ("speaker",)) == ""
    assert translated_text({"type": "text", "value": "Hello"}, ()) == "Hello"
    assert translated_text({"type": "text", "value": None}, ()) == ""
    assert translated_text(None, ("words",)) == ""


def test_a_stream_is_untranslated_while_one_source_text_has_no_translation():
    stream = blocks.StreamBlock([("quote", Quote()), ("text", blocks.CharBlock())])
    source = [
        {"id": "a", "type": "quote", "value": {"words": "<p>Small</p>", "speaker": "Ama"}},
        {"id": "b", "type": "text", "value": "Hello"},
        {"id": "c", "type": "gone", "value": "no longer a block type"},
    ]
    whole = [
        {"id": "a", "type": "quote", "value": {"words": "<p>小さな</p>", "speaker": "アマ"}},
        {"id": "b", "type": "text", "value": "こんにちは"},
    ]
    missing_speaker = [
        {"id": "a", "type": "quote", "value": {"words": "<p>小さな</p>", "speaker": " "}},
        {"id": "b", "type": "text", "value": "こんにちは"},
    ]

    assert has_untranslated_text(stream, source, whole) is False
    assert has_untranslated_text(stream, source, missing_speaker) is True
    assert has_untranslated_text(stream, source, whole[:1]) is True
    # A block of a type the stream no longer has is passed over, not the end of the stream.
    assert has_untranslated_text(stream, [source[2], *source[:2]], whole[:1]) is True


def text_unit(field="body", path=()):
    return TextUnit(key="k", field=field, path=path, kind="char", label="", source="", target="")


EARLIER_BODY = json.dumps(
    [
        {"type": "paragraph", "value": "<p>He stopped.</p>", "id": "p1"},
        {"type": "pull_quote", "value": {"text": "Small", "attribution": ""}, "id": "q1"},
    ]
)


def test_the_earlier_source_of_a_text_inside_a_block_is_read_at_its_path():
    made_from = {"body": EARLIER_BODY}

    assert source_before(text_unit(path=("q1", "text")), made_from) == "Small"
    assert source_before(text_unit(path=("p1",)), made_from) == "<p>He stopped.</p>"


def test_an_earlier_source_left_empty_or_a_block_added_since_reads_as_empty():
    made_from = {"body": EARLIER_BODY}

    assert source_before(text_unit(path=("q1", "attribution")), made_from) == ""
    assert source_before(text_unit(path=("new", "text")), made_from) == ""


def test_an_earlier_source_not_kept_or_unreadable_is_unknown():
    assert source_before(text_unit(path=("q1", "text")), {}) is None
    assert source_before(text_unit(path=("q1", "text")), {"body": "not json"}) is None
    assert source_before(text_unit(path=("q1", "text")), {"body": '{"q1": "x"}'}) is None
    assert source_before(text_unit(path=("q1", "text")), {"body": "5"}) is None
    assert source_before(text_unit(field="title"), {"title": "The rower"}) == "The rower"


@pytest.fixture
def story(story_index):
    film = FilmPageFactory(parent=story_index.get_parent(), title="The film")
    return AthleteStoryPageFactory(
        parent=story_index,
        body=json.dumps(
            [
                {"type": "paragraph", "value": "<p>He stopped for ducks.</p>", "id": "p1"},
                {
                    "type": "pull_quote",
                    "value": {"text": "Small can be calculated.", "attribution": "Voice"},
                    "id": "q1",
                },
                {"type": "related_film", "value": {"film": film.pk}, "id": "f1"},
            ]
        ),
        body_ko=json.dumps(
            [{"type": "paragraph", "value": "<p>오리 때문에 멈췄다.</p>", "id": "p1"}]
        ),
    )


def keys(story):
    return {u.path: u.key for u in units_for(story, "ko") if u.field == "body"}


def ko_body(story):
    return [(block["id"], block["value"]) for block in story.body_ko.raw_data]


def test_translating_one_block_keeps_the_others_and_the_blocks_without_text(story):
    key = keys(story)

    changed = apply_translations(
        story,
        "ko",
        {key[("q1", "text")]: "작은 것도 계산된다.", key[("q1", "attribution")]: "목소리"},
    )

    assert changed == ["body"]
    film = story.body.raw_data[2]["value"]
    assert ko_body(story) == [
        ("p1", "<p>오리 때문에 멈췄다.</p>"),
        ("q1", {"text": "작은 것도 계산된다.", "attribution": "목소리"}),
        ("f1", film),
    ]


def test_a_text_left_blank_inside_a_translated_block_is_stored_empty(story):
    key = keys(story)

    apply_translations(
        story, "ko", {key[("q1", "text")]: "작은 것도 계산된다.", key[("q1", "attribution")]: "  "}
    )

    assert ko_body(story)[1] == ("q1", {"text": "작은 것도 계산된다.", "attribution": ""})


def test_the_same_texts_again_change_nothing(story):
    key = keys(story)

    assert apply_translations(story, "ko", {key[("p1",)]: "<p>오리 때문에 멈췄다.</p>"}) == []


def test_every_text_of_a_stream_left_blank_leaves_the_whole_field_to_the_source(story):
    key = keys(story)

    changed = apply_translations(story, "ko", {key[("p1",)]: " "})

    assert changed == ["body"]
    assert list(story.body_ko.raw_data) == []
    story.save()
    story.refresh_from_db()
    assert len(story.body_ko) == 0
