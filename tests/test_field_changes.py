"""A field lock asks whether a posted value changes what a stored field means."""

from django import forms

from wagtail import blocks
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.blocks.base import BlockField
from wagtail.blocks.stream_block import StreamValue

import pytest

from campaign.blocks import TEXT_FEATURES, ParagraphBlock, PullQuoteBlock
from campaign.translations.field_changes import (
    block_meaning,
    means_something_else,
    rich_text_meaning,
)
from campaign.translations.forms import TranslationRichTextField


def rich_text_field():
    return forms.CharField(widget=get_rich_text_editor_widget(features=TEXT_FEATURES))


class ListingBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    pull_quote = PullQuoteBlock()
    names = blocks.ListBlock(blocks.CharBlock())


def stream(*children):
    return ListingBlock().to_python(list(children))


def paragraph(html, block_id="a"):
    return {"type": "paragraph", "value": html, "id": block_id}


@pytest.mark.parametrize(
    ("stored", "posted"),
    [
        ("<p>Small can be mighty.</p>", '<p data-block-key="x1y2z">Small can be mighty.</p>'),
        ("<p>Small <strong>can</strong> be</p>", '<p data-block-key="k">Small <b>can</b> be</p>'),
        ("<p>One</p><p>Two</p>", '<p data-block-key="a">One</p><p data-block-key="b">Two</p>'),
        ("", '<p data-block-key="e"></p>'),
        (None, ""),
    ],
)
def test_rich_text_spelled_the_editors_way_means_the_same(stored, posted):
    assert not means_something_else(rich_text_field(), stored, posted)


@pytest.mark.parametrize(
    ("stored", "posted"),
    [
        ("<p>Small can be mighty.</p>", '<p data-block-key="x">Small can be mighty!</p>'),
        ("<p>Small can be</p>", '<p data-block-key="x">Small <b>can</b> be</p>'),
        ("<p>Small can be</p>", '<p data-block-key="x">Small can be</p><p>Again</p>'),
        ('<p><a href="https://a.example">Go</a></p>', '<p><a href="https://b.example">Go</a></p>'),
        ("<p>Small</p>", ""),
        ("", "<p>Small</p>"),
    ],
)
def test_a_change_of_words_style_blocks_or_links_is_a_change(stored, posted):
    assert means_something_else(rich_text_field(), stored, posted)


def test_a_stream_untouched_in_the_editor_means_the_same():
    field = BlockField(block=ListingBlock())
    stored = stream(
        paragraph("<p>From one to billions.</p>"),
        {"type": "pull_quote", "value": {"text": "Small", "attribution": "Voice"}, "id": "q"},
        {"type": "names", "value": [{"type": "item", "value": "Seun", "id": "n1"}], "id": "l"},
    )
    posted = stream(
        paragraph('<p data-block-key="r4nd0">From one to billions.</p>', block_id="other"),
        {"type": "pull_quote", "value": {"text": "Small ", "attribution": "Voice"}, "id": "q"},
        {"type": "names", "value": [{"type": "item", "value": "Seun", "id": "n9"}], "id": "l"},
    )

    assert not means_something_else(field, stored, posted)


@pytest.mark.parametrize(
    "posted",
    [
        [paragraph("<p>From one to millions.</p>")],
        [paragraph("<p>From one to billions.</p>"), paragraph("<p>More</p>", "b")],
        [],
        [{"type": "pull_quote", "value": {"text": "From one", "attribution": ""}, "id": "a"}],
        [{"type": "names", "value": ["From one to billions."], "id": "a"}],
    ],
)
def test_a_stream_with_other_words_blocks_or_order_is_changed(posted):
    field = BlockField(block=ListingBlock())

    assert means_something_else(
        field, stream(paragraph("<p>From one to billions.</p>")), stream(*posted)
    )


def test_a_list_item_changed_is_a_change():
    field = BlockField(block=ListingBlock())
    stored = stream({"type": "names", "value": ["Seun", "Ngozi"], "id": "l"})
    posted = stream({"type": "names", "value": ["Seun", "Akuoma"], "id": "l"})

    assert means_something_else(field, stored, posted)


def test_a_text_posted_back_with_crlf_line_endings_is_unchanged():
    field = forms.CharField(widget=forms.Textarea)

    assert not means_something_else(field, "Line one\nLine two", "Line one\r\nLine two")
    assert means_something_else(field, "Line one\nLine two", "Line one\r\nLine 2")


def test_a_disabled_field_is_still_asked_what_was_posted():
    field = forms.CharField(disabled=True)

    assert means_something_else(field, "Manifesto", "Changed")
    assert field.disabled  # the probe is a copy: the form's field stays locked


def test_a_value_that_cannot_be_read_counts_as_a_change():
    field = forms.IntegerField()

    assert means_something_else(field, 2018, "not a year")


def test_a_rule_added_to_empty_rich_text_is_a_change():
    field = forms.CharField(widget=get_rich_text_editor_widget(features=["hr"]))

    assert means_something_else(field, "", "<hr/>")
    assert not means_something_else(field, "<hr/>", "<hr/>")


def test_rich_text_of_another_editor_is_compared_by_its_markup():
    assert rich_text_meaning(" <p>Small</p>\n", None) == "<p>Small</p>"
    assert rich_text_meaning(None, None) == ""


def test_a_quote_with_other_words_is_changed():
    field = BlockField(block=ListingBlock())
    quote = {"type": "pull_quote", "value": {"text": "Small", "attribution": "Voice"}, "id": "q"}
    edited = {**quote, "value": {"text": "Smaller", "attribution": "Voice"}}

    assert means_something_else(field, stream(quote), stream(edited))


def test_a_list_stored_without_item_ids_reads_the_same_as_the_editor_posts_it():
    field = BlockField(block=ListingBlock())
    stored = stream({"type": "names", "value": ["Seun", "Ngozi"], "id": "l"})
    posted = stream(
        {
            "type": "names",
            "value": [
                {"type": "item", "value": "Seun", "id": "1"},
                {"type": "item", "value": "Ngozi", "id": "2"},
            ],
            "id": "l",
        }
    )

    assert not means_something_else(field, stored, posted)


@pytest.mark.parametrize(
    ("initial", "posted", "changed"),
    [
        ("", "<p></p>", False),  # an untouched editor posts one empty paragraph
        ("<p>A <b>small</b> act.</p>", '<p data-block-key="k9">A <b>small</b> act.</p>', False),
        ("<p>A small act.</p>", "<p>A <b>small</b> act.</p>", True),
        ("", "<p>A new text.</p>", True),
        ("<p>An old text.</p>", "<p></p>", True),  # emptied: the translation is removed
    ],
)
def test_a_translator_s_rich_text_changed_only_if_it_reads_otherwise(initial, posted, changed):
    field = TranslationRichTextField(
        required=False, widget=get_rich_text_editor_widget(features=TEXT_FEATURES)
    )

    assert field.has_changed(initial, posted) is changed
    assert field.clean(posted) == ("" if posted == "<p></p>" else posted)


def test_an_empty_editor_means_no_text_and_a_rule_alone_is_text():
    empty = rich_text_field().widget.converter
    with_rules = get_rich_text_editor_widget(features=["hr"]).converter

    assert rich_text_meaning('<p data-block-key="e"></p>', empty) is None
    assert rich_text_meaning("", empty) is None
    assert rich_text_meaning("<hr/>", with_rules) is not None


class NotesBlock(blocks.StreamBlock):
    notes = blocks.ListBlock(blocks.RichTextBlock(features=["bold"]))
    card = blocks.StructBlock([("body", blocks.RichTextBlock(features=["bold"]))])


@pytest.mark.parametrize(
    ("stored", "posted"),
    [
        (
            {"type": "notes", "value": ["<p>Small</p>"]},
            {"type": "notes", "value": ['<p data-block-key="k1">Small</p>']},
        ),
        (
            {"type": "card", "value": {"body": "<p>Small <strong>acts</strong></p>"}},
            {"type": "card", "value": {"body": '<p data-block-key="k2">Small <b>acts</b></p>'}},
        ),
    ],
)
def test_rich_text_inside_lists_and_structs_is_compared_as_the_editor_holds_it(stored, posted):
    field = BlockField(block=NotesBlock())
    to_stream = NotesBlock().to_python

    assert not means_something_else(field, to_stream([stored]), to_stream([posted]))
    smaller = ["<p>Smaller</p>"] if stored["type"] == "notes" else {"body": "<p>Smaller</p>"}
    edited = {**posted, "value": smaller}
    assert means_something_else(field, to_stream([stored]), to_stream([edited]))


def test_a_struct_without_a_value_and_a_dict_outside_a_struct_are_kept_as_they_are():
    assert block_meaning(PullQuoteBlock(), None) is None
    assert block_meaning(blocks.CharBlock(), {"text": " Small "}) == {"text": " Small "}


def test_a_stream_stored_as_none_means_the_same_as_an_empty_one():
    field = BlockField(block=ListingBlock())

    assert not means_something_else(field, None, stream())
    assert means_something_else(field, None, stream(paragraph("<p>Small</p>")))


def test_a_stored_stream_in_a_shape_the_editor_cannot_read_counts_as_changed():
    block = ListingBlock()
    # As a script could have written it: a paragraph whose text is a number.
    stored = StreamValue(block, [{"type": "paragraph", "value": 5, "id": "a"}], is_lazy=True)

    assert means_something_else(BlockField(block=block), stored, stream(paragraph("<p>5</p>")))
