"""The side-by-side editor: source left, translation right, saved as a new revision."""

from django.urls import reverse

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

import pytest

from campaign.blocks import TEXT_FEATURES
from campaign.markets.roles import translator_group
from campaign.translations.status import MISSING, FieldStatus, translation_problems
from campaign.translations.views import side_by_side_url
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import UserFactory, story_with_every_text_block


@pytest.fixture
def story(story_index):
    setup_campaign_roles()
    return story_with_every_text_block(story_index, summary="A small decision.")


@pytest.fixture
def korean(client, story):
    client.force_login(UserFactory(username="kt", roles=[translator_group("ko")]))
    return client


def rich(html):
    return ContentstateConverter(TEXT_FEATURES).from_database_format(html)


def test_side_by_side_shows_every_kind_of_field_with_missing_marked(korean, story):
    response = korean.get(side_by_side_url(story, "ko"))

    html = response.content.decode()
    assert response.status_code == 200
    labels = [unit.label for unit in response.context["form"].units]
    assert "Title" in labels  # a short text
    assert "Summary" in labels  # a long text
    assert any(label.startswith("Body · Paragraph") for label in labels)  # rich text block
    assert any(label.endswith("Attribution") for label in labels)  # text inside a block
    assert any(label.endswith("Alt text") for label in labels)  # an image's alt text
    assert "Small can be calculated." in html
    assert html.count('data-state="missing"') == len(labels)


def test_translator_saves_every_kind_of_field_as_a_revision(korean, story):
    form = korean.get(side_by_side_url(story, "ko")).context["form"]
    values = {
        "Title": "조정 선수",
        "Summary": "작은 결정.",
        "Athlete or team": "보비 피어스",
        "Games": "암스테르담",
        "Quote": "작은 것은 계산할 수 있다.",
        "Alt text": "조정 선수",
        "Caption": "암스테르담, 1928년",
    }
    data = {}
    for index, unit in enumerate(form.units):
        short = unit.label.split(" · ")[-1]
        if unit.kind == "rich":
            data[f"unit_{index}"] = rich("<p>그는 <b>오리</b>를 위해 멈췄다.</p>")
        elif short in values:
            data[f"unit_{index}"] = values[short]

    response = korean.post(side_by_side_url(story, "ko"), data)

    assert response.status_code == 302
    draft = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert draft.title_ko == "조정 선수"
    assert draft.summary_ko == "작은 결정."
    blocks = list(draft.body_ko.raw_data)
    assert [b["type"] for b in blocks] == ["paragraph", "pull_quote", "image"]
    assert "오리" in blocks[0]["value"]
    assert blocks[1]["value"]["text"] == "작은 것은 계산할 수 있다."
    # A text left empty stays empty, never the source text: it still reads as missing.
    assert blocks[1]["value"]["attribution"] == ""
    assert FieldStatus("body", "ko", MISSING) in translation_problems(draft, ["ko"])
    assert blocks[2]["value"]["image"]["alt_text"] == "조정 선수"
    assert blocks[2]["value"]["caption"] == "암스테르담, 1928년"
    # A draft: the live page is unchanged until the workflow publishes it.
    assert AthleteStoryPage.objects.get(pk=story.pk).title_ko in ("", None)


def test_save_and_submit_starts_the_campaign_workflow(korean, story):
    form = korean.get(side_by_side_url(story, "ko")).context["form"]
    title_index = next(i for i, unit in enumerate(form.units) if unit.label == "Title")

    korean.post(side_by_side_url(story, "ko"), {f"unit_{title_index}": "조정", "submit": "1"})

    assert AthleteStoryPage.objects.get(pk=story.pk).workflow_in_progress


def test_translator_of_another_language_cannot_open_or_save_it(client, story):
    client.force_login(UserFactory(username="jt", roles=[translator_group("ja")]))

    assert client.get(side_by_side_url(story, "ko")).status_code == 302
    client.post(side_by_side_url(story, "ko"), {"unit_0": "조정"})
    assert AthleteStoryPage.objects.get(pk=story.pk).revisions.count() == story.revisions.count()


def test_unknown_item_or_language_is_404(korean, story):
    url = reverse("translation_side_by_side", args=[999999, story.pk, "ko"])
    assert korean.get(url).status_code == 404
    assert korean.get(side_by_side_url(story, "xx")).status_code == 404
