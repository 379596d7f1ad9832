"""Market leads in the admin: scheduling their own market, and approving the market review.

Each person works in a browser context of their own, at desktop width.
"""

from datetime import UTC, datetime

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import TaskState

import pytest

from campaign.models import Market
from campaign.workflow.models import MarketApproval
from stories.models import AthleteStoryPage
from tests.browser.admin import (
    messages,
    open_editor,
    run_footer_action,
    save_draft,
    shoot,
    signed_in,
)
from tests.browser.conftest import DESKTOP

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REFUSALS = ("could not be saved", "may not change", "nothing was saved", "error")
APPROVE = "footer button[data-workflow-action-name='approve']"


def edit_url(base_url, page):
    return base_url + reverse("wagtailadmin_pages:edit", args=[page.pk])


def story(slug):
    return AthleteStoryPage.objects.get(slug_en=slug)


def at_market_review(slug, codes):
    """A demo story limited to ``codes``, passed through the first two steps of the workflow."""
    users = get_user_model().objects
    item = story(slug)
    draft = item.get_latest_revision_as_object()
    draft.markets.set(Market.objects.filter(code__in=codes))
    draft.save_revision(user=users.get(username="editor"))
    workflow_state = item.get_workflow().start(item, users.get(username="editor"))
    for username in ("editor", "translator-ja"):
        workflow_state.refresh_from_db()
        state = workflow_state.current_task_state.specific
        state.task.specific.on_action(state, users.get(username=username), "approve")
    workflow_state.refresh_from_db()
    assert workflow_state.current_task_state.task.name == "Market review"
    return item


def current_step(item):
    state = TaskState.objects.for_instance(item).filter(status=TaskState.STATUS_IN_PROGRESS)
    return state.get().task.name


def approve_in_editor(page, base_url, item, shot):
    """Approve from the page editor's footer through the dialog; the dialog's text."""
    open_editor(page, edit_url(base_url, item))
    run_footer_action(page, APPROVE)
    dialog = page.locator(".modal .market-review")
    dialog.wait_for()
    text = dialog.inner_text()
    shoot(page, shot)
    page.set_viewport_size(DESKTOP)
    with page.expect_navigation():
        page.locator(".modal form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    return text


def test_japan_lead_schedules_japan_in_tokyo_time(browser, demo_site):
    base = demo_site.url
    pita = story("pita-taufatofua")  # already goes live later in the UK
    with signed_in(browser, base, "lead-jp") as page:
        open_editor(page, edit_url(base, pita))
        page.get_by_role("tab", name="Settings").click()
        page.locator("#id_market_schedules-ADD").click()
        chooser = page.locator("select[name='market_schedules-1-market']")

        assert chooser.locator("option").all_inner_texts() == [
            "---------",
            "Japan – Asia/Tokyo (JST)",
        ]
        named = page.get_by_text("Local time of the chosen market: Japan, Asia/Tokyo (JST)")
        assert named.first.is_visible()
        chooser.select_option(label="Japan – Asia/Tokyo (JST)")
        page.fill("input[name='market_schedules-1-go_live_at']", "2027-03-01 09:00")
        named.first.click()  # closes the date picker
        shoot(page, "lead-jp-schedules-japan")
        page.set_viewport_size(DESKTOP)
        answer = save_draft(page)

        assert "has been updated" in answer
        assert not any(word in answer.lower() for word in REFUSALS), answer

    schedules = {
        schedule.market.code: schedule.go_live_at
        for schedule in story("pita-taufatofua")
        .get_latest_revision_as_object()
        .market_schedules.all()
    }
    # 09:00 in Tokyo is midnight UTC; the UK lead's go-live is untouched.
    assert schedules["jp"] == datetime(2027, 3, 1, 0, 0, tzinfo=UTC)
    assert schedules["uk"] == pita.market_schedules.get(market__code="uk").go_live_at


def test_market_review_waits_for_each_market_the_story_runs_in(browser, demo_site):
    base = demo_site.url
    item = at_market_review("kenya-ice-lions", ["jp", "us"])

    with signed_in(browser, base, "lead-kr") as page:
        open_editor(page, edit_url(base, item))
        # The story does not run in Korea: nothing to approve, nothing to edit.
        assert page.locator(APPROVE).count() == 0
        assert page.locator("button.action-save").first.is_disabled()
        shoot(page, "lead-kr-not-concerned")

    with signed_in(browser, base, "lead-jp") as page:
        dialog = approve_in_editor(page, base, item, "lead-jp-approves-japan")
        assert "Your approval is for Japan." in dialog
        assert "Still waiting for United States" in dialog
        assert not any(word in messages(page).lower() for word in REFUSALS), messages(page)

        assert current_step(item) == "Market review"
        assert [a.market.code for a in MarketApproval.objects.all()] == ["jp"]
        open_editor(page, edit_url(base, item))
        assert page.locator(APPROVE).count() == 0  # Japan has approved
        shoot(page, "lead-jp-waits-for-us")

    with signed_in(browser, base, "lead-us") as page:
        dialog = approve_in_editor(page, base, item, "lead-us-approves-the-last-market")
        assert "Japan approved by Demo Market Lead JP" in dialog
        assert "this approval ends the market review" in dialog

    assert current_step(item) == "Brand approval"
