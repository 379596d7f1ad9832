"""Translators' work shows in the item's History: a revision by them, naming its route."""

from types import SimpleNamespace

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

import polib
import pytest

from campaign.markets.roles import translator_group
from campaign.translations.po import export_catalog
from campaign.translations.revisions import (
    ConfirmedLogFormatter,
    ImportLogFormatter,
    SideBySideLogFormatter,
)
from campaign.translations.views import side_by_side_url
from campaign.workflow.setup import setup_campaign_roles
from tests.factories import AthleteStoryPageFactory, QuoteFactory, UserFactory


@pytest.fixture
def story(story_index):
    setup_campaign_roles()
    return AthleteStoryPageFactory(
        parent=story_index, slug="rower", title="The rower", summary="He stopped for ducks."
    )


@pytest.fixture
def translator(db):
    setup_campaign_roles()
    return UserFactory(
        username="kt", first_name="Min-ji", last_name="Kim", roles=[translator_group("ko")]
    )


@pytest.fixture
def admin(client, db):
    client.force_login(UserFactory(username="boss", is_superuser=True, is_staff=True))
    return client


def korean_catalog(item_prefix, title):
    catalog = polib.pofile(str(export_catalog("ko")))
    for entry in catalog:
        if entry.msgctxt.startswith(item_prefix) and entry.msgctxt.endswith(":title"):
            entry.msgstr = title
    return catalog


def history_of_page(client, page):
    return client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()


def test_a_side_by_side_translation_is_in_the_page_history_by_its_translator(
    client, story, translator
):
    client.force_login(translator)
    form = client.get(side_by_side_url(story, "ko")).context["form"]
    title = next(i for i, unit in enumerate(form.units) if unit.label == "Title")
    client.post(side_by_side_url(story, "ko"), {f"unit_{title}": "조정 선수"})
    revision = story.revisions.order_by("-created_at").first()
    client.force_login(UserFactory(username="boss", is_superuser=True, is_staff=True))

    html = history_of_page(client, story)

    assert revision.user == translator
    assert "Translated side by side (Korean)" in html
    assert "Min-ji Kim" in html
    # The entry carries its revision: it can be compared and reviewed like an edit.
    assert reverse("wagtailadmin_pages:revisions_view", args=[story.pk, revision.pk]) in html


def test_an_uploaded_po_file_is_in_the_page_history_by_its_translator(client, story, translator):
    catalog = korean_catalog(f"stories.athletestorypage:{story.pk}:", "조정 선수")
    client.force_login(translator)
    client.post(
        reverse("translation_files"),
        {"file": SimpleUploadedFile("ko.po", str(catalog).encode(), "text/plain")},
    )
    client.force_login(UserFactory(username="boss", is_superuser=True, is_staff=True))

    html = history_of_page(client, story)

    assert "Imported from a PO file (Korean)" in html
    assert "Min-ji Kim" in html


def test_a_po_file_imported_by_command_is_in_the_page_history(admin, story, translator, tmp_path):
    path = tmp_path / "ko.po"
    korean_catalog(f"stories.athletestorypage:{story.pk}:", "조정 선수").save(str(path))

    call_command("import_translations", str(path), user="kt")

    html = history_of_page(admin, story)
    assert "Imported from a PO file (Korean)" in html
    assert "Min-ji Kim" in html


def test_a_snippet_translated_side_by_side_has_it_in_its_history(client, translator):
    quote = QuoteFactory(text="Small can be calculated.", speaker="Voice-over")
    client.force_login(translator)
    form = client.get(side_by_side_url(quote, "ko")).context["form"]
    text = next(i for i, unit in enumerate(form.units) if unit.label == "Text")
    client.post(side_by_side_url(quote, "ko"), {f"unit_{text}": "작은 것은 계산할 수 있다."})
    client.force_login(UserFactory(username="boss", is_superuser=True, is_staff=True))

    html = client.get(
        reverse("wagtailsnippets_campaign_quote:history", args=[quote.pk])
    ).content.decode()

    assert "Translated side by side (Korean)" in html
    assert "Min-ji Kim" in html


@pytest.mark.parametrize(
    ("formatter", "message"),
    [
        (SideBySideLogFormatter, "Translated side by side ()"),
        (ImportLogFormatter, "Imported from a PO file ()"),
        (ConfirmedLogFormatter, "Confirmed as still correct (): "),
    ],
)
def test_a_history_entry_without_its_data_is_shown_without_language_or_fields(formatter, message):
    # Entries are written with their data; one that lost it still reads as a sentence.
    assert formatter().format_message(SimpleNamespace(data=None)) == message


def test_a_history_entry_names_its_language_and_fields():
    entry = SimpleNamespace(data={"language": "ko", "fields": ["Title", "Summary"]})

    assert SideBySideLogFormatter().format_message(entry) == "Translated side by side (Korean)"
    assert (
        ConfirmedLogFormatter().format_message(entry)
        == "Confirmed as still correct (Korean): Title, Summary"
    )
