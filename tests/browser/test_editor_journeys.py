"""Editors, translators, market leads and approvers at work in the admin, in Chromium.

Every journey starts from the demo campaign that ``make run`` loads, logs in through the
login form and presses the admin's own buttons.
"""

import pytest
from playwright.sync_api import expect

from campaign.models import FilmPage
from stories.models import AthleteStoryPage
from tests.browser.admin import (
    log_in,
    messages,
    open_editor,
    run_footer_action,
    save_draft,
    shoot,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PREVIEW_FRAME = "#w-preview-iframe"


@pytest.fixture
def admin_page(browser):
    """A desktop-sized admin page that records Content Security Policy refusals."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.csp_errors = []
    page.on(
        "console",
        lambda message: (
            page.csp_errors.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    yield page
    context.close()


def open_preview(page, mode=None):
    """Open the preview side panel (in ``mode``, a market code) and return its heading."""
    page.locator('button[data-side-panel-toggle="preview"]').click()
    heading = page.frame_locator(PREVIEW_FRAME).locator("main h1")
    # The first preview (in the default mode) must have loaded: a mode chosen before then
    # can be overtaken by it.
    heading.wait_for(timeout=20_000)
    if mode is not None:
        page.locator("#id_preview_mode").select_option(mode)
    return heading


def edit_url(base_url, page_obj):
    return f"{base_url}/admin/pages/{page_obj.pk}/edit/"


def test_editor_edits_previews_submits_and_approves_from_the_editor(admin_page, demo_site):
    page = admin_page
    film = FilmPage.objects.get(slug_en="manifesto")
    log_in(page, demo_site.url, "editor")
    open_editor(page, edit_url(demo_site.url, film))

    page.locator("input[name=title_en]").fill("Manifesto, the director's cut")
    assert "has been updated" in save_draft(page)
    expect(open_preview(page, "us")).to_contain_text("the director's cut", timeout=20_000)
    shoot(page, "editor-preview")
    page.locator('button[data-side-panel-toggle="preview"]').click()  # close the panel

    run_footer_action(page, "button[name=action-submit]")
    page.wait_for_load_state()
    assert "submitted" in messages(page)
    # The editor approves the editorial review from the page editor's footer.
    open_editor(page, edit_url(demo_site.url, film))
    with page.expect_navigation():
        run_footer_action(
            page,
            "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])",
        )
    assert "has been updated" in messages(page)
    film.refresh_from_db()
    assert film.current_workflow_task.name == "Translation check"

    page.goto(f"{demo_site.url}/admin/pages/{film.pk}/history/")
    history = page.locator("main").inner_text()
    assert "Demo Editor" in history
    assert "Editorial review" in history
    shoot(page, "editor-history")
    assert page.csp_errors == []


@pytest.mark.parametrize(
    ("username", "mode", "expected"),
    [
        ("editor", "us", "Nigeria's bobsled pioneers"),
        ("translator-ja", "jp", "ナイジェリア"),
        ("lead-jp", "jp", "ナイジェリア"),
        ("approver", "uk", "Nigeria's bobsleigh pioneers"),
    ],
)
def test_every_role_sees_the_preview_in_the_panel(admin_page, demo_site, username, mode, expected):
    page = admin_page
    story = AthleteStoryPage.objects.get(slug_en="nigeria-bobsled")
    log_in(page, demo_site.url, username)
    open_editor(page, edit_url(demo_site.url, story))
    expect(open_preview(page, mode)).to_contain_text(expected, timeout=20_000)
    assert page.csp_errors == []
    shoot(page, f"preview-{username}")


def test_preview_opens_in_a_market_the_page_runs_in(admin_page, demo_site):
    page = admin_page
    story = next(s for s in AthleteStoryPage.objects.all() if s.markets.exists())
    running = {market.code for market in story.markets.all()}
    log_in(page, demo_site.url, "editor")
    open_editor(page, edit_url(demo_site.url, story))
    open_preview(page)
    assert page.locator("#id_preview_mode").input_value() in running


def test_a_translator_cannot_change_a_source_field(admin_page, demo_site):
    page = admin_page
    story = AthleteStoryPage.objects.get(slug_en="nigeria-bobsled")
    log_in(page, demo_site.url, "translator-ja")
    open_editor(page, edit_url(demo_site.url, story))
    title = page.locator("input[name=title_en]")
    assert title.is_disabled()

    # Forcing the field open in the browser's developer tools does not get past the lock.
    title.evaluate("input => { input.disabled = false; input.value = 'Changed'; }")
    answer = save_draft(page)
    assert "You may not change these fields" in answer
    assert "Title [en]" in answer
    story.refresh_from_db()
    assert story.title_en == "Nigeria's bobsled pioneers"
    assert story.get_latest_revision_as_object().title_en == "Nigeria's bobsled pioneers"


def approve_from_dashboard(page, base_url, title):
    """Approve the current step of ``title`` from the dashboard's "Awaiting your review"."""
    page.goto(f"{base_url}/admin/")
    row = page.locator("tr", has=page.get_by_role("link", name=title, exact=True))
    row.locator("[data-w-dropdown-target='toggle']").first.click()
    approve = row.locator("button[data-workflow-action-url*='/approve/']")
    direct = approve.and_(page.locator(":not([data-launch-modal])"))
    if direct.count():
        with page.expect_navigation():
            direct.first.click()
        return
    approve.first.click()
    with page.expect_navigation():
        page.locator(".modal form button[type=submit]").click()


def approve_from_editor(page, base_url, item):
    """Approve the current step from the page editor's footer, through its dialog if any."""
    open_editor(page, edit_url(base_url, item))
    approve = "footer button[data-workflow-action-name='approve']"
    run_footer_action(page, approve)
    with page.expect_navigation():
        page.locator(".modal form button[type=submit]").click()


def test_each_step_of_the_approval_is_taken_from_the_dashboard_or_the_editor(browser, demo_site):
    from django.contrib.auth import get_user_model

    from campaign.models import Market

    base = demo_site.url
    film = FilmPage.objects.get(slug_en="manifesto")
    editor = get_user_model().objects.get(username="editor")
    draft = film.get_latest_revision_as_object()
    draft.markets.set(Market.objects.filter(code__in=["jp", "us"]))
    draft.logline_en = "Small can be mighty."
    draft.save_revision(user=editor)
    film.get_workflow().start(film, editor)

    steps = [
        ("editor", approve_from_dashboard, "Translation check"),
        ("translator-ja", approve_from_editor, "Market review"),
        ("lead-jp", approve_from_dashboard, "Market review"),
        ("lead-us", approve_from_editor, "Brand approval"),
        ("approver", approve_from_dashboard, None),
    ]
    for username, approve, next_step in steps:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
        page = context.new_page()
        log_in(page, base, username)
        if approve is approve_from_dashboard:
            approve(page, base, "Manifesto")
        else:
            approve(page, base, film)
        assert "error" not in messages(page).lower(), (username, messages(page))
        shoot(page, f"approval-by-{username}")
        context.close()
        film.refresh_from_db()
        current = film.current_workflow_task
        assert (current.name if current else None) == next_step, username

    assert film.live and not film.has_unpublished_changes
    assert film.logline_en == "Small can be mighty."
