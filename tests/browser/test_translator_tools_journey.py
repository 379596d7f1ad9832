"""A Japanese translator's long day: what changed in the source, the memory, the glossary.

On the demo campaign: an editor has reworded a story's summary since it was translated
into Japanese, and its athlete's Japanese name was cleared. The translator sees both in
the status report, then side by side: the source diff, the memory's exact match (used in
one click), the glossary term marked in the source; confirms the summary as still
correct, moves between fields from the keyboard and goes on to the next item.
"""

from django.urls import reverse
from django.utils import translation

from wagtail.models import PageLogEntry

import pytest

from campaign.translations.status import STALE, FieldStatus, translation_problems
from campaign.translations.views import side_by_side_url
from stories.models import AthleteStoryPage
from tests.browser.admin import log_in, messages, shoot
from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DESKTOP = {"width": 1280, "height": 1000}
ADDED = "Back home, they still train on a rink the size of a tennis court."


def reworded_story():
    """The Kenya Ice Lions' story: its summary reworded, its Japanese athlete name cleared."""
    with translation.override("en"):
        story = AthleteStoryPage.objects.get(slug_en="kenya-ice-lions")
        story.summary = f"{story.summary} {ADDED}"
        story.athlete_ja = ""
        story.save_revision().publish()
    return AthleteStoryPage.objects.get(pk=story.pk)


def shoot_rows(page, rows, name):
    """A desktop screenshot of just these rows of the editor (for the README)."""
    page.set_viewport_size({"width": 1280, "height": 1600})
    rows[0].evaluate("row => row.scrollIntoView({block: 'start'})")
    boxes = [row.bounding_box() for row in rows]
    top = min(box["y"] for box in boxes)
    bottom = max(box["y"] + box["height"] for box in boxes)
    left = min(box["x"] for box in boxes)
    right = max(box["x"] + box["width"] for box in boxes)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(
        path=SCREENSHOTS / f"{name}.png",
        clip={"x": left, "y": top, "width": right - left, "height": bottom - top},
    )


def test_translator_sees_the_source_diff_uses_the_memory_and_confirms(browser, demo_site):
    base = demo_site.url
    story = reworded_story()
    japanese_summary = story.summary_ja
    context = browser.new_context(viewport=DESKTOP, locale="en-US")
    page = context.new_page()
    log_in(page, base, "translator-ja")

    # The status report shows, beside the out-of-date row, what was added to the source.
    page.goto(f"{base}{reverse('translation_status')}?language=ja")
    stale_row = page.locator("tr", has_text=story.title_en).filter(has_text="Summary").first
    assert ADDED in stale_row.locator("[data-source-diff] ins").inner_text()
    stale_row.get_by_role("link", name="Translate").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(side_by_side_url(story, "ja"))

    summary = page.locator("tr[data-unit]").filter(has_text="Summary").first
    assert ADDED in summary.locator("[data-source-diff] ins").inner_text()

    athlete = page.locator("tr[data-unit]").filter(has_text="Athlete or team").first
    mark = athlete.locator("mark[data-glossary-term]")
    assert mark.inner_text() == "Kenya Ice Lions"
    assert mark.get_attribute("title") == "Glossary: “ケニア・アイスライオンズ”"
    match = athlete.locator("[data-memory-match]").first
    assert "Exact match" in match.text_content()
    assert match.locator("[data-memory-text]").inner_text() == "ケニア・アイスライオンズ"
    shoot_rows(page, [athlete, summary], "admin-side-by-side-tools")
    shoot(page, "side-by-side-diff-memory-glossary")
    page.set_viewport_size(DESKTOP)

    # "Use" fills the field in place (the page is not reloaded); Alt+Down moves on to the
    # next text.
    page.wait_for_selector("form[data-side-by-side][data-ready]", state="attached")
    page.evaluate("() => { window.notReloaded = true; }")
    match.get_by_role("button", name="Use").click()
    field = athlete.locator("input[type=text]")
    assert field.input_value() == "ケニア・アイスライオンズ"
    assert page.evaluate("() => window.notReloaded === true")
    field.focus()
    field.press("Alt+ArrowDown")
    next_unit = str(int(athlete.get_attribute("data-unit")) + 1)
    # A key press may reach a busy page's script after Playwright's press returns; the
    # check polls on a timer (animation frames may be throttled in a headless browser).
    page.wait_for_function(
        "unit => document.activeElement.closest('tr[data-unit]')?.dataset.unit === unit",
        arg=next_unit,
        polling=100,
        timeout=10000,
    )

    summary.get_by_label("Still correct for the new source").check()
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    said = messages(page)
    assert "The translation was saved as a new revision." in said
    assert "The translations were confirmed as still correct." in said

    draft = AthleteStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert draft.athlete_ja == "ケニア・アイスライオンズ"
    assert draft.summary_ja == japanese_summary
    assert FieldStatus("summary", "ja", STALE) not in translation_problems(draft, ["ja"])
    assert PageLogEntry.objects.filter(
        page=story, action="campaign_translations.confirmed", user__username="translator-ja"
    ).exists()

    # The next item to translate is one click away: the demo's other out-of-date story.
    page.locator("[data-next-item]").click()
    page.wait_for_load_state("networkidle")
    with translation.override("en"):
        following = AthleteStoryPage.objects.get(slug_en="bobby-pearce")
    assert page.url.endswith(side_by_side_url(following, "ja"))
    assert page.locator("[data-source-diff]").count() >= 1
    context.close()
