"""PO export and import: a translator's round trip, and every refusal with nothing written."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from wagtail.models import Revision, TaskState, WorkflowState

import polib
import pytest

from campaign.markets.roles import (
    APPROVERS,
    EDITORS,
    market_lead_group,
    translator_group,
)
from campaign.translations.po import export_catalog, import_catalog
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import (
    AthleteStoryPageFactory,
    FilmPageFactory,
    MemoryEntryFactory,
    UserFactory,
    set_chain,
)


def story_key(story):
    return f"stories.athletestorypage:{story.pk}"


@pytest.fixture
def story(story_index):
    setup_campaign_roles()
    return AthleteStoryPageFactory(
        parent=story_index,
        slug="rower",
        title="The rower",
        summary="He stopped for ducks.",
        athlete="Bobby Pearce",
        games="Amsterdam",
    )


@pytest.fixture
def korean(db):
    return UserFactory(username="kt", roles=[translator_group("ko")])


def catalog_for(language="ko", market=None):
    return polib.pofile(str(export_catalog(language, market)))


def fill(catalog, texts, model="stories.athletestorypage"):
    """Translate the fields named in ``texts`` of every item of ``model`` in ``catalog``."""
    for entry in catalog:
        for suffix, text in texts.items():
            if entry.msgctxt.startswith(f"{model}:") and entry.msgctxt.endswith(f":{suffix}"):
                entry.msgstr = text
    return catalog


def upload(client, catalog, name="ko.po"):
    data = str(catalog).encode() if not isinstance(catalog, bytes) else catalog
    return client.post(
        reverse("translation_files"), {"file": SimpleUploadedFile(name, data, "text/plain")}
    )


LATIN_1_FILE = 'msgid ""\nmsgstr "Language: ko\\n"\n\nmsgid "caf\xe9"\nmsgstr "x"\n'.encode(
    "latin-1"
)
KOREAN = {
    "title": "조정 선수",
    "summary": "그는 오리를 위해 멈췄다.",
    "athlete": "보비 피어스",
    "games": "암스테르담",
}


def test_export_has_one_entry_per_field_with_context_source_and_translation(story, markets):
    catalog = catalog_for("ko", markets["kr"])

    entry = next(e for e in catalog if e.msgctxt == f"stories.athletestorypage:{story.pk}:summary")
    assert entry.msgid == "He stopped for ducks."
    assert entry.msgstr == ""
    assert catalog.metadata["Language"] == "ko"


def test_command_exports_only_missing_and_refuses_unknown_options(story, tmp_path, korean):
    output = tmp_path / "ko.po"
    call_command("export_translations", language="ko", only_missing=True, output=str(output))
    assert f"athletestorypage:{story.pk}:title" in output.read_text()
    assert f"athletestorypage:{story.pk}:summary" in output.read_text()

    with pytest.raises(CommandError, match="Unknown language"):
        call_command("export_translations", language="xx")
    with pytest.raises(CommandError, match="Unknown market"):
        call_command("export_translations", language="ko", market="zz")


def test_round_trip_export_translate_import_approve_then_korea_shows_it(
    client, story, markets, korean
):
    catalog = fill(catalog_for("ko", markets["kr"]), KOREAN)
    client.force_login(korean)
    assert client.get("/kr/stories/rower/").status_code == 404  # hidden until translated

    response = upload(client, catalog)

    assert "Applied: 4" in response.content.decode()
    story = AthleteStoryPage.objects.get(pk=story.pk)
    assert story.title_ko in ("", None)  # never published directly
    state = WorkflowState.objects.active().get(object_id=str(story.pk))
    approvers = [
        UserFactory(username="ed", roles=[EDITORS]),
        korean,
        UserFactory(username="lead", roles=[market_lead_group("kr")]),
        UserFactory(username="boss", roles=[APPROVERS]),
    ]
    for user in approvers:
        state.refresh_from_db()
        TaskState.objects.get(pk=state.current_task_state_id).specific.approve(user=user)

    page = client.get("/kr/stories/rower/")
    assert page.status_code == 200
    assert "그는 오리를 위해 멈췄다." in page.content.decode()


def test_command_imports_and_reports(story, tmp_path, korean, capsys):
    path = tmp_path / "ko.po"
    fill(catalog_for(), KOREAN).save(str(path))

    call_command("import_translations", str(path), user="kt")

    out = capsys.readouterr().out
    assert "Applied: 4" in out
    assert "waiting for review" in out


def revisions():
    return Revision.objects.count()


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda c, s: fill(c, {"title": "가" * 300}), "longer than"),
        (lambda c, s: fill(c, {"summary": "<script>alert(1)</script>"}), "HTML markup"),
        (
            lambda c, s: c.append(
                polib.POEntry(
                    msgctxt="stories.athletestorypage:999999:title", msgid="x", msgstr="y"
                )
            ),
            "no such item",
        ),
        (
            lambda c, s: c.append(
                polib.POEntry(
                    msgctxt=f"stories.athletestorypage:{s.pk}:sport", msgid="x", msgstr="y"
                )
            ),
            "no such translatable text",
        ),
        (
            lambda c, s: c.append(
                polib.POEntry(msgctxt="auth.user:1:username", msgid="x", msgstr="y")
            ),
            "no such item",
        ),
    ],
)
def test_a_refused_entry_means_nothing_is_written(client, story, korean, edit, reason):
    catalog = fill(catalog_for(), {"athlete": "보비 피어스"})
    edit(catalog, story)
    client.force_login(korean)
    before = revisions()

    response = upload(client, catalog)

    html = response.content.decode()
    assert response.status_code == 200
    assert reason in html
    assert "Nothing was saved" in html
    assert revisions() == before


def test_rich_text_with_script_or_javascript_links_is_refused(story, film_index, korean):
    film = FilmPageFactory(parent=film_index, description="<p>About the film.</p>")
    catalog = catalog_for()
    for entry in catalog:
        if entry.msgctxt == f"campaign.filmpage:{film.pk}:description":
            entry.msgstr = '<p onclick="x()">Hi <a href="javascript:alert(1)">me</a></p>'

    report = import_catalog(catalog, user=korean)

    assert report.refused
    assert "onclick" in report.refused[0][1] and "javascript:" in report.refused[0][1]
    assert not report.written


def test_outdated_entries_are_listed_and_not_applied(client, story, korean):
    catalog = fill(catalog_for(), KOREAN)
    story.summary_en = "A new source summary."
    story.save_revision().publish()
    client.force_login(korean)

    html = upload(client, catalog).content.decode()

    assert "Outdated (not applied): 1" in html
    draft = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert draft.summary_ko in ("", None)
    assert draft.title_ko == "조정 선수"


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"this is not a po file\n\x00\x01", "ko.po", "not a text file"),
        (b"garbage without quotes", "ko.po", "cannot be read"),
        (
            'msgid ""\nmsgstr "Language: ko\\n"\n\nmsgid "caf\xe9"\nmsgstr "x"\n'.encode("latin-1"),
            "ko.po",
            "UTF-8",
        ),
        (b'msgid ""\nmsgstr "Language: ko\\n"\n' + b"#" * (6 * 1024 * 1024), "ko.po", "too big"),
        (b"{}", "ko.json", ".po files"),
    ],
)
def test_hostile_files_get_a_clear_error_never_a_500(client, story, korean, content, name, message):
    client.force_login(korean)
    before = revisions()

    response = upload(client, content, name)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert revisions() == before


def test_file_for_another_language_is_refused(client, story, korean):
    client.force_login(korean)

    html = upload(client, fill(catalog_for("ja"), {"title": "漕ぎ手"}), "ja.po").content.decode()

    assert "This file is for Japanese, not Korean" in html
    assert "Nothing was written" in html


def test_command_refuses_a_file_the_user_may_not_edit(story, tmp_path, db):
    UserFactory(username="jt", roles=[translator_group("ja")])
    path = tmp_path / "ko.po"
    fill(catalog_for(), KOREAN).save(str(path))

    with pytest.raises(CommandError, match="You may not edit Korean"):
        call_command("import_translations", str(path), user="jt")
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_translations", str(tmp_path / "missing.po"))


def test_the_export_s_header_names_the_project_language_market_and_encoding(markets, story_index):
    AthleteStoryPageFactory(parent=story_index, title="The rower")

    assert export_catalog("ja").metadata == {
        "Project-Id-Version": "Greatness of Small content",
        "Language": "ja",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Campaign-Market": "",
    }
    assert export_catalog("zh-hans", markets["cn"]).metadata["X-Campaign-Market"] == "cn"
    assert export_catalog("zh-hans", markets["cn"]).metadata["Language"] == "zh_Hans"


def test_an_export_for_a_language_not_translated_into_is_refused_word_for_word(db):
    with pytest.raises(ValueError, match=r"^“fr” is not a language to translate into\.$"):
        export_catalog("fr")


def test_each_entry_names_its_item_and_text_and_holds_the_translation(story_index):
    story = AthleteStoryPageFactory(parent=story_index, title="The rower", title_ja="漕ぐ人")

    [entry] = [e for e in export_catalog("ja") if e.msgctxt == f"{story_key(story)}:title"]

    assert (entry.msgid, entry.msgstr, entry.comment) == (
        "The rower",
        "漕ぐ人",
        "The rower · Title",
    )
    assert entry.flags == [] and entry.tcomment == ""


def test_a_text_the_memory_knows_is_filled_fuzzy_and_a_covered_one_says_who_reads_what(
    markets, story_index, django_capture_on_commit_callbacks
):
    set_chain("kr", ["ja"], django_capture_on_commit_callbacks)
    story = AthleteStoryPageFactory(
        parent=story_index, title="The rower", title_ja="漕ぐ人", summary="He stopped."
    )
    MemoryEntryFactory(language="ko", source_text="He stopped.", translation="멈췄다.")
    entries = {e.msgctxt: e for e in export_catalog("ko")}

    remembered = entries[f"{story_key(story)}:summary"]
    assert (remembered.msgstr, remembered.flags) == ("멈췄다.", ["fuzzy"])
    assert remembered.tcomment == (
        "From the translation memory: check it, then remove the fuzzy flag."
    )
    covered = entries[f"{story_key(story)}:title"]
    assert (covered.msgstr, covered.flags) == ("", [])
    assert covered.tcomment == (
        "Visitors read the Japanese text: translate only where it should differ."
    )
