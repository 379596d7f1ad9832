"""Text units: the earlier source of a block's text, and translations written back into a
StreamField on the source's structure."""

import json

import pytest

from campaign.translations.units import TextUnit, apply_translations, source_before, units_for
from tests.factories import AthleteStoryPageFactory, FilmPageFactory


def unit(field="body", path=()):
    return TextUnit(key="k", field=field, path=path, kind="char", label="", source="", target="")


EARLIER_BODY = json.dumps(
    [
        {"type": "paragraph", "value": "<p>He stopped.</p>", "id": "p1"},
        {"type": "pull_quote", "value": {"text": "Small", "attribution": ""}, "id": "q1"},
    ]
)


def test_the_earlier_source_of_a_text_inside_a_block_is_read_at_its_path():
    made_from = {"body": EARLIER_BODY}

    assert source_before(unit(path=("q1", "text")), made_from) == "Small"
    assert source_before(unit(path=("p1",)), made_from) == "<p>He stopped.</p>"


def test_an_earlier_source_left_empty_or_a_block_added_since_reads_as_empty():
    made_from = {"body": EARLIER_BODY}

    assert source_before(unit(path=("q1", "attribution")), made_from) == ""
    assert source_before(unit(path=("new", "text")), made_from) == ""


def test_an_earlier_source_not_kept_or_unreadable_is_unknown():
    assert source_before(unit(path=("q1", "text")), {}) is None
    assert source_before(unit(path=("q1", "text")), {"body": "not json"}) is None
    assert source_before(unit(field="title"), {"title": "The rower"}) == "The rower"


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
