"""Checks before a translation is saved or submitted, and the glossary in the workflow."""

import json

from django.urls import reverse

from wagtail.models import TaskState

import pytest

from campaign.markets.roles import APPROVERS, EDITORS, translator_group
from campaign.models import FilmPage
from campaign.translations.checks import (
    columns,
    contains,
    glossary,
    item_glossary_problems,
    text_problems,
)
from campaign.translations.po import export_catalog, import_catalog
from campaign.translations.units import TextUnit
from campaign.translations.views import side_by_side_url
from campaign.workflow.setup import setup_campaign_roles
from tests.factories import (
    AthleteStoryPageFactory,
    FilmPageFactory,
    GlossaryTermFactory,
    UserFactory,
)


def unit(source, kind="text"):
    return TextUnit(key="k", field="f", path=(), kind=kind, label="L", source=source, target="")


def codes(problems):
    return [problem.code for problem in problems]


def test_a_wide_character_takes_two_columns():
    assert columns("Small") == 5
    assert columns("작은 결정") == 9
    assert columns("小さな") == 6


def test_a_text_too_wide_for_its_place_on_the_page_is_refused():
    korean = "작" * 121

    assert codes(text_problems(unit("A logline"), korean, "ko", [], room=240)) == ["room"]
    assert text_problems(unit("A logline"), "작" * 120, "ko", [], room=240) == []


def test_spaces_at_the_ends_of_a_plain_text_are_reported():
    assert codes(text_problems(unit("Small"), " 小さな", "ja", [])) == ["spaces"]
    assert codes(text_problems(unit("Small"), "小さな\n", "ja", [])) == ["spaces"]


def test_a_rich_text_keeps_the_links_and_emphasis_of_its_source():
    source = '<p>Read <a href="https://example.com/a">the story</a> of <b>ducks</b>.</p>'
    lost_link = "<p>物語を読む <b>カモ</b>。</p>"
    lost_bold = '<p><a href="https://example.com/a">物語</a>を読む カモ。</p>'
    kept = '<p><a href="https://example.com/a">物語</a>を読む <b>カモ</b>。</p>'

    [problem] = text_problems(unit(source, "rich"), lost_link, "ja", [])
    assert problem.code == "links" and "https://example.com/a" in problem.message
    assert codes(text_problems(unit(source, "rich"), lost_bold, "ja", [])) == ["markup"]
    assert text_problems(unit(source, "rich"), kept, "ja", []) == []


def test_emphasis_the_source_does_not_have_is_reported_too():
    source = "<p>Small can be calculated.</p>"

    [problem] = text_problems(unit(source, "rich"), "<p><b>작은</b> 것도 계산된다.</p>", "ko", [])

    assert problem.code == "markup" and "<b>" in problem.message
    assert text_problems(unit(source, "rich"), "<p>작은 것도<br>계산된다.</p>", "ko", []) == []


def test_an_empty_term_is_never_found():
    assert not contains("Small can be calculated.", "")


def test_a_name_kept_as_written_is_found_in_the_source_whatever_its_case(db):
    terms = [GlossaryTermFactory(language="ko", term="Team GB", translation="")]

    assert text_problems(unit("TEAM GB 1928"), "TEAM GB 1928", "ko", terms) == []


def test_a_translation_that_is_its_source_needs_saying_so(db):
    assert codes(text_problems(unit("Watch the film"), "Watch the film", "ja", [])) == ["same"]
    assert (
        text_problems(unit("Watch the film"), "Watch the film", "ja", [], same_on_purpose=True)
        == []
    )
    # British English may read as the source; a figure needs no translation.
    assert text_problems(unit("Watch the film"), "Watch the film", "en-gb", []) == []
    assert text_problems(unit("1928"), "1928", "ja", []) == []


def test_a_name_never_translated_may_stand_alone_as_its_translation(db):
    terms = [GlossaryTermFactory(language="ja", term="BBDO", translation="")]

    assert text_problems(unit("BBDO"), "BBDO", "ja", terms) == []
    assert codes(text_problems(unit("BBDO"), "ビービーディーオー", "ja", terms)) == ["glossary"]


def test_a_glossary_term_is_found_regardless_of_case_and_as_a_whole_word():
    assert contains("the kenya ice lions", "Kenya Ice Lions")
    assert not contains("Gamesmanship", "Games")
    # A Latin term may touch Japanese text, which has no spaces.
    assert contains("BBDO制作チーム", "BBDO")
    assert contains("ケニア・アイスライオンズの夢", "ケニア・アイスライオンズ")


def test_a_glossary_violation_names_the_term_and_its_required_translation(db):
    GlossaryTermFactory(
        language="ja", term="Kenya Ice Lions", translation="ケニア・アイスライオンズ"
    )

    [problem] = text_problems(
        unit("The Kenya Ice Lions"), "ケニアの氷のライオン", "ja", glossary("ja")
    )

    assert problem.term == "Kenya Ice Lions"
    assert problem.message == "“Kenya Ice Lions” must be translated as “ケニア・アイスライオンズ”."
    assert (
        text_problems(unit("The Kenya Ice Lions"), "ケニア・アイスライオンズ", "ja", glossary("ja"))
        == []
    )


@pytest.fixture
def korean(client, home):
    setup_campaign_roles()
    client.force_login(UserFactory(username="kt", roles=[translator_group("ko")]))
    return client


def units_by_field(client, item, language):
    form = client.get(side_by_side_url(item, language)).context["form"]
    return {unit.field: index for index, unit in enumerate(form.units) if not unit.path}


def test_the_side_by_side_editor_refuses_a_korean_logline_too_long_for_its_card(korean, film_index):
    film = FilmPageFactory(parent=film_index, title="Small", logline="A short logline.")
    index = units_by_field(korean, film, "ko")["logline"]

    response = korean.post(side_by_side_url(film, "ko"), {f"unit_{index}": "작은" * 70})

    assert response.status_code == 200
    [error] = response.context["form"].errors[f"unit_{index}"]
    assert "280 columns" in error and "room for 240" in error
    assert FilmPage.objects.get(pk=film.pk).get_latest_revision() is None


def test_the_side_by_side_editor_accepts_a_copy_of_the_source_ticked_on_purpose(korean, film_index):
    film = FilmPageFactory(parent=film_index, title="Small", logline="A short logline.")
    index = units_by_field(korean, film, "ko")["title"]

    refused = korean.post(side_by_side_url(film, "ko"), {f"unit_{index}": "Small"})
    assert "The translation is the source text itself" in refused.content.decode()
    assert 'name="same_' in refused.content.decode()

    accepted = korean.post(
        side_by_side_url(film, "ko"), {f"unit_{index}": "Small", f"same_{index}": "on"}
    )
    assert accepted.status_code == 302
    assert FilmPage.objects.get(pk=film.pk).get_latest_revision_as_object().title_ko == "Small"


def test_the_side_by_side_editor_marks_glossary_terms_in_the_source(korean, story_index):
    GlossaryTermFactory(language="ko", term="Kenya Ice Lions", translation="케냐 아이스 라이온스")
    story = AthleteStoryPageFactory(parent=story_index, summary="The Kenya Ice Lions train.")

    html = korean.get(side_by_side_url(story, "ko")).content.decode()

    assert (
        '<mark class="glossary-term" title="Glossary: “케냐 아이스 라이온스”" '
        "data-glossary-term>Kenya Ice Lions</mark>"
    ) in html


def test_the_po_import_refuses_a_glossary_violation_and_writes_nothing(story_index, home):
    GlossaryTermFactory(language="ko", term="Kenya Ice Lions", translation="케냐 아이스 라이온스")
    story = AthleteStoryPageFactory(parent=story_index, summary="The Kenya Ice Lions train.")
    catalog = export_catalog("ko")
    for entry in catalog:
        if entry.msgctxt.endswith(":summary"):
            entry.msgstr = "케냐의 얼음 사자들이 훈련한다."

    report = import_catalog(catalog)

    [(key, reason)] = report.refused
    assert key.endswith(":summary")
    assert "“Kenya Ice Lions” must be translated as “케냐 아이스 라이온스”." in reason
    assert story.revisions.count() == 0


@pytest.fixture
def people(home):
    setup_campaign_roles()
    return {
        "editor": UserFactory(username="ed", roles=[EDITORS]),
        "ja": UserFactory(username="ja", roles=[translator_group("ja")]),
        "approver": UserFactory(username="boss", roles=[APPROVERS]),
    }


def test_the_translation_check_fails_on_a_glossary_violation_and_names_the_term(
    client, film_index, people, markets
):
    GlossaryTermFactory(
        language="ja", term="Kenya Ice Lions", translation="ケニア・アイスライオンズ"
    )
    film = FilmPageFactory(
        parent=film_index,
        title="Kenya Ice Lions",
        logline="One more hour.",
        title_ja="ケニアの氷のライオン",
        logline_ja="あと1時間。",
    )
    film.markets.set([markets["jp"]])
    film.save_revision().publish()
    film.get_workflow().start(film, people["editor"])
    state = film.current_workflow_task_state
    client.force_login(people["editor"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[film.pk, "approve", state.pk])
    client.post(url, {"task_state": state.pk, "comment": ""})

    client.force_login(people["ja"])
    state = FilmPage.objects.get(pk=film.pk).current_workflow_task_state
    assert state.task.name == "Translation check"
    url = reverse("wagtailadmin_pages:workflow_action", args=[film.pk, "approve", state.pk])
    modal = json.loads(client.get(url).content)["html"]
    client.post(url, {"task_state": state.pk, "comment": ""})

    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS
    assert (
        "Title in Japanese: “Kenya Ice Lions” must be translated as “ケニア・アイスライオンズ”."
        in modal
    )


def test_an_item_s_glossary_problems_are_found_in_each_language_that_has_terms(story_index):
    GlossaryTermFactory(language="ko", term="Kenya Ice Lions", translation="케냐 아이스 라이온스")
    story = AthleteStoryPageFactory(
        parent=story_index,
        title="The Kenya Ice Lions",
        title_ja="ケニアの氷のライオン",  # Japanese has no glossary: nothing to break
        title_ko="케냐의 얼음 사자들",
        summary="The Kenya Ice Lions train in Nairobi.",
        summary_ko="케냐 아이스 라이온스는 나이로비에서 훈련한다.",
    )

    found = item_glossary_problems(story, ["ja", "ko"])

    assert [(unit.field, language, problem.term) for unit, language, problem in found] == [
        ("title", "ko", "Kenya Ice Lions")
    ]
