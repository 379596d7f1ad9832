"""PO files through the admin and the command: names, refusals, locks and empty texts."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from wagtail.models import Revision

import polib
import pytest
import wagtail_factories

from campaign.markets.roles import EDITORS, translator_group
from campaign.translations.po import ImportRefused, export_catalog, import_catalog
from campaign.translations.status import MISSING, FieldStatus, translation_problems
from campaign.workflow.setup import setup_campaign_roles
from stories.models import AthleteStoryPage
from tests.factories import AthleteStoryPageFactory, FilmPageFactory, UserFactory


@pytest.fixture
def stories(story_index):
    setup_campaign_roles()
    return [
        AthleteStoryPageFactory(parent=story_index, slug="rower", title="The rower"),
        AthleteStoryPageFactory(parent=story_index, slug="swimmer", title="The swimmer"),
    ]


@pytest.fixture
def korean(db):
    setup_campaign_roles()
    return UserFactory(username="kt", roles=[translator_group("ko")])


def titled(texts):
    """A Korean catalog with the titles of the stories in ``texts`` ({story: title}) filled."""
    catalog = polib.pofile(str(export_catalog("ko")))
    for entry in catalog:
        for story, title in texts.items():
            if entry.msgctxt == f"stories.athletestorypage:{story.pk}:title":
                entry.msgstr = title
    return catalog


def upload(client, catalog):
    return client.post(
        reverse("translation_files"),
        {"file": SimpleUploadedFile("ko.po", str(catalog).encode(), "text/plain")},
    )


def in_editorial_review(story):
    editor = UserFactory(username="ed", roles=[EDITORS])
    story.save_revision(user=editor)
    return story.get_workflow().start(story, editor)


def test_the_two_exports_have_file_names_of_their_own(client, stories, korean, markets):
    client.force_login(korean)
    url = reverse("translation_files")

    everything = client.get(url, {"language": "ko", "market": "kr"})
    missing = client.get(url, {"language": "ko", "market": "kr", "only_missing": "on"})

    assert everything["Content-Disposition"] == 'attachment; filename="campaign-ko-kr.po"'
    assert missing["Content-Disposition"] == 'attachment; filename="campaign-ko-kr-missing.po"'


def test_a_refused_upload_reports_the_refusal_alone(client, stories, korean):
    rower, swimmer = stories
    catalog = titled({rower: "조정 선수", swimmer: "<b>수영 선수</b>"})
    client.force_login(korean)
    before = Revision.objects.count()

    html = upload(client, catalog).content.decode()

    assert html.count("Nothing was saved") == 1
    assert "1 entry was refused" in html
    assert "Plain text may not contain HTML markup" in html
    assert "Applied:" not in html
    assert Revision.objects.count() == before


def test_an_upload_touching_a_locked_item_is_refused_whole_naming_it(client, stories, korean):
    rower, swimmer = stories
    in_editorial_review(rower)
    client.force_login(korean)
    before = Revision.objects.count()

    html = upload(client, titled({rower: "조정 선수", swimmer: "수영 선수"})).content.decode()

    assert "“The rower” (awaiting “Editorial review”)" in html
    assert "The swimmer" not in html.split('role="alert"')[1].split("</div>")[0]
    assert "Nothing was written" in html
    assert "Applied:" not in html
    assert Revision.objects.count() == before
    assert AthleteStoryPage.objects.get(pk=swimmer.pk).get_latest_revision() is None


def test_an_upload_leaving_a_locked_item_alone_goes_through(client, stories, korean):
    rower, swimmer = stories
    in_editorial_review(rower)
    client.force_login(korean)

    html = upload(client, titled({swimmer: "수영 선수"})).content.decode()

    assert "Applied: 1" in html
    fresh = AthleteStoryPage.objects.get(pk=swimmer.pk)
    assert fresh.get_latest_revision_as_object().title_ko == "수영 선수"


def test_the_command_refuses_a_file_touching_a_locked_item(stories, korean, tmp_path):
    rower, swimmer = stories
    in_editorial_review(rower)
    path = tmp_path / "ko.po"
    titled({rower: "조정 선수", swimmer: "수영 선수"}).save(str(path))
    before = Revision.objects.count()

    with pytest.raises(CommandError, match="locked for you.*The rower"):
        call_command("import_translations", str(path), user="kt")
    # Without a user there is no one a lock lets through.
    with pytest.raises(CommandError, match="The rower"):
        call_command("import_translations", str(path))
    assert Revision.objects.count() == before


def test_the_command_prints_only_the_refusals_of_a_refused_file(stories, korean, tmp_path, capsys):
    rower, swimmer = stories
    path = tmp_path / "ko.po"
    titled({rower: "조정 선수", swimmer: "<b>수영</b>"}).save(str(path))

    with pytest.raises(CommandError, match="1 entries were refused"):
        call_command("import_translations", str(path), user="kt")

    out = capsys.readouterr().out
    assert "Refused stories.athletestorypage" in out
    assert "Applied" not in out


@pytest.mark.parametrize("empty", ["<p></p>", '<p data-block-key="x1"></p>', "<p><br/></p>"])
def test_an_empty_paragraph_in_a_po_file_is_no_translation(film_index, korean, empty):
    setup_campaign_roles()
    film = FilmPageFactory(parent=film_index, description="<p>About the film.</p>")
    catalog = polib.pofile(str(export_catalog("ko")))
    for entry in catalog:
        if entry.msgctxt == f"campaign.filmpage:{film.pk}:description":
            entry.msgstr = empty

    report = import_catalog(catalog, user=korean)

    assert not report.written
    assert FieldStatus("description", "ko", MISSING) in translation_problems(film, ["ko"])


def test_a_caption_without_its_images_alt_text_is_refused(stories, korean):
    story = stories[0]
    image = wagtail_factories.ImageFactory()
    story.body = json.dumps(
        [
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "A rower", "decorative": False},
                    "caption": "Amsterdam, 1928",
                },
                "id": "i1",
            }
        ]
    )
    story.save()
    catalog = polib.pofile(str(export_catalog("ko")))
    for entry in catalog:
        if entry.msgctxt == f"stories.athletestorypage:{story.pk}:body:i1:caption":
            entry.msgstr = "암스테르담, 1928년"

    report = import_catalog(catalog, user=korean)

    assert [key for key, _reason in report.refused] == [
        f"stories.athletestorypage:{story.pk}:body:i1:image.alt_text"
    ]
    assert not report.written


def test_the_po_files_page_has_a_heading_of_its_own(client, korean):
    client.force_login(korean)

    response = client.get(reverse("translation_files"))

    assert str(response.context["breadcrumbs_items"][-1]["label"]) == "Translation files"


def test_a_file_touching_two_locked_items_names_both_word_for_word(stories, korean):
    rower, swimmer = stories
    for story in stories:
        story.locked, story.locked_by = True, UserFactory()
        story.save()

    with pytest.raises(ImportRefused) as refused:
        import_catalog(titled({rower: "조정 선수", swimmer: "수영 선수"}), user=korean)

    assert str(refused.value) == (
        "These items are locked for you, as in the page editor: "
        "“The rower” (locked for editing), “The swimmer” (locked for editing)."
    )
