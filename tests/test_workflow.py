"""The “Campaign approval” workflow step by step; the translation check blocks, then passes."""

from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry, PageLogEntry, TaskState, Workflow, WorkflowState

import pytest

from campaign.markets.roles import APPROVERS, EDITORS, market_lead_group, translator_group
from campaign.models import FilmPage
from campaign.workflow.setup import setup_campaign_roles
from tests.factories import FilmPageFactory, QuoteFactory, UserFactory

LANGUAGES_BUT_KOREAN = {"zh_hans": "小的", "ja": "小さな", "en_gb": "Small"}


@pytest.fixture
def people(home):
    setup_campaign_roles()
    return {
        "editor": UserFactory(username="ed", roles=[EDITORS]),
        "ko": UserFactory(username="ko", roles=[translator_group("ko")]),
        "lead": UserFactory(username="lead", roles=[market_lead_group("kr")]),
        "approver": UserFactory(username="boss", roles=[APPROVERS]),
    }


@pytest.fixture
def film(film_index, people):
    fields = {}
    for suffix, text in LANGUAGES_BUT_KOREAN.items():
        fields[f"title_{suffix}"] = f"{text} film"
        fields[f"logline_{suffix}"] = f"{text} logline"
    return FilmPageFactory(parent=film_index, title="Small film", logline="Small logline", **fields)


def submit(page, user):
    draft = FilmPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.save_revision(user=user)
    return page.get_workflow().start(page, user)


def current_task(page):
    state = WorkflowState.objects.active().get(object_id=str(page.pk))
    return state.current_task_state


def act(client, user, page, action, **data):
    client.force_login(user)
    task_state = current_task(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"task_state": task_state.pk, "comment": "", **data}), task_state


def test_workflow_has_editorial_translation_market_and_brand_steps(people):
    workflow = Workflow.objects.get(name="Campaign approval")
    names = [task.name for task in workflow.tasks]
    assert names == ["Editorial review", "Translation check", "Market review", "Brand approval"]


def test_translation_check_blocks_until_korean_is_translated_then_the_film_is_published(
    client, film, people, markets
):
    # Korea's lead approves the market review alone: the film runs only in Korea.
    film.markets.set([markets["kr"]])
    film.save_revision().publish()
    submit(film, people["editor"])
    act(client, people["editor"], film, "approve")
    assert current_task(film).task.name == "Translation check"

    # Korea hides untranslated items, so missing Korean blocks the check and it says why.
    response, task_state = act(client, people["ko"], film, "approve")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    modal = client.get(
        reverse("wagtailadmin_pages:workflow_action", args=[film.pk, "approve", task_state.pk])
    )
    assert "Title in Korean: missing" in modal.content.decode()
    assert "Logline in Korean: missing" in modal.content.decode()

    draft = FilmPage.objects.get(pk=film.pk).get_latest_revision_as_object()
    draft.title_ko = "작은 영화"
    draft.logline_ko = "작은 로그라인"
    draft.save_revision(user=people["ko"])

    act(client, people["ko"], film, "approve")
    assert current_task(film).task.name == "Market review"
    act(client, people["lead"], film, "approve")
    assert current_task(film).task.name == "Brand approval"
    act(client, people["approver"], film, "approve")

    # Wagtail's audit log records who approved each step.
    approvals = PageLogEntry.objects.filter(page=film, action="wagtail.workflow.approve")
    assert {entry.user for entry in approvals} == {
        people["editor"],
        people["ko"],
        people["lead"],
        people["approver"],
    }
    published = FilmPage.objects.get(pk=film.pk)
    assert not WorkflowState.objects.active().filter(object_id=str(film.pk)).exists()
    assert published.logline_ko == "작은 로그라인"
    assert "작은 로그라인" in client.get(f"/kr/films/{film.slug}/").content.decode()


def test_changed_source_text_makes_the_translation_stale_and_blocks_the_check(client, film, people):
    film.title_ko, film.logline_ko = "작은 영화", "작은 로그라인"
    film.save_revision().publish()
    draft = FilmPage.objects.get(pk=film.pk).get_latest_revision_as_object()
    draft.logline_en = "A new source logline"
    draft.save_revision(user=people["editor"])

    submit(film, people["editor"])
    act(client, people["editor"], film, "approve")
    response, task_state = act(client, people["ko"], film, "approve")

    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    modal = client.get(
        reverse("wagtailadmin_pages:workflow_action", args=[film.pk, "approve", task_state.pk])
    )
    assert "Logline in Korean: out of date" in modal.content.decode()
    assert "Title in Korean" not in modal.content.decode()


def test_edit_that_leaves_the_source_unchanged_marks_nothing_stale(client, film, people):
    film.title_ko, film.logline_ko = "작은 영화", "작은 로그라인"
    film.save_revision().publish()
    draft = FilmPage.objects.get(pk=film.pk).get_latest_revision_as_object()
    draft.duration = draft.duration * 2
    draft.save_revision(user=people["editor"])

    submit(film, people["editor"])
    act(client, people["editor"], film, "approve")
    act(client, people["ko"], film, "approve")

    assert current_task(film).task.name == "Market review"


def test_markets_that_show_the_source_text_do_not_block_the_check(client, film, people, markets):
    film.markets.set([markets["jp"], markets["us"]])
    film.save_revision().publish()

    submit(film, people["editor"])
    act(client, people["editor"], film, "approve")
    act(client, people["ko"], film, "approve")

    assert current_task(film).task.name == "Market review"


def test_rejection_with_a_comment_returns_the_film_to_its_author(
    client, film, people, django_capture_on_commit_callbacks
):
    submit(film, people["editor"])
    reviewer = UserFactory(username="reviewer", roles=[EDITORS])
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, reviewer, film, "reject", comment="Please shorten the logline.")

    state = WorkflowState.objects.get(object_id=str(film.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert any(people["editor"].email in message.to for message in mail.outbox)
    assert state.current_task_state.comment == "Please shorten the logline."


def test_quotes_go_through_the_same_workflow(client, people):
    quote = QuoteFactory(text="Small can be calculated.")
    quote.save_revision(user=people["editor"])
    quote.get_workflow().start(quote, people["editor"])
    state = WorkflowState.objects.active().get(object_id=str(quote.pk))
    client.force_login(people["editor"])

    url = reverse(
        "wagtailsnippets_campaign_quote:workflow_action",
        args=[quote.pk, "approve", state.current_task_state.pk],
    )
    client.post(url, {"comment": ""})

    state.refresh_from_db()
    assert state.current_task_state.task.name == "Translation check"
    assert ModelLogEntry.objects.filter(
        object_id=str(quote.pk), action="wagtail.workflow.approve"
    ).exists()
