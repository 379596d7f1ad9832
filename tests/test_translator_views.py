"""The translators' admin views and commands, answer by answer: the status report's filters,
pages and CSV, the bulk fill's messages, the PO file a translator downloads and uploads,
and the export and import commands' options and refusals."""

import csv
import io
import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from wagtail.models import PageLogEntry

import polib
import pytest

from campaign.markets.roles import EDITORS, translator_group
from campaign.translations import views
from campaign.translations.forms import language_choices
from campaign.translations.models import TranslationGap
from campaign.translations.po import export_catalog
from campaign.translations.views import side_by_side_url
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import (
    AthleteStoryPageFactory,
    MemoryEntryFactory,
    QuoteFactory,
    UserFactory,
)


@pytest.fixture
def roles(home):
    setup_campaign_roles()


@pytest.fixture
def editor(client, roles):
    client.force_login(UserFactory(username="ed", roles=[EDITORS]))
    return client


@pytest.fixture
def japanese(client, roles):
    user = UserFactory(username="jt", roles=[translator_group("ja")])
    client.force_login(user)
    return client


@pytest.fixture
def campaign(story_index, markets):
    """A story for Korea only, one for every market, and a quote."""
    korean = AthleteStoryPageFactory(
        parent=story_index, title="Only in Korea", slug="korea", summary="Small."
    )
    korean.markets.set([markets["kr"]])
    korean.save()
    everywhere = AthleteStoryPageFactory(
        parent=story_index, title="Everywhere", slug="everywhere", summary="Smaller."
    )
    quote = QuoteFactory(text="Small can be calculated.", speaker="Voice-over")
    return {"korean": korean, "everywhere": everywhere, "quote": quote}


def report(client, **query):
    return client.get(reverse("translation_status"), query)


def rows_of(html):
    """``[(item, field, language name)]`` of the report's table."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S):
        cells = [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<td>(.*?)</td>", row, flags=re.S)
        ]
        rows.append((cells[0].split(" (")[0], cells[1], cells[2]))
    return rows


def test_the_report_filters_by_language_market_and_type(editor, campaign):
    html = report(editor, language="ko", market="jp", type="page").content.decode()

    rows = rows_of(html)
    assert {item for item, _field, _language in rows} == {"Everywhere"}
    assert {language for _item, _field, language in rows} == {"Korean"}
    assert '<option value="ko" selected>' in html
    assert '<option value="jp" selected>' in html
    assert '<option value="page" selected>' in html
    gaps = TranslationGap.objects.filter(
        language="ko", object_id=str(campaign["everywhere"].pk)
    ).exclude(state=TranslationGap.COVERED)
    assert f"<strong>Korean</strong>: {gaps.count()} missing, 0 out of date" in html
    assert "Japanese" not in html.split("Totals per language", 1)[1].split("</ul>", 1)[0]


def test_a_market_alone_narrows_the_report_to_its_language_and_items(editor, campaign):
    rows = rows_of(report(editor, market="kr").content.decode())

    assert {language for _item, _field, language in rows} == {"Korean"}
    assert {item for item, _field, _language in rows} >= {"Only in Korea", "Everywhere"}
    assert "Only in Korea" not in {
        i for i, _f, _l in rows_of(report(editor, market="jp").content.decode())
    }


def test_the_report_filters_snippets_by_their_kind(editor, campaign):
    rows = rows_of(report(editor, language="ja", type="quote").content.decode())

    assert {item for item, _field, _language in rows} == {"Voice-over: Small can be calculated."}


def test_a_filter_that_makes_no_sense_shows_everything_of_the_translator(japanese, campaign):
    response = report(japanese, language="xx", market="<zz>")

    assert response.status_code == 200
    assert {language for *_rest, language in rows_of(response.content.decode())} == {"Japanese"}


def test_the_report_is_paged_and_its_csv_link_keeps_the_filters_but_not_the_page(
    editor, campaign, monkeypatch
):
    total = TranslationGap.objects.filter(language="ja").exclude(state="covered").count()
    monkeypatch.setattr(views, "ROWS_PER_PAGE", total - 3)

    first = report(editor, language="ja").content.decode()
    second = report(editor, language="ja", page=2).content.decode()

    assert len(rows_of(first)) == total - 3
    assert len(rows_of(second)) == 3
    assert "Page 2 of 2" in second
    assert 'href="?language=ja&amp;page=1" rel="prev"' in second
    assert 'href="?language=ja&amp;page=2" rel="next"' in first
    assert 'href="?language=ja&amp;format=csv"' in second


def test_each_row_links_to_its_side_by_side_editor_and_its_page_editor(japanese, campaign):
    story = campaign["everywhere"]
    html = report(japanese).content.decode()

    assert f'href="{side_by_side_url(story, "ja")}">Translate</a>' in html
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[story.pk])}">Edit</a>' in html


def test_the_csv_holds_every_row_with_an_absolute_editor_link(japanese, campaign, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://testserver/"
    download = report(japanese, format="csv", type="page")

    assert download["Content-Type"] == "text/csv; charset=utf-8"
    assert download["Content-Disposition"] == 'attachment; filename="translation-status.csv"'
    lines = list(csv.reader(io.StringIO(download.content.decode())))
    assert lines[0] == ["item", "type", "field", "language", "state", "covered_by", "editor"]
    story = campaign["everywhere"]
    edit = f"http://testserver{reverse('wagtailadmin_pages:edit', args=[story.pk])}"
    assert ["Everywhere", "athlete story page", "Summary", "ja", "missing", "", edit] in lines
    assert {line[3] for line in lines[1:]} == {"ja"}


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def fill(client, language):
    return client.post(reverse("translation_memory_fill"), {"language": language}, follow=True)


def test_the_bulk_fill_says_how_much_it_filled(japanese, story_index):
    AthleteStoryPageFactory(parent=story_index, title="One", summary="He stopped.")
    AthleteStoryPageFactory(parent=story_index, title="Two", summary="He stopped.")
    MemoryEntryFactory(language="ja", source_text="He stopped.", translation="止まった。")

    response = fill(japanese, "ja")

    assert response.redirect_chain[-1][0] == f"{reverse('translation_status')}?language=ja"
    assert messages_of(response) == [
        "2 texts of 2 items were filled from the translation memory and submitted for review."
    ]
    entries = PageLogEntry.objects.filter(action="campaign_translations.memory_fill")
    assert {entry.user.username for entry in entries} == {"jt"}


def test_the_bulk_fill_says_when_the_memory_knows_nothing(japanese, campaign):
    assert messages_of(fill(japanese, "ja")) == [
        "The memory holds no exact match for a missing text."
    ]


def test_the_bulk_fill_names_the_locked_items_it_left(japanese, story_index):
    MemoryEntryFactory(language="ja", source_text="He stopped.", translation="止まった。")
    someone = UserFactory(username="someone")
    for title in ("Locked", "Also locked"):
        story = AthleteStoryPageFactory(parent=story_index, title=title, summary="He stopped.")
        story.save_revision().publish()
        story.get_workflow().start(story, someone)

    said = messages_of(fill(japanese, "ja"))

    assert said == [
        "The memory holds no exact match for a missing text.",
        "Locked, so left as they are: “Locked” (awaiting “Editorial review”), "
        "“Also locked” (awaiting “Editorial review”).",
    ]


def test_the_bulk_fill_lets_the_translator_through_their_own_lock(japanese, story_index):
    MemoryEntryFactory(language="ja", source_text="He stopped.", translation="止まった。")
    story = AthleteStoryPageFactory(parent=story_index, title="Mine", summary="He stopped.")
    story.locked, story.locked_by = True, get_user_model().objects.get(username="jt")
    story.save()

    said = messages_of(fill(japanese, "ja"))

    assert said == [
        "1 texts of 1 items were filled from the translation memory and submitted for review."
    ]
    latest = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.summary_ja == "止まった。"


def test_the_bulk_fill_refuses_a_language_the_translator_does_not_translate(japanese, campaign):
    response = fill(japanese, "ko")

    assert response.redirect_chain[-1][0] == reverse("translation_status")
    assert messages_of(response) == ["Choose one of your languages to fill."]


def download(client, **query):
    return client.get(reverse("translation_files"), query)


def test_the_downloaded_file_is_named_by_language_market_and_kind(editor, campaign):
    response = download(editor, language="ko", market="kr", only_missing="on")

    assert response["Content-Type"] == "text/x-gettext-translation; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="campaign-ko-kr-missing.po"'
    catalog = polib.pofile(response.content.decode())
    assert str(catalog) == str(export_catalog("ko", campaign["korean"].markets.get(), True))
    every = download(editor, language="ko")
    assert every["Content-Disposition"] == 'attachment; filename="campaign-ko-all.po"'
    keys = {entry.msgctxt for entry in polib.pofile(every.content.decode())}
    assert f"stories.athletestorypage:{campaign['korean'].pk}:summary" in keys


def test_the_export_page_offers_both_forms_and_a_translator_only_their_language(japanese, roles):
    html = download(japanese).content.decode()

    assert 'name="language"' in html and 'name="file"' in html
    assert '<option value="ja">' in html
    assert '<option value="ko">' not in html
    assert download(japanese, language="ko").status_code == 200  # the form, not a file
    assert "attachment" not in download(japanese, language="ko").get("Content-Disposition", "")


def upload(client, catalog, name="ja.po"):
    return client.post(
        reverse("translation_files"),
        {"file": SimpleUploadedFile(name, str(catalog).encode(), "text/plain")},
    )


def test_a_translator_s_upload_must_be_in_their_language(japanese, campaign):
    catalog = export_catalog("ko")
    for entry in catalog:
        if entry.msgctxt.endswith(":summary"):
            entry.msgstr = "작다."

    html = upload(japanese, catalog).content.decode()

    assert "Nothing was written." in html
    story = AthleteStoryPage.objects.get(pk=campaign["everywhere"].pk)
    assert not story.get_latest_revision_as_object().summary_ko


def test_an_upload_applies_and_reports(japanese, campaign):
    catalog = export_catalog("ja")
    for entry in catalog:
        if entry.msgctxt == f"stories.athletestorypage:{campaign['everywhere'].pk}:summary":
            entry.msgstr = "もっと小さい。"

    html = upload(japanese, catalog).content.decode()

    assert "Applied: 1" in html
    draft = AthleteStoryPage.objects.get(pk=campaign["everywhere"].pk)
    assert draft.get_latest_revision_as_object().summary_ja == "もっと小さい。"


def test_the_export_command_needs_a_language_and_writes_to_standard_output(campaign, capsys):
    with pytest.raises(CommandError, match="--language"):
        call_command("export_translations")
    with pytest.raises(CommandError) as unknown_language:
        call_command("export_translations", language="xx")
    assert str(unknown_language.value) == (
        "Unknown language “xx”: choose one of zh-hans, ja, ko, en-gb."
    )
    with pytest.raises(CommandError) as unknown_market:
        call_command("export_translations", language="ko", market="zz")
    assert str(unknown_market.value) == "Unknown market “zz”: choose one of cn, jp, kr, us, uk."
    story = campaign["everywhere"]
    story.title_ko = "어디서나"
    story.save()

    call_command("export_translations", "--language", "ko", "--market", "kr", "--only-missing")

    written = polib.pofile(capsys.readouterr().out)
    assert written.metadata["X-Campaign-Market"] == "kr"
    keys = {entry.msgctxt for entry in written}
    assert f"stories.athletestorypage:{campaign['korean'].pk}:summary" in keys
    assert f"stories.athletestorypage:{campaign['everywhere'].pk}:title" not in keys
    assert f"stories.athletestorypage:{campaign['everywhere'].pk}:summary" in keys


def test_the_export_command_writes_a_file_and_says_so(campaign, tmp_path):
    output = tmp_path / "ko.po"
    err = StringIO()

    call_command("export_translations", "--language=ko", "-o", str(output), stderr=err)

    entries = len(polib.pofile(str(output)))
    assert err.getvalue() == f"Wrote {entries} entries to {output}.\n"
    assert entries == len(export_catalog("ko"))


def test_the_export_command_says_when_it_cannot_write(campaign, tmp_path):
    with pytest.raises(CommandError, match="Could not write"):
        call_command("export_translations", language="ko", output=str(tmp_path / "no" / "x.po"))


def test_the_import_command_refuses_a_missing_file_or_user(campaign, tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_translations", str(tmp_path / "none.po"))
    path = tmp_path / "ja.po"
    export_catalog("ja").save(str(path))
    with pytest.raises(CommandError, match="No such user: nobody"):
        call_command("import_translations", str(path), "--user", "nobody")


def test_the_import_command_checks_the_language_and_reports_what_it_did(roles, campaign, tmp_path):
    UserFactory(username="jt", roles=[translator_group("ja")])
    catalog = export_catalog("ja")
    for entry in catalog:
        if entry.msgctxt == f"stories.athletestorypage:{campaign['everywhere'].pk}:summary":
            entry.msgstr = "もっと小さい。"
    path = tmp_path / "ja.po"
    catalog.save(str(path))

    with pytest.raises(CommandError, match="Nothing was written"):
        call_command("import_translations", str(path), "--language", "ko", "--user", "jt")

    out = StringIO()
    call_command("import_translations", str(path), "--user", "jt", "--language=ja", stdout=out)

    said = out.getvalue().splitlines()
    assert said[0] == "Applied: 1"
    assert said[1].startswith("Unchanged: ")
    assert said[-1] == "1 items have a new revision waiting for review."
    draft = AthleteStoryPage.objects.get(pk=campaign["everywhere"].pk)
    assert draft.get_latest_revision_as_object().summary_ja == "もっと小さい。"


def test_the_import_command_names_what_is_outdated_and_refuses_a_file_it_cannot_read(
    roles, campaign, tmp_path
):
    catalog = export_catalog("ja")
    key = f"stories.athletestorypage:{campaign['everywhere'].pk}:summary"
    for entry in catalog:
        if entry.msgctxt == key:
            entry.msgid, entry.msgstr = "Smaller than before.", "前より小さい。"
    path = tmp_path / "ja.po"
    catalog.save(str(path))
    out = StringIO()

    call_command("import_translations", str(path), stdout=out)

    said = out.getvalue().splitlines()
    assert "Outdated (source changed since the export, not applied): 1" in said
    assert f"  {key}" in said
    latin = tmp_path / "latin.po"
    latin.write_bytes(
        'msgid ""\nmsgstr "Language: ja\\n"\n\nmsgid "caf\xe9"\nmsgstr "x"\n'.encode("latin-1")
    )
    with pytest.raises(CommandError) as unreadable:
        call_command("import_translations", str(latin))
    assert str(unreadable.value).startswith("This text file must be encoded in UTF-8.")


def test_an_administrator_may_upload_any_language_and_the_page_keeps_its_forms(
    client, roles, campaign
):
    client.force_login(UserFactory(username="boss", is_superuser=True, is_staff=True))
    catalog = export_catalog("ko")
    key = f"stories.athletestorypage:{campaign['everywhere'].pk}:summary"
    for entry in catalog:
        if entry.msgctxt == key:
            entry.msgstr = "더 작다."

    html = upload(client, catalog, name="ko.po").content.decode()

    assert "Applied: 1" in html
    assert '<option value="ja">' in html and '<option value="ko">' in html
    draft = AthleteStoryPage.objects.get(pk=campaign["everywhere"].pk)
    revision = draft.get_latest_revision()
    assert revision.user.username == "boss"
    assert revision.as_object().summary_ko == "더 작다."


def test_a_refused_upload_says_why_and_that_nothing_was_written(japanese, campaign):
    html = upload(japanese, export_catalog("ko")).content.decode()

    assert "This file is for Korean, not Japanese. Nothing was written." in html


def test_the_report_offers_the_bulk_fill_and_every_language_filter(japanese, campaign):
    html = report(japanese).content.decode()

    fill_form = html.split("data-memory-fill", 1)[1].split("</form>", 1)[0]
    assert 'name="language"' in fill_form and '<option value="ja">' in fill_form
    assert '<option value="" selected>All languages</option>' in html


def test_the_report_says_when_nothing_is_covered(japanese, campaign):
    html = report(japanese, show="covered").content.decode()

    assert "No text is covered by a fallback chain." in html
    assert "Everything is translated." not in html


def test_the_dashboard_links_to_the_report(japanese, campaign):
    html = japanese.get(reverse("wagtailadmin_home")).content.decode()

    assert f'href="{reverse("translation_status")}"' in html


@pytest.mark.parametrize("choice", ["{units}:{entry}", "0:{missing}", "x:{entry}", "0:", ""])
def test_a_use_button_that_names_nothing_usable_fills_nothing(japanese, campaign, choice):
    from campaign.translations.units import units_for

    story = campaign["everywhere"]
    entry = MemoryEntryFactory(language="ja", source_text="Smaller.", translation="もっと小さい。")
    MemoryEntryFactory(language="ko", source_text="Smaller.", translation="더 작다.")
    value = choice.format(
        units=len(units_for(story, "ja")), entry=entry.pk, missing=entry.pk + 1000
    )

    response = japanese.post(side_by_side_url(story, "ja"), {"use": value}, follow=True)

    assert response.status_code == 200
    draft = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert not draft.summary_ja and not draft.title_ja


def test_the_import_command_refuses_a_file_that_is_no_po_file_word_for_word(campaign, tmp_path):
    text_file = tmp_path / "ja.txt"
    text_file.write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    broken = tmp_path / "ja.po"
    broken.write_text('msgid "a"\nnot a keyword\n', encoding="utf-8")

    with pytest.raises(CommandError) as refused:
        call_command("import_translations", str(text_file))
    assert str(refused.value) == "Translation files must be gettext .po files."
    with pytest.raises(CommandError) as refused:
        call_command("import_translations", str(broken))
    assert str(refused.value) == (
        "This translation file cannot be read: Syntax error in po file (line 2)"
    )


def test_the_export_command_writes_every_text_unless_asked_for_the_missing_only(campaign, tmp_path):
    every, missing = tmp_path / "every.po", tmp_path / "missing.po"

    call_command("export_translations", "--language=ko", "-o", str(every), stderr=StringIO())
    call_command(
        "export_translations",
        "--language=ko",
        "--only-missing",
        "-o",
        str(missing),
        stderr=StringIO(),
    )

    assert len(polib.pofile(str(every))) == len(export_catalog("ko"))
    assert len(polib.pofile(str(missing))) == len(export_catalog("ko", only_missing=True))
    assert len(polib.pofile(str(missing))) < len(polib.pofile(str(every)))


def test_the_language_choices_name_each_language_in_the_interface_s_language():
    assert language_choices(["ja", "ko"]) == [("ja", "Japanese"), ("ko", "Korean")]
    assert [code for code, _name in language_choices(None)] == ["zh-hans", "ja", "ko", "en-gb"]
