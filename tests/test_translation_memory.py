"""The translation memory: what it keeps, what it offers, and what it fills."""

from django.urls import reverse

from wagtail.models import WorkflowState

import polib
import pytest

from campaign.markets.roles import translator_group
from campaign.translations.diffs import diff_plain
from campaign.translations.memory import (
    close_matches,
    exact_matches,
    exact_translations,
    remember,
    remember_item,
)
from campaign.translations.models import MemoryEntry
from campaign.translations.po import export_catalog
from campaign.translations.views import side_by_side_url
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import (
    AthleteStoryPageFactory,
    GlossaryTermFactory,
    MemoryEntryFactory,
    UserFactory,
)


@pytest.fixture
def roles(home):
    setup_campaign_roles()


@pytest.fixture
def japanese(client, roles):
    client.force_login(UserFactory(username="jt", roles=[translator_group("ja")]))
    return client


def test_a_published_translation_is_remembered_with_where_it_came_from(story_index):
    story = AthleteStoryPageFactory(
        parent=story_index, title="The rower", summary="He stopped for ducks."
    )
    story.summary_ja = "彼はカモのために止まった。"
    story.save_revision().publish()

    entry = MemoryEntry.objects.get(language="ja", source_text="He stopped for ducks.")
    assert entry.translation == "彼はカモのために止まった。"
    assert entry.origin == "Athlete story page · The rower · Summary"


def test_a_stale_or_glossary_breaking_translation_is_not_remembered(story_index):
    GlossaryTermFactory(language="ja", term="Amsterdam", translation="アムステルダム")
    story = AthleteStoryPageFactory(
        parent=story_index, summary="He stopped for ducks.", games="Amsterdam"
    )
    story.summary_ja = "彼はカモのために止まった。"
    story.games_ja = "アムス"
    story.save()
    story.summary = "He stopped for three ducks."
    story.save()

    remember_item(story, ["ja"])

    remembered = set(MemoryEntry.objects.values_list("source_text", flat=True))
    assert "He stopped for ducks." not in remembered
    assert "He stopped for three ducks." not in remembered
    assert "Amsterdam" not in remembered


def test_exact_matches_ignore_case_and_spacing_at_the_ends(db):
    MemoryEntryFactory(source_text="Watch the film", translation="映画を見る")

    assert [m.entry.translation for m in exact_matches("ja", "  watch the film ")] == ["映画を見る"]
    assert exact_matches("ko", "Watch the film") == []
    # What differs between the two sources is shown even where the match is exact.
    [match] = exact_matches("ja", "watch the film")
    assert diff_plain(match.source_diff) == "[-Watch-]{+watch+} the film"


def test_close_matches_are_scored_with_the_difference_of_their_sources(db):
    MemoryEntryFactory(
        source_text="He stopped for ducks.", translation="彼はカモのために止まった。"
    )
    MemoryEntryFactory(source_text="Something else entirely.", translation="全く別のもの。")

    [match] = close_matches("ja", "He stopped for three ducks.")

    assert match.entry.translation == "彼はカモのために止まった。"
    assert 70 <= match.score < 100
    assert "<ins>three </ins>" in match.diff_html


def test_close_matches_read_only_sources_of_a_similar_length(db, django_assert_max_num_queries):
    MemoryEntryFactory.create_batch(200, source_text=factory_text(400))
    MemoryEntryFactory(source_text="He stopped for ducks.", translation="止まった。")

    with django_assert_max_num_queries(1):
        matches = close_matches("ja", "He stopped for the ducks.")

    assert [m.entry.translation for m in matches] == ["止まった。"]


def factory_text(length):
    return ("long text " * length)[:length]


def test_one_query_finds_the_exact_translations_of_many_sources(db, django_assert_num_queries):
    MemoryEntryFactory(source_text="Watch the film", translation="映画を見る")
    MemoryEntryFactory(source_text="Read the story", translation="物語を読む")
    MemoryEntryFactory(source_text="Read the story", translation="ストーリーを読む")

    with django_assert_num_queries(1):
        found = exact_translations("ja", ["Watch the film", "Read the story", "Other"])

    # Two remembered answers for one source: the memory does not choose between them.
    assert list(found.values()) == ["映画を見る"]


def test_the_side_by_side_editor_offers_a_match_and_uses_it_in_one_click(japanese, story_index):
    MemoryEntryFactory(
        source_text="He stopped for ducks.", translation="彼はカモのために止まった。"
    )
    story = AthleteStoryPageFactory(parent=story_index, summary="He stopped for ducks.")

    response = japanese.get(side_by_side_url(story, "ja"))
    html = response.content.decode()
    assert "Exact match" in html
    index = next(i for i, u in enumerate(response.context["form"].units) if u.field == "summary")
    entry = MemoryEntry.objects.get()
    assert f'value="{index}:{entry.pk}"' in html

    response = japanese.post(side_by_side_url(story, "ja"), {"use": f"{index}:{entry.pk}"})

    assert response.status_code == 302
    draft = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert draft.summary_ja == "彼はカモのために止まった。"


def test_a_memory_entry_of_another_language_cannot_be_used(japanese, story_index):
    entry = MemoryEntryFactory(language="ko", source_text="He stopped.", translation="멈췄다.")
    story = AthleteStoryPageFactory(parent=story_index, summary="He stopped.")
    index = next(
        i
        for i, u in enumerate(japanese.get(side_by_side_url(story, "ja")).context["form"].units)
        if u.field == "summary"
    )

    japanese.post(side_by_side_url(story, "ja"), {"use": f"{index}:{entry.pk}"})

    assert [r.as_object().summary_ja for r in story.revisions.all()] == []


def test_the_po_export_prefills_exact_matches_as_fuzzy(story_index):
    MemoryEntryFactory(
        source_text="He stopped for ducks.", translation="彼はカモのために止まった。"
    )
    AthleteStoryPageFactory(parent=story_index, summary="He stopped for ducks.")

    catalog = polib.pofile(str(export_catalog("ja")))
    entry = next(e for e in catalog if e.msgctxt.endswith(":summary"))

    assert entry.msgstr == "彼はカモのために止まった。"
    assert "fuzzy" in entry.flags
    assert "translation memory" in entry.tcomment


def test_filling_exact_matches_saves_revisions_and_sends_them_to_review(japanese, story_index):
    MemoryEntryFactory(
        source_text="He stopped for ducks.", translation="彼はカモのために止まった。"
    )
    filled = AthleteStoryPageFactory(parent=story_index, summary="He stopped for ducks.")
    untouched = AthleteStoryPageFactory(parent=story_index, summary="Nothing like it.")

    response = japanese.post(reverse("translation_memory_fill"), {"language": "ja"})

    assert response.status_code == 302
    draft = AthleteStoryPage.objects.get(pk=filled.pk).get_latest_revision_as_object()
    assert draft.summary_ja == "彼はカモのために止まった。"
    assert not AthleteStoryPage.objects.get(pk=filled.pk).summary_ja  # not published
    assert WorkflowState.objects.filter(object_id=str(filled.pk)).exists()
    assert AthleteStoryPage.objects.get(pk=untouched.pk).get_latest_revision() is None


def test_a_translator_fills_only_their_own_language(japanese, story_index):
    MemoryEntryFactory(language="ko", source_text="He stopped.", translation="멈췄다.")
    story = AthleteStoryPageFactory(parent=story_index, summary="He stopped.")

    response = japanese.post(reverse("translation_memory_fill"), {"language": "ko"}, follow=True)

    assert "Choose one of your languages to fill." in response.content.decode()
    assert story.revisions.count() == 0


def test_an_item_is_remembered_per_language_with_what_is_current_in_each(story_index):
    GlossaryTermFactory(language="ja", term="Bobby Pearce", translation="ボビー・ピアース")
    GlossaryTermFactory(language="ja", term="Amsterdam", translation="アムステルダム")
    story = AthleteStoryPageFactory(
        parent=story_index,
        title="The rower",
        summary="He stopped.",
        athlete="Bobby Pearce",
        games="Amsterdam 1928",
    )
    story.summary_ko = "멈췄다."  # written for the old source: out of date in Korean only
    story.save()
    story.summary, story.summary_ja, story.title_ja = "He stopped for ducks.", "カモ。", "漕ぐ人"
    story.athlete_ja = "ボビー・ピアース"  # keeps its glossary term
    story.games_ja = "アムス 1928"  # breaks its glossary term; the texts after it still count
    story.save()
    MemoryEntry.objects.all().delete()

    kept = remember_item(story, ["ja", "ko"])

    assert kept == 3
    assert set(MemoryEntry.objects.values_list("language", "source_text", "translation")) == {
        ("ja", "The rower", "漕ぐ人"),
        ("ja", "Bobby Pearce", "ボビー・ピアース"),
        ("ja", "He stopped for ducks.", "カモ。"),
    }


def test_a_remembered_translation_says_where_it_came_from_in_at_most_255_characters(db):
    assert remember("ja", "Watch the film", "映画を見る").origin == ""
    long_origin = remember("ja", "Meet the team", "チームに会う", origin="x" * 300).origin
    assert long_origin == "x" * 255
