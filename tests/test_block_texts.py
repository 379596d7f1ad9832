"""Where the texts of a block sit, exactly: what the status report, the side-by-side editor
and PO files read and write (each field of ``BlockText`` is used by one of them)."""

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

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
