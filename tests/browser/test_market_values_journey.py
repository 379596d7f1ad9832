"""A film's own values per market, in the film editor: what each market shows, and who may
change a market's row."""

from django.urls import reverse

import pytest

from campaign.models import FilmPage
from tests.browser.admin import open_editor, save_draft, signed_in
from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def summary_row(page, market):
    return page.locator(f"[data-market-values-summary] tr[data-market='{market}']")


def test_an_editor_sees_each_market_and_japan_s_lead_adds_japan_s_own_video(browser, demo_site):
    base = demo_site.url
    film = FilmPage.objects.get(slug_en="rower-and-ducks")
    edit = f"{base}{reverse('wagtailadmin_pages:edit', args=[film.pk])}"

    with signed_in(browser, base, "editor") as page:
        open_editor(page, edit)
        panel = page.locator("[data-market-values-summary]").first
        panel.scroll_into_view_if_needed()
        assert "Bilibili" in summary_row(page, "cn").inner_text()
        assert "own" in summary_row(page, "cn").inner_text().lower()
        assert "YouTube" in summary_row(page, "jp").inner_text()
        assert "olympics.com/zh" in summary_row(page, "cn").locator("[data-cta]").inner_text()
        assert "olympics.com/en" in summary_row(page, "jp").locator("[data-cta]").inner_text()
        assert page.locator("[data-market-values-summary] [data-unreachable]").count() == 0
        section = panel.locator("xpath=ancestor::section[1]")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        # The editor's sticky action bar would cover the panel's last rows.
        page.evaluate("() => document.querySelectorAll('footer').forEach(f => f.hidden = true)")
        (section if section.count() else panel).screenshot(
            path=SCREENSHOTS / "admin-film-per-market.png"
        )

    with signed_in(browser, base, "lead-jp") as page:
        open_editor(page, edit)
        page.get_by_role("button", name="Add market's own value").click()
        row = page.locator("select[name^='market_values-'][name$='-market']").last
        row.select_option(label="Japan")
        name = row.get_attribute("name").replace("-market", "-embed_url")
        page.fill(f"input[name='{name}']", "https://youtu.be/GoSjapan01")
        answer = save_draft(page)
        assert "could not be saved" not in answer.lower(), answer
    draft = FilmPage.objects.get(pk=film.pk).get_latest_revision_as_object()
    japan = next(v for v in draft.market_values.all() if v.market.code == "jp")
    assert japan.embed_url == "https://youtu.be/GoSjapan01"

    with signed_in(browser, base, "lead-jp") as page:
        open_editor(page, edit)
        china = page.locator("input[name$='-embed_url']").first
        assert "bilibili" in china.input_value()
        china.fill("https://v.youku.com/v_show/id_XMzM0NjA2NDQ0.html")
        answer = save_draft(page)
        assert "the own values of another market" in answer, answer
