"""Missing and stale translations are found exactly, and shown to translators."""

import csv
import io
import json

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

import pytest

from campaign.markets.roles import market_lead_group, translator_group
from campaign.translations.models import TranslationGap
from campaign.translations.po import export_catalog
from campaign.translations.report import rows_for, status_rows
from campaign.translations.status import (
    MISSING,
    STALE,
    FieldStatus,
    is_empty,
    translation_problems,
)
from campaign.translations.views import side_by_side_url
from campaign.workflow.checks import blocking_problems
from campaign.workflow.setup import setup_campaign_roles
from tests.factories import (
    AthleteStoryPageFactory,
    FilmPageFactory,
    QuoteFactory,
    UserFactory,
)


def test_empty_translation_is_missing(db):
    quote = QuoteFactory(text="Small can be calculated.", speaker="Voice-over", text_ja="")

    problems = translation_problems(quote, ["ja"])

    assert FieldStatus("text", "ja", MISSING) in problems
    assert FieldStatus("speaker", "ja", MISSING) in problems
    assert FieldStatus("role", "ja", MISSING) in problems


def test_translation_becomes_stale_when_its_source_text_changes(db):
    quote = QuoteFactory(text="Small can be calculated.", text_ko="작은 것은 계산할 수 있다.")
    assert FieldStatus("text", "ko", STALE) not in translation_problems(quote, ["ko"])

    quote.text_en = "Small can be measured."
    quote.save()

    assert FieldStatus("text", "ko", STALE) in translation_problems(quote, ["ko"])


def test_edit_that_keeps_the_source_text_marks_nothing_stale(db):
    quote = QuoteFactory(text="Small can be calculated.", text_ko="작은 것은 계산할 수 있다.")

    quote.role_en = "Narrator"
    quote.save()
    quote.text_en = "Small can be calculated."
    quote.save()

    assert FieldStatus("text", "ko", STALE) not in translation_problems(quote, ["ko"])


def test_new_translation_written_after_the_source_change_is_current(db):
    quote = QuoteFactory(text="Small can be calculated.", text_ko="작은 것은 계산할 수 있다.")
    quote.text_en = "Small can be measured."
    quote.save()

    quote.text_ko = "작은 것은 측정할 수 있다."
    quote.save()

    assert FieldStatus("text", "ko", STALE) not in translation_problems(quote, ["ko"])


def test_stale_is_seen_in_a_draft_revision_too(film_index):
    film = FilmPageFactory(parent=film_index, logline="Old", logline_ja="古い")
    draft = film.get_latest_revision_as_object() if film.latest_revision else film
    draft.logline_en = "New"
    draft.save_revision()

    latest = type(film).objects.get(pk=film.pk).get_latest_revision_as_object()

    assert FieldStatus("logline", "ja", STALE) in translation_problems(latest, ["ja"])


def test_report_filters_by_market_language_and_type(film_index, markets):
    FilmPageFactory(parent=film_index, title="Film without Korean")
    quote = QuoteFactory(text="Only in Japan", markets=[markets["jp"]])

    korea = status_rows(market=markets["kr"])
    quotes_in_japanese = status_rows(language="ja", content_type="quote")

    assert {row.language for row in korea} == {"ko"}
    # Untranslated into Korean, but it does not run in Korea.
    assert quote.pk in {row.item.pk for row in status_rows("ko", content_type="quote")}
    assert quote.pk not in {row.item.pk for row in korea if type(row.item) is type(quote)}
    assert {type(row.item).__name__ for row in quotes_in_japanese} == {"Quote"}


def test_a_language_asked_for_wins_over_the_market_s_own(film_index, markets):
    film = FilmPageFactory(parent=film_index, title="Runs in Korea")

    rows = status_rows(language="ja", market=markets["kr"])

    assert film.pk in {row.item.pk for row in rows}
    assert {row.language for row in rows} == {"ja"}


@pytest.fixture
def korean_translator(client, home):
    setup_campaign_roles()
    client.force_login(UserFactory(username="kt", roles=[translator_group("ko")]))
    return client


def test_report_page_lists_missing_fields_with_links_and_downloads_as_csv(
    korean_translator, film_index
):
    film = FilmPageFactory(parent=film_index, title="Rower")

    html = korean_translator.get(reverse("translation_status")).content.decode()
    download = korean_translator.get(reverse("translation_status"), {"format": "csv"})

    assert "Rower" in html
    assert "Japanese" not in html  # a Korean translator sees Korean only
    assert reverse("wagtailadmin_pages:edit", args=[film.pk]) in html
    rows = list(csv.DictReader(io.StringIO(download.content.decode())))
    assert {"item": "Rower", "language": "ko", "state": "missing"}.items() <= next(
        row for row in rows if row["item"] == "Rower" and row["field"] == "Title"
    ).items()


def test_dashboard_shows_counts_per_language_to_translators(korean_translator, film_index):
    FilmPageFactory(parent=film_index, title="Rower")

    html = korean_translator.get(reverse("wagtailadmin_home")).content.decode()

    assert "Translations to do" in html
    assert "Korean" in html
    assert "Japanese" not in html  # counted for the translator's own languages only


def test_report_is_refused_to_users_without_a_translation_role(client, home):
    setup_campaign_roles()
    client.force_login(UserFactory(username="nobody", roles=[market_lead_group("jp")]))

    assert client.get(reverse("translation_status")).status_code == 302


@pytest.mark.parametrize(
    "empty", ["", "  ", "<p></p>", '<p data-block-key="x"></p>', "<p><br/></p>", "<p>&nbsp;</p>"]
)
def test_rich_text_without_text_is_empty(empty):
    assert is_empty(empty)


@pytest.mark.parametrize("text", ["<p>Hi</p>", "a < b", "<3", "1928"])
def test_any_text_is_not_empty(text):
    assert not is_empty(text)


def test_an_empty_paragraph_counts_as_missing_in_the_report_the_export_and_the_check(
    film_index, markets
):
    # What the side-by-side editor used to save from an editor nobody typed in.
    film = FilmPageFactory(
        parent=film_index, description="<p>About the film.</p>", description_ko="<p></p>"
    )

    rows = {(row.field, row.state) for row in status_rows("ko") if row.item.pk == film.pk}
    missing = {entry.msgctxt for entry in export_catalog("ko", only_missing=True)}

    assert ("description", MISSING) in rows
    assert f"campaign.filmpage:{film.pk}:description" in missing
    assert FieldStatus("description", "ko", MISSING) in blocking_problems(film)  # Korea hides


def test_a_stream_block_with_an_empty_translation_makes_the_field_missing(story_index):
    body = [
        {"type": "paragraph", "value": "<p>He stopped for ducks.</p>", "id": "p1"},
        {"type": "paragraph", "value": "<p>Then he won.</p>", "id": "p2"},
    ]
    translated = [
        {"type": "paragraph", "value": "<p>彼はカモのために止まった。</p>", "id": "p1"},
        {"type": "paragraph", "value": '<p data-block-key="k"></p>', "id": "p2"},
    ]
    story = AthleteStoryPageFactory(
        parent=story_index, body=json.dumps(body), body_ja=json.dumps(translated)
    )

    assert FieldStatus("body", "ja", MISSING) in translation_problems(story, ["ja"])
    missing = {entry.msgctxt for entry in export_catalog("ja", only_missing=True)}
    assert f"stories.athletestorypage:{story.pk}:body:p2" in missing
    assert f"stories.athletestorypage:{story.pk}:body:p1" not in missing

    story.body_ja = json.dumps([translated[0]])  # the second block left out altogether
    assert FieldStatus("body", "ja", MISSING) in translation_problems(story, ["ja"])

    translated[1]["value"] = "<p>そして勝った。</p>"
    story.body_ja = json.dumps(translated)
    assert FieldStatus("body", "ja", MISSING) not in translation_problems(story, ["ja"])


def test_a_stream_written_in_the_page_editor_is_matched_block_by_block(story_index):
    body = [{"type": "paragraph", "value": "<p>He stopped for ducks.</p>", "id": "p1"}]
    own_ids = [{"type": "paragraph", "value": "<p>彼はカモのために止まった。</p>", "id": "x9"}]
    story = AthleteStoryPageFactory(
        parent=story_index, body=json.dumps(body), body_ja=json.dumps(own_ids)
    )

    assert FieldStatus("body", "ja", MISSING) not in translation_problems(story, ["ja"])


def test_report_has_a_heading_of_its_own(korean_translator):
    response = korean_translator.get(reverse("translation_status"))

    labels = [str(item["label"]) for item in response.context["breadcrumbs_items"]]
    assert labels == ["Home", "Translation status"]


def test_side_by_side_heading_names_the_item_under_the_status_report(korean_translator, film_index):
    film = FilmPageFactory(parent=film_index, title="Rower")

    response = korean_translator.get(side_by_side_url(film, "ko"))

    labels = [str(item["label"]) for item in response.context["breadcrumbs_items"]]
    assert labels == ["Home", "Translation status", "Translate “Rower” into Korean"]
    assert reverse("translation_status") in response.content.decode()


def test_a_gap_whose_item_is_gone_is_left_out_of_the_rows_and_the_rest_kept(film_index):
    film = FilmPageFactory(parent=film_index, title="Rower")
    TranslationGap.objects.create(
        content_type=ContentType.objects.get_for_model(film),
        object_id="999999",
        field="title",
        language="ko",
        state=TranslationGap.MISSING,
        sort_key="0/",  # before every other row
    )

    rows = rows_for(TranslationGap.objects.filter(language="ko").order_by("sort_key"))

    assert film.pk in {row.item.pk for row in rows}
    assert "999999" not in {str(row.item.pk) for row in rows}
