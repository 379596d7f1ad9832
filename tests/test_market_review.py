"""The market review: each market an item runs in is approved by one of its own leads.

Also what the approval dialogs of the campaign's own steps say.
"""

from django.urls import reverse

from wagtail.models import (
    GroupApprovalTask,
    ModelLogEntry,
    PageLogEntry,
    TaskState,
    Workflow,
    WorkflowState,
    WorkflowTask,
)

import pytest

from campaign.markets.roles import market_lead_group
from campaign.workflow.models import MarketApproval, MarketReviewTask, MarketReviewTaskState
from campaign.workflow.setup import WORKFLOW_NAME, setup_campaign_roles
from tests import test_workflow
from tests.factories import QuoteFactory, UserFactory
from tests.test_workflow import act, current_task, submit

# The workflow tests' film and people, shared as fixtures.
film = test_workflow.film
people = test_workflow.people

IN_PROGRESS = TaskState.STATUS_IN_PROGRESS


@pytest.fixture
def leads(people):
    """Leads of Japan and the United States; ``people["lead"]`` leads Korea."""
    return {
        code: UserFactory(username=f"lead-{code}", roles=[market_lead_group(code)])
        for code in ("jp", "us")
    }


def to_market_review(client, film, people):
    submit(film, people["editor"])
    act(client, people["editor"], film, "approve")
    act(client, people["ko"], film, "approve")
    assert current_task(film).task.name == "Market review"
    return current_task(film)


@pytest.fixture
def in_review(client, film, people, markets):
    """The film, limited to Japan and the United States, waiting at the market review."""
    film.markets.set([markets["jp"], markets["us"]])
    film.save_revision().publish()
    return to_market_review(client, film, people)


def action_names(state, page, user):
    return [name for name, _label, _modal in state.task.specific.get_actions(page, user)]


def dialog(client, user, page, action, state):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
    return client.get(url).json()["html"]


def test_a_lead_of_a_market_the_film_does_not_run_in_cannot_approve_or_edit(
    client, film, people, in_review
):
    korea = people["lead"]

    assert action_names(in_review, film, korea) == []
    assert in_review.task.specific.locked_for_user(film, korea)
    response, state = act(client, korea, film, "approve")

    # Wagtail answers a refused action with a redirect to the dashboard.
    assert response.status_code == 302
    assert not MarketApproval.objects.exists()
    state.refresh_from_db()
    assert state.status == IN_PROGRESS


def test_the_review_waits_until_each_market_has_approved(client, film, leads, in_review):
    assert action_names(in_review, film, leads["jp"]) == ["reject", "approve"]
    before = dialog(client, leads["jp"], film, "approve", in_review)
    assert "Your approval is for Japan." in before
    assert "Still waiting for United States" in before

    act(client, leads["jp"], film, "approve", comment="Fine for Japan")

    state = MarketReviewTaskState.objects.get(pk=in_review.pk)
    workflow_id = state.workflow_state_id
    assert state.status == IN_PROGRESS
    assert [a.market.code for a in state.market_approvals.all()] == ["jp"]
    # Japan has approved: its lead may still ask for changes, but not approve again.
    assert action_names(state, film, leads["jp"]) == ["reject"]
    entry = PageLogEntry.objects.get(page=film, action="campaign_workflow.approve_market")
    assert entry.user == leads["jp"]
    assert entry.message == "Approved for Japan at 'Market review'. Waiting for United States"
    assert entry.comment == "Fine for Japan"
    assert state.get_comment() == (
        "Japan approved by Demo lead-jp: “Fine for Japan”; waiting for United States"
    )
    after = dialog(client, leads["us"], film, "approve", state)
    assert "Japan approved by Demo lead-jp" in after
    assert "this approval ends the market review" in after

    history = reverse("wagtailadmin_pages:workflow_history_detail", args=[film.pk, workflow_id])
    assert "waiting for United States" in client.get(history).content.decode()

    act(client, leads["us"], film, "approve")

    assert current_task(film).task.name == "Brand approval"
    state.refresh_from_db()
    assert state.finished_by == leads["us"]
    assert state.get_comment() == (
        "Japan approved by Demo lead-jp: “Fine for Japan”; United States approved by Demo lead-us"
    )


def test_a_superuser_approves_every_market_at_once(client, film, in_review):
    admin = UserFactory(username="root", is_superuser=True)

    act(client, admin, film, "approve")

    assert current_task(film).task.name == "Brand approval"
    approvals = MarketApproval.objects.filter(task_state=in_review)
    assert {(a.market.code, a.approved_by) for a in approvals} == {("jp", admin), ("us", admin)}


def test_the_dashboard_lists_the_review_for_the_leads_still_awaited(
    client, film, people, leads, in_review
):
    def awaits(user):
        return TaskState.objects.reviewable_by(user).filter(pk=in_review.pk).exists()

    assert (awaits(leads["jp"]), awaits(leads["us"]), awaits(people["lead"])) == (
        True,
        True,
        False,
    )
    act(client, leads["jp"], film, "approve")
    assert (awaits(leads["jp"]), awaits(leads["us"])) == (False, True)


def test_after_changes_are_requested_every_market_approves_again(
    client, film, people, leads, in_review
):
    act(client, leads["jp"], film, "approve")
    act(client, leads["us"], film, "reject", comment="The US title needs work.")
    workflow_state = WorkflowState.objects.get(object_id=str(film.pk))
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejection = PageLogEntry.objects.get(page=film, action="wagtail.workflow.reject")
    assert rejection.comment == "The US title needs work."

    workflow_state.resume(user=people["editor"])

    restarted = current_task(film)
    assert restarted.task.name == "Market review" and restarted.pk != in_review.pk
    assert action_names(restarted, film, leads["jp"]) == ["reject", "approve"]


def test_setting_up_again_replaces_a_plain_market_review_and_moves_waiting_items_on(
    client, film, people, leads, markets, mailoutbox
):
    # A database set up before the market review was its own task type.
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    market_review = MarketReviewTask.objects.get()
    plain = GroupApprovalTask.objects.create(name="Market review")
    plain.groups.set(market_review.groups.all())
    WorkflowTask.objects.filter(task=market_review).update(task=plain)
    market_review.delete()
    film.markets.set([markets["jp"], markets["us"]])
    film.save_revision().publish()
    waiting = to_market_review(client, film, people)
    assert waiting.task.specific.__class__ is GroupApprovalTask
    mailoutbox.clear()

    setup_campaign_roles()

    assert [task.name for task in workflow.tasks] == [
        "Editorial review",
        "Translation check",
        "Market review",
        "Brand approval",
    ]
    assert isinstance(workflow.tasks[2].specific, MarketReviewTask)
    plain.refresh_from_db()
    assert not plain.active
    moved = current_task(film)
    assert isinstance(moved.specific, MarketReviewTaskState)
    assert {address for message in mailoutbox for address in message.to} == {
        "lead-jp@example.com",
        "lead-us@example.com",
    }
    setup_campaign_roles()
    assert current_task(film).pk == moved.pk


def test_translation_check_dialog_lists_each_missing_translation_once(client, film, people):
    submit(film, people["editor"])
    act(client, people["editor"], film, "approve")
    client.force_login(people["ko"])
    state = current_task(film)
    url = reverse("wagtailadmin_pages:workflow_action", args=[film.pk, "approve", state.pk])

    # The dialog posts itself back; a refusal shows the dialog again.
    response = client.post(
        url, {"task_state": state.pk, "comment": ""}, headers={"x-requested-with": "XMLHttpRequest"}
    )

    html = response.json()["html"]
    assert html.count("Title in Korean: missing") == 1
    assert html.count("Logline in Korean: missing") == 1


def test_a_quote_for_japan_is_approved_by_japans_lead_alone(client, people, leads, markets):
    quote = QuoteFactory(text="Small can be calculated.", markets=[markets["jp"]])
    quote.save_revision(user=people["editor"])
    quote.get_workflow().start(quote, people["editor"])
    for user in (people["editor"], people["ko"]):
        state = WorkflowState.objects.active().get(object_id=str(quote.pk)).current_task_state
        state.task.specific.on_action(state.specific, user, "approve")
    state = WorkflowState.objects.active().get(object_id=str(quote.pk)).current_task_state
    assert action_names(state, quote, people["lead"]) == []
    client.force_login(leads["jp"])

    client.post(
        reverse(
            "wagtailsnippets_campaign_quote:workflow_action", args=[quote.pk, "approve", state.pk]
        ),
        {"comment": ""},
    )

    state = WorkflowState.objects.active().get(object_id=str(quote.pk)).current_task_state
    assert state.task.name == "Brand approval"
    assert ModelLogEntry.objects.filter(
        object_id=str(quote.pk), action="campaign_workflow.approve_market", user=leads["jp"]
    ).exists()
