"""Each entry of a PO import is judged on its own, and a refusal says why, word for word."""

from wagtail.models import WorkflowState

import polib
import pytest

from campaign.markets.languages import language_name
from campaign.markets.roles import translator_group
from campaign.translations.po import (
    ImportRefused,
    export_catalog,
    import_catalog,
    markup_problems,
)
from campaign.translations.revisions import describe_lock, lock_against
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import (
    AthleteStoryPageFactory,
    FilmPageFactory,
    UserFactory,
    story_with_every_text_block,
)


@pytest.fixture
def story(story_index):
    return AthleteStoryPageFactory(
        parent=story_index, slug="rower", summary="He stopped.", athlete="Bobby Pearce"
    )


@pytest.fixture
def film(film_index):
    return FilmPageFactory(
        parent=film_index, slug="ducks", description="<p>A <b>small</b> act.</p>"
    )


def one_entry(key, source, text, flags=()):
    catalog = polib.POFile()
    catalog.metadata = {"Language": "ja"}
    catalog.append(polib.POEntry(msgctxt=key, msgid=source, msgstr=text, flags=list(flags)))
    return catalog


def judged(key, source, text, flags=()):
    return import_catalog(one_entry(key, source, text, flags))


def story_key(story, field):
    return f"stories.athletestorypage:{story.pk}:{field}"


def test_an_entry_for_no_item_or_no_text_is_refused(story):
    assert judged("stories.athletestorypage:999999:summary", "x", "y").refused == [
        ("stories.athletestorypage:999999:summary", "There is no such item.")
    ]
    assert judged("nonsense", "x", "y").refused == [("nonsense", "There is no such item.")]
    assert judged(story_key(story, "nothing"), "x", "y").refused == [
        (story_key(story, "nothing"), "This item has no such translatable text.")
    ]


def test_an_entry_whose_source_changed_is_outdated_not_applied(story):
    report = judged(story_key(story, "summary"), "He paused.", "止まった。")

    assert report.outdated == [story_key(story, "summary")]
    assert report.applied == [] and not report.written


def test_a_text_may_be_as_long_as_its_field_but_no_longer(story):
    key = story_key(story, "athlete")
    assert judged(key, "Bobby Pearce", "ボ" * 120).refused == []
    assert judged(key, "Bobby Pearce", "ボ" * 121).refused == [
        (key, "The text is longer than 120 characters.")
    ]


def test_plain_text_may_not_hold_markup(story):
    key = story_key(story, "summary")

    assert judged(key, "He stopped.", "<b>止まった。</b>").refused == [
        (key, "Plain text may not contain HTML markup.")
    ]


def test_rich_text_may_hold_only_the_editor_s_markup(film):
    key = f"campaign.filmpage:{film.pk}:description"
    source = film.description

    report = judged(key, source, '<p onclick="x()">小さな<script>a</script><font>行い</font></p>')
    assert report.refused == [
        (key, "Markup that rich text may not hold: <font>, <script>, onclick.")
    ]
    assert judged(key, source, "<p>小さな<b>行い</b>。</p>").refused == []


@pytest.mark.parametrize(
    ("html", "problems"),
    [
        ('<p><a href="https://example.com/a">x</a></p>', []),
        ('<p><a href="mailto:a@example.com">x</a></p>', []),
        ('<p><a href="/stories/">x</a></p>', []),
        ('<p><a href="/stories/a:b/c">x</a></p>', []),  # a colon after a slash: no scheme
        ('<p><a href="/x:y">x</a></p>', []),
        ('<p><a href="https://example.com/film?t=1:30">x</a></p>', []),  # its scheme: the first
        ('<p><a href="javascript:alert(1)">x</a></p>', ["javascript:"]),
        ('<p><a href="&#106;avascript:alert(1)">x</a></p>', ["javascript:"]),  # a character ref
        ('<p><a href=" JavaScript:alert(1)">x</a></p>', ["javascript:"]),
        ('<p><a href="data:text/html,x">x</a></p>', ["data:"]),
        ('<p><a linktype="page" id="3">x</a></p>', []),
        ('<p data-block-key="k1">x</p>', []),
        ('<p id="k1">x</p>', ["id"]),
        ('<embed embedtype="image" id="1" format="left" alt="x"/>', []),
        ('<p><img src="x.png"></p>', ["<img>", "src"]),
    ],
)
def test_which_markup_rich_text_may_hold(html, problems):
    assert markup_problems(html) == problems


def test_a_fuzzy_entry_a_blank_one_and_one_equal_to_the_translation_change_nothing(story):
    story.summary_ja = "止まった。"
    story.save()
    key = story_key(story, "summary")

    for text, flags in (("別の訳。", ["fuzzy"]), ("", []), ("止まった。", [])):
        report = judged(key, "He stopped.", text, flags)
        assert report.unchanged == [key] and report.applied == []


def test_an_export_s_entries_import_back_unchanged(story, film):
    report = import_catalog(export_catalog("ja"))

    assert report.refused == [] and report.applied == [] and report.outdated == []
    assert len(report.unchanged) == len(export_catalog("ja"))


@pytest.mark.parametrize("header", [{}, {"Language": "  "}, {"Language": "xx"}])
def test_a_file_whose_language_header_names_no_language_of_the_site_is_refused(story, header):
    catalog = one_entry(story_key(story, "summary"), "He stopped.", "止まった。")
    catalog.metadata = header

    with pytest.raises(ImportRefused) as refusal:
        import_catalog(catalog)

    assert str(refusal.value) == (
        "The file's Language header names no language this site is translated into."
    )


def test_a_text_too_wide_for_its_place_on_the_page_is_refused(story):
    key = story_key(story, "summary")
    # 120 Japanese characters fill the card's 240 columns; one more overflows it.
    assert judged(key, "He stopped.", "止" * 120).applied == [key]
    assert judged(key, "He stopped.", "止" * 121).refused == [
        (
            key,
            "The text takes 242 columns; its place on the page has room for 240 (a Chinese, "
            "Japanese or Korean character takes two).",
        )
    ]


def test_every_problem_of_a_refused_text_is_named(story):
    key = story_key(story, "summary")

    assert judged(key, "He stopped.", " " + "止" * 121).refused == [
        (
            key,
            "The text starts or ends with spaces. The text takes 242 columns; its place on "
            "the page has room for 240 (a Chinese, Japanese or Korean character takes two).",
        )
    ]


def test_a_file_may_give_a_name_that_reads_the_same_in_every_language(story):
    """Only the side-by-side editor asks "the same as the source on purpose?": a file says so
    by giving the text."""
    key = story_key(story, "athlete")

    report = judged(key, "Bobby Pearce", "Bobby Pearce")

    assert report.applied == [key] and report.refused == []


def test_obsolete_entries_and_entries_without_a_key_are_skipped_and_the_rest_judged(story):
    catalog = one_entry(story_key(story, "athlete"), "Bobby Pearce", "ボビー・ピアース")
    catalog.insert(0, polib.POEntry(msgid="He stopped.", msgstr="止まった。"))
    catalog.insert(
        1,
        polib.POEntry(
            msgctxt=story_key(story, "summary"),
            msgid="He stopped.",
            msgstr="古い訳。",
            obsolete=True,
        ),
    )

    report = import_catalog(catalog)

    assert report.applied == [story_key(story, "athlete")] and report.refused == []
    assert [item.pk for item in report.revised] == [story.pk]
    draft = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert draft.athlete_ja == "ボビー・ピアース" and not draft.summary_ja


def test_an_import_goes_through_its_translator_s_own_lock_only(story):
    setup_campaign_roles()
    holder = UserFactory(username="ja-one", roles=[translator_group("ja")])
    other = UserFactory(username="ja-two", roles=[translator_group("ja")])
    story.locked, story.locked_by = True, holder
    story.save()
    catalog = one_entry(story_key(story, "summary"), "He stopped.", "止まった。")

    with pytest.raises(ImportRefused) as refusal:
        import_catalog(catalog, other)
    lock = lock_against(story, other)
    assert str(refusal.value) == (
        f"These items are locked for you, as in the page editor: {describe_lock(story, lock)}."
    )

    report = import_catalog(catalog, holder)
    assert [item.pk for item in report.revised] == [story.pk]
    assert WorkflowState.objects.active().get(object_id=str(story.pk)).requested_by == holder


def test_a_translator_may_not_import_another_language(story):
    setup_campaign_roles()
    translator = UserFactory(username="ja-one", roles=[translator_group("ja")])
    catalog = one_entry(story_key(story, "summary"), "He stopped.", "멈췄다.")
    catalog.metadata = {"Language": "ko"}

    with pytest.raises(ImportRefused) as refusal:
        import_catalog(catalog, translator)

    assert str(refusal.value) == f"You may not edit {language_name('ko')} translations."


def test_a_block_translated_in_part_is_refused_naming_the_text_it_still_needs(story_index):
    story_with_every_text_block(story_index)
    catalog = export_catalog("ko")
    caption = next(entry for entry in catalog if entry.msgid == "Amsterdam, 1928")
    alt_text = next(entry for entry in catalog if entry.msgid == "A rower")
    caption.msgstr = "암스테르담, 1928년"

    report = import_catalog(catalog)

    assert report.language == "ko"
    assert report.refused == [
        (
            alt_text.msgctxt,
            "The other texts of this block are translated, so this one is needed too.",
        )
    ]
    assert not report.written
