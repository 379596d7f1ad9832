"""The side-by-side editor as translators use it: rich text, empty texts, slugs and locks."""

from django.contrib.messages import get_messages

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Page, TaskState, WorkflowState

import pytest

from campaign.blocks import TEXT_FEATURES
from campaign.markets.current import activate_market
from campaign.markets.roles import EDITORS, translator_group
from campaign.translations.po import export_catalog
from campaign.translations.report import status_rows
from campaign.translations.status import MISSING, FieldStatus, translation_problems
from campaign.translations.views import side_by_side_url
from campaign.workflow.checks import blocking_problems
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import (
    AthleteStoryPageFactory,
    FilmPageFactory,
    QuoteFactory,
    UserFactory,
    story_with_every_text_block,
)


@pytest.fixture
def story(story_index):
    setup_campaign_roles()
    return story_with_every_text_block(
        story_index, slug="rower", summary="A small decision.\nThen a race."
    )


@pytest.fixture
def korean_translator(db):
    setup_campaign_roles()
    return UserFactory(username="kt", roles=[translator_group("ko")])


@pytest.fixture
def korean(client, korean_translator):
    client.force_login(korean_translator)
    return client


def rich(html):
    return ContentstateConverter(TEXT_FEATURES).from_database_format(html)


def form_of(client, item, language="ko"):
    return client.get(side_by_side_url(item, language)).context["form"]


def untouched(form):
    """What a browser posts for the form as rendered: Draftail's state, CRLF line ends."""
    data = {}
    for index, unit in enumerate(form.units):
        value = unit.target
        data[f"unit_{index}"] = rich(value) if unit.kind == "rich" else value.replace("\n", "\r\n")
    if "slug" in form.fields:
        data["slug"] = form["slug"].value() or ""
    return data


def index_of(form, label):
    return next(i for i, unit in enumerate(form.units) if unit.label == label)


def draft_of(page):
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object()


def test_page_loads_the_rich_text_editor_and_its_two_equal_columns(korean, story):
    html = korean.get(side_by_side_url(story, "ko")).content.decode()

    # Without the editor's script the rich-text rows have a hidden input and nothing to type in.
    assert "wagtailadmin/js/draftail.js" in html
    assert "wagtailadmin/css/panels/draftail.css" in html
    assert "campaign_translations/css/side_by_side.css" in html
    assert "data-draftail-input" in html


def test_untouched_form_saves_nothing(korean, story):
    story.summary_ko = "작은 결정.\n그리고 경주."
    story.save_revision().publish()
    revisions = story.revisions.count()

    response = korean.post(side_by_side_url(story, "ko"), untouched(form_of(korean, story)))

    assert response.status_code == 302
    assert story.revisions.count() == revisions
    assert "Nothing was changed" in korean.get(response.url).content.decode()


def test_an_empty_paragraph_is_never_saved_and_stays_missing_everywhere(korean, story, markets):
    form = form_of(korean, story)
    data = untouched(form)
    # Draftail with nothing typed in it posts an empty paragraph with a block key.
    data[f"unit_{index_of(form, 'Body · Paragraph')}"] = rich("<p></p>")
    data[f"unit_{index_of(form, 'Body · Pull quote · Quote')}"] = "작은 것은 계산할 수 있다."

    korean.post(side_by_side_url(story, "ko"), data)

    draft = draft_of(story)
    blocks = list(draft.body_ko.raw_data)
    # The untranslated paragraph is left out, not saved empty or in English.
    assert [block["type"] for block in blocks] == ["pull_quote"]
    assert FieldStatus("body", "ko", MISSING) in translation_problems(draft, ["ko"])
    assert FieldStatus("body", "ko", MISSING) in blocking_problems(draft)  # Korea hides
    assert ("body", "missing") in {
        (row.field, row.state) for row in status_rows("ko") if row.item.pk == story.pk
    }
    missing = {entry.msgctxt for entry in export_catalog("ko", only_missing=True)}
    assert f"stories.athletestorypage:{story.pk}:body:p1" in missing
    assert f"stories.athletestorypage:{story.pk}:body:q1:text" not in missing
    # The page editor validates the body as its blocks do: what was saved passes.
    draft._meta.get_field("body_ko").stream_block.clean(draft.body_ko)


def test_a_plain_rich_text_field_left_empty_stays_missing(korean, film_index):
    film = FilmPageFactory(parent=film_index, description="<p>About the film.</p>")
    form = form_of(korean, film)
    data = untouched(form)
    data[f"unit_{index_of(form, 'Description')}"] = rich("<p><br/></p>")
    data[f"unit_{index_of(form, 'Title')}"] = "영화"

    korean.post(side_by_side_url(film, "ko"), data)

    draft = draft_of(film)
    assert draft.title_ko == "영화"
    assert draft.description_ko in ("", None)
    assert FieldStatus("description", "ko", MISSING) in translation_problems(draft, ["ko"])


def test_a_required_text_left_empty_beside_a_translated_one_is_refused(korean, story):
    form = form_of(korean, story)
    data = untouched(form)
    data[f"unit_{index_of(form, 'Body · Image · Caption')}"] = "암스테르담, 1928년"
    revisions = story.revisions.count()

    response = korean.post(side_by_side_url(story, "ko"), data)

    assert response.status_code == 200
    assert "so this one is needed too" in response.content.decode()
    # Beside the text that is needed: the image's alt text.
    errors = response.context["form"].errors
    assert list(errors) == [f"unit_{index_of(form, 'Body · Image · Alt text')}"]
    assert story.revisions.count() == revisions


def test_translator_sets_the_slug_in_their_language_and_korea_reaches_the_page_by_it(
    client, korean, story, markets
):
    form = form_of(korean, story)
    assert form["slug"].value() == ""
    assert "rower" in korean.get(side_by_side_url(story, "ko")).content.decode()
    data = untouched(form) | {
        "slug": "조정-선수",
        f"unit_{index_of(form, 'Title')}": "조정 선수",
        f"unit_{index_of(form, 'Summary')}": "작은 결정.",
    }

    korean.post(side_by_side_url(story, "ko"), data)

    draft = draft_of(story)
    assert draft.slug_ko == "조정-선수"
    assert AthleteStoryPage.objects.get(pk=story.pk).slug_ko in ("", None)  # a draft only
    draft.get_latest_revision().publish()
    client.logout()
    assert client.get("/kr/stories/조정-선수/").status_code == 200
    assert client.get("/kr/stories/rower/").status_code == 404
    with activate_market(markets["kr"]):
        url = Page.objects.get(pk=story.pk).specific.url
    assert url == "/kr/stories/%EC%A1%B0%EC%A0%95-%EC%84%A0%EC%88%98/"


def test_an_empty_slug_falls_back_to_the_source_slug(korean, story):
    form = form_of(korean, story)
    data = untouched(form) | {f"unit_{index_of(form, 'Title')}": "조정 선수"}

    korean.post(side_by_side_url(story, "ko"), data)

    assert draft_of(story).slug_ko in ("", None)


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("two words", "valid “slug”"),
        ("a/b", "valid “slug”"),
        ("수영", "already in use in Korean by “The swimmer”"),
        # The runner has no Korean slug: Korea reaches it at its source slug.
        ("runner", "already in use in Korean by “The runner”"),
    ],
)
def test_a_slug_is_checked_as_wagtail_checks_it(korean, story, slug, message):
    AthleteStoryPageFactory(
        parent=story.get_parent(), slug="swimmer", slug_ko="수영", title="The swimmer"
    )
    AthleteStoryPageFactory(parent=story.get_parent(), slug="runner", title="The runner")
    data = untouched(form_of(korean, story)) | {"slug": slug}
    revisions = story.revisions.count()

    response = korean.post(side_by_side_url(story, "ko"), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert story.revisions.count() == revisions


def test_a_source_slug_a_sibling_no_longer_uses_in_korean_is_free(korean, story):
    AthleteStoryPageFactory(
        parent=story.get_parent(), slug="swimmer", slug_ko="수영", title="The swimmer"
    )

    korean.post(
        side_by_side_url(story, "ko"), untouched(form_of(korean, story)) | {"slug": "swimmer"}
    )

    assert draft_of(story).slug_ko == "swimmer"


def test_unicode_slugs_follow_wagtails_setting(korean, story, settings):
    settings.WAGTAIL_ALLOW_UNICODE_SLUGS = False

    response = korean.post(
        side_by_side_url(story, "ko"), untouched(form_of(korean, story)) | {"slug": "조정"}
    )

    assert "valid “slug”" in response.content.decode()
    assert draft_of(story).slug_ko in ("", None)


def test_snippets_have_no_slug_row(korean, korean_translator):
    quote = QuoteFactory(text="Small can be calculated.")

    assert "slug" not in form_of(korean, quote).fields


def test_during_editorial_review_the_editor_is_locked_as_the_page_editor_is(korean, story):
    editor = UserFactory(username="ed", roles=[EDITORS])
    story.save_revision(user=editor)
    story.get_workflow().start(story, editor)
    form = form_of(korean, story)
    data = untouched(form) | {f"unit_{index_of(form, 'Title')}": "조정 선수"}
    revisions = story.revisions.count()

    page = korean.get(side_by_side_url(story, "ko")).content.decode()
    response = korean.post(side_by_side_url(story, "ko"), data)

    assert "Editorial review" in page
    assert "Save draft" not in page
    assert response.status_code == 200
    assert "The translation could not be saved as the item is locked." in response.content.decode()
    assert story.revisions.count() == revisions


def test_once_editorial_review_passes_the_translator_may_save_again(korean, story):
    editor = UserFactory(username="ed", roles=[EDITORS])
    story.save_revision(user=editor)
    state = story.get_workflow().start(story, editor)
    TaskState.objects.get(pk=state.current_task_state_id).specific.approve(user=editor)
    form = form_of(korean, story)
    data = untouched(form) | {f"unit_{index_of(form, 'Title')}": "조정 선수"}

    response = korean.post(side_by_side_url(story, "ko"), data)

    assert response.status_code == 302
    assert draft_of(story).title_ko == "조정 선수"


def shown(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_a_saved_translation_says_so_and_stays_on_the_item_unless_asked_for_the_next(
    korean, korean_translator, story, story_index
):
    other = AthleteStoryPageFactory(parent=story_index, title="Ice", slug="ice")
    form = form_of(korean, story)
    data = untouched(form) | {f"unit_{index_of(form, 'Title')}": "조정 선수"}

    onwards = korean.post(side_by_side_url(story, "ko"), data | {"next": "1"})
    assert shown(onwards) == ["The translation was saved as a new revision."]
    assert onwards.url == side_by_side_url(other, "ko")
    assert story.revisions.latest("created_at").user == korean_translator

    data[f"unit_{index_of(form, 'Title')}"] = "조정 선수들"
    submitted = korean.post(side_by_side_url(story, "ko"), data | {"submit": "1"})
    assert submitted.url == side_by_side_url(story, "ko")
    state = WorkflowState.objects.active().get(object_id=str(story.pk))
    assert state.requested_by == korean_translator


def test_a_refused_or_unchanged_translation_says_so_word_for_word(korean, story):
    form = form_of(korean, story)
    data = untouched(form)

    refused = korean.post(
        side_by_side_url(story, "ko"), data | {f"unit_{index_of(form, 'Title')}": " 조정 "}
    )
    unchanged = korean.post(side_by_side_url(story, "ko"), data)

    assert shown(unchanged) == ["Nothing was changed."]
    assert refused.status_code == 200
    assert shown(refused) == ["The translation could not be saved due to errors."]


def test_a_text_with_an_error_of_its_own_is_judged_by_what_is_stored(korean, story):
    story.body_ko = [
        {
            "type": "pull_quote",
            "value": {"text": "작은 것도 계산된다.", "attribution": "목소리"},
            "id": "q1",
        }
    ]
    story.save()
    form = form_of(korean, story)
    data = untouched(form)
    quote, attribution = (
        index_of(form, "Body · Pull quote · Quote"),
        index_of(form, "Body · Pull quote · Attribution"),
    )
    data[f"unit_{quote}"] = "작" * 401
    data[f"unit_{attribution}"] = "내레이션"

    response = korean.post(side_by_side_url(story, "ko"), data)

    # Too long, and only that: the quote stored beside the new attribution completes the block.
    assert dict(response.context["form"].errors) == {
        f"unit_{quote}": ["Ensure this value has at most 400 characters (it has 401)."]
    }
