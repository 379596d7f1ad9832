"""A Japanese translator's journeys through the admin: side by side, then the page editor.

Each journey ends where its work shows: the success message, the item's History, the page
at its Japanese address, and untouched saves in the page editor that nobody refuses.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from wagtail.models import TaskState

import polib
import pytest

from campaign.markets.current import activate_market
from campaign.models import Market
from campaign.translations.po import export_catalog, import_catalog
from campaign.translations.units import units_for
from campaign.translations.views import side_by_side_url
from stories.models import AthleteStoryPage
from tests.browser.admin import (
    log_in,
    messages,
    open_editor,
    save_draft,
    shoot,
    signed_in,
    type_in_rich_text,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DESKTOP = {"width": 1280, "height": 900}
REFUSALS = ("could not be saved", "may not change", "nothing was saved", "locked")
PARAGRAPH = "ケニアにはアイスホッケーの伝統がなく、氷もほとんどありません。"
QUOTE = "小さなリンクが、彼らのホッケーのすべてだった。"
SLUG = "アイスライオンズ"


def without_japanese(slug):
    """A published demo story whose Japanese body, summary and slug are not written yet."""
    with translation.override("en"):
        story = AthleteStoryPage.objects.get(slug_en=slug)
        story.body_ja = "[]"
        story.summary_ja = ""
        story.slug_ja = None
        story.save_revision().publish()
    return AthleteStoryPage.objects.get(pk=story.pk)


def row(page, label):
    """The side-by-side row whose source column is labelled ``label``."""
    return page.locator("table.side-by-side tbody tr").filter(has_text=label).first


def wait_for_rich_text(page):
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('[data-draftail-input]'))"
        ".every(input => input.parentElement.querySelector('.Draftail-Editor'))"
    )


def refused(answer):
    return [word for word in REFUSALS if word in answer.lower()]


def save_untouched(page, base, story):
    """Open the story in the page editor and save it as it is; the admin's answer."""
    open_editor(page, f"{base}{reverse('wagtailadmin_pages:edit', args=[story.pk])}")
    return save_draft(page)


def japanese_url(page_id):
    with activate_market(Market.objects.get(code="jp")):
        return AthleteStoryPage.objects.get(pk=page_id).url


def test_translator_translates_side_by_side_then_edits_the_summary_in_the_page_editor(
    browser, demo_site
):
    base = demo_site.url
    story = without_japanese("kenya-ice-lions")
    context = browser.new_context(viewport=DESKTOP, locale="en-US")
    page = context.new_page()
    log_in(page, base, "translator-ja")

    # Translations → Status lists the story's missing Japanese; its Translate link opens it.
    page.goto(f"{base}{reverse('translation_status')}?language=ja")
    assert page.locator("h1").first.inner_text() == "Translation status"
    page.locator("tr", has_text=story.title_en).get_by_role("link", name="Translate").first.click()
    wait_for_rich_text(page)
    assert page.url.endswith(side_by_side_url(story, "ja"))
    assert page.locator(".Draftail-Editor").count() >= 3
    widths = page.evaluate(
        "() => Array.from(document.querySelectorAll('table.side-by-side thead th'))"
        ".map(th => th.getBoundingClientRect().width)"
    )
    assert abs(widths[0] - widths[1]) <= 2, widths
    shoot(page, "side-by-side-open")

    paragraph = row(page, "Body · Paragraph")
    type_in_rich_text(page, paragraph, PARAGRAPH)
    # Draftail copies its state into the form's input a moment after the last keystroke.
    paragraph.locator("[data-draftail-input]").evaluate(
        "(input, text) => new Promise(resolve => { const check = () =>"
        " input.value.includes(text) ? resolve() : setTimeout(check, 50); check(); })",
        PARAGRAPH,
    )
    row(page, "Body · Pull quote · Quote").locator("textarea").fill(QUOTE)
    page.fill("input[name=slug]", SLUG)
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    assert "The translation was saved as a new revision." in messages(page)
    shoot(page, "side-by-side-saved")

    # History lists the translator's revision and the route it came by.
    page.goto(f"{base}{reverse('wagtailadmin_pages:history', args=[story.pk])}")
    entry = page.locator("tbody tr").filter(has_text="Translated side by side (Japanese)").first
    assert "Demo Translator ja" in entry.inner_text()
    shoot(page, "side-by-side-history")

    # The page editor: only the Japanese summary changes, and nothing is refused.
    open_editor(page, f"{base}{reverse('wagtailadmin_pages:edit', args=[story.pk])}")
    # wagtail-modeltranslation's locale picker shows one language's fields at a time.
    page.locator("button.locale-toggle").filter(has_text="ja").first.click()
    page.locator("textarea[name=summary_ja]").fill(
        "氷のないケニアの、初めてのアイスホッケーチーム。"
    )
    answer = save_draft(page)
    assert not refused(answer), answer
    shoot(page, "page-editor-after-side-by-side")
    draft = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert draft.summary_ja == "氷のないケニアの、初めてのアイスホッケーチーム。"
    # Blocks with nothing translated yet are left out; the related film has no text at all.
    assert [block["type"] for block in draft.body_ja.raw_data] == [
        "paragraph",
        "pull_quote",
        "related_film",
    ]
    context.close()

    # Once approved and published, Japan reaches the story at its Japanese slug.
    draft.get_latest_revision().publish()
    url = japanese_url(story.pk)
    assert url.endswith(
        "/%E3%82%A2%E3%82%A4%E3%82%B9%E3%83%A9%E3%82%A4%E3%82%AA%E3%83%B3%E3%82%BA/"
    )
    visitor = browser.new_context(viewport=DESKTOP, locale="ja-JP").new_page()
    response = visitor.goto(f"{base}{url}")
    assert response.status == 200
    assert PARAGRAPH in visitor.content()
    assert QUOTE in visitor.content()
    shoot(visitor, "japanese-slug-page")
    visitor.context.close()


def test_content_imported_from_a_po_file_saves_untouched_in_the_page_editor(browser, demo_site):
    base = demo_site.url
    User = get_user_model()
    story = AthleteStoryPage.objects.get(slug_en="nigeria-bobsled")
    # The Japanese a translator sends back: the demo's own, spelled as PO files spell it.
    japanese = {unit.key: unit.target for unit in units_for(story, "ja")}
    story = without_japanese("nigeria-bobsled")
    catalog = polib.pofile(str(export_catalog("ja")))
    for entry in catalog:
        if entry.msgctxt in japanese:
            entry.msgstr = japanese[entry.msgctxt]
            # The memory pre-filled some of these, fuzzy: the translator accepts them.
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    report = import_catalog(catalog, user=User.objects.get(username="translator-ja"))
    assert not report.refused and story.pk in {item.pk for item in report.revised}
    draft = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert len(draft.body_ja.raw_data) == len(draft.body_en.raw_data)

    # The import went to review: the editor opens the story and saves it untouched.
    with signed_in(browser, base, "editor") as page:
        answer = save_untouched(page, base, story)
        shoot(page, "po-import-editor-untouched")
    assert not refused(answer), answer

    # Editorial review passes, so the translation check lets translators edit again.
    editor = User.objects.get(username="editor")
    state = AthleteStoryPage.objects.get(pk=story.pk).current_workflow_state
    TaskState.objects.get(pk=state.current_task_state_id).specific.approve(user=editor)

    with signed_in(browser, base, "translator-ja") as page:
        answer = save_untouched(page, base, story)
        assert not refused(answer), answer
        shoot(page, "po-import-translator-untouched")
        page.goto(f"{base}{reverse('wagtailadmin_pages:history', args=[story.pk])}")
        assert page.get_by_text("Imported from a PO file (Japanese)").count() == 1
    latest = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert [b["type"] for b in latest.body_ja.raw_data] == [
        b["type"] for b in draft.body_ja.raw_data
    ]

    # Out of review, Japan's lead schedules the imported story in Tokyo time: the body that
    # arrived by PO file is not taken for a change of the lead's.
    AthleteStoryPage.objects.get(pk=story.pk).current_workflow_state.cancel(user=editor)
    with signed_in(browser, base, "lead-jp") as page:
        open_editor(page, f"{base}{reverse('wagtailadmin_pages:edit', args=[story.pk])}")
        page.get_by_role("tab", name="Settings").click()
        page.locator("#id_market_schedules-ADD").click()
        row = page.locator("select[name$='-market']").last
        row.select_option(label="Japan – Asia/Tokyo (JST)")
        go_live = row.get_attribute("name").replace("-market", "-go_live_at")
        page.fill(f"input[name='{go_live}']", "2027-03-01 09:00")
        page.keyboard.press("Escape")  # closes the date picker
        answer = save_draft(page)
        assert not refused(answer), answer
    scheduled = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert [s.market.code for s in scheduled.market_schedules.all()] == ["jp"]
