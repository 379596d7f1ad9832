"""A market's fallback chain, set in the admin and seen by translators and visitors.

On the demo campaign the United Kingdom reads American English where no British text is
written. The British translator finds those texts under "Texts covered by a fallback
chain", each saying which text visitors read; a visitor of /uk/ reads the American text.
The administrator then gives Korea (which hides untranslated items) a chain through
Japanese: a story with no Korean text appears in /kr/ in Japanese, marked as Japanese.
"""

from django.urls import reverse

import pytest

from campaign.markets.current import activate_market
from campaign.markets.models import Market
from campaign.models import CampaignHomePage
from campaign.translations.models import TranslationGap
from stories.models import AthleteStoryPage
from tests.browser.admin import messages, shoot, signed_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_uk_reads_american_english_and_korea_is_given_a_chain(browser, demo_site):
    base = demo_site.url
    report = f"{base}{reverse('translation_status')}"

    with signed_in(browser, base, "translator-en-gb") as page:
        page.goto(report)
        page.get_by_label("Show").select_option(label="Texts covered by a fallback chain")
        page.get_by_role("button", name="Filter").click()
        page.wait_for_load_state("networkidle")
        covered = page.locator("[data-covered-by='en']")
        assert covered.count() > 10
        assert "Shows the English text" in covered.first.inner_text()
        shoot(page, "status-covered-by-chain")
        row = page.locator("tbody tr").filter(has=page.locator("[data-covered-by='en']")).first
        row.get_by_role("link", name="Translate").click()
        page.wait_for_load_state("networkidle")
        assert page.locator("[data-state='covered']").count() >= 1
        assert "Visitors read the English text" in page.content()

    home = CampaignHomePage.objects.get()
    assert not home.hero_heading_en_gb
    visitor = browser.new_page()
    visitor.goto(f"{base}/uk/")
    assert visitor.locator("html").get_attribute("lang").lower() == "en-gb"
    assert home.hero_heading_en in visitor.locator("h1").first.inner_text()
    visitor.close()

    # A story only Japan's translator has worked on: Korea hides it, for want of Korean.
    story = AthleteStoryPage.objects.get(slug_en="kenya-ice-lions")
    story.title_ko = ""
    story.save_revision().publish()
    with activate_market(Market.objects.get(code="kr")):
        kr_url = f"{base}{story.get_url()}"
    visitor = browser.new_page()
    assert visitor.goto(kr_url).status == 404

    korea = Market.objects.get(code="kr")
    edit = f"{base}{reverse('wagtailsnippets_campaign_market:edit', args=[korea.pk])}"
    with signed_in(browser, base, "admin") as page:
        page.goto(edit)
        field = page.get_by_label("Reads these languages where its own is missing")
        field.fill("ja, xx")
        page.locator("button.action-save").first.click()
        page.wait_for_load_state("networkidle")
        assert "Unknown language code: xx" in page.content()
        field = page.get_by_label("Reads these languages where its own is missing")
        field.fill("ja")
        page.locator("button.action-save").first.click()
        page.wait_for_load_state("networkidle")
        assert "error" not in messages(page).lower(), messages(page)
    assert Market.objects.get(code="kr").falls_back_to == ["ja"]
    assert TranslationGap.objects.filter(
        object_id=str(story.pk), language="ko", field="title", covered_by="ja"
    ).exists()

    response = visitor.goto(kr_url)
    assert response.status == 200
    title = visitor.locator("h1").first
    assert title.inner_text() == story.title_ja
    assert title.get_attribute("lang") == "ja"
    visitor.close()
