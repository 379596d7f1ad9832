"""Driving the Wagtail admin as a person does: log in, open an editor, press its buttons."""

from contextlib import contextmanager

from campaign.demo.users import read_credentials
from tests.browser.checks import screenshots
from tests.browser.conftest import DESKTOP

ADMIN_ERRORS = ".messages .error, .messages .w-message--error, .help-critical, .error-message"


def password_of(username):
    """The demo password ``load_demo_campaign`` generated for ``username``."""
    return dict(read_credentials())[username]


def log_in(page, base_url, username):
    """Sign in to the admin through its login form."""
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password_of(username))
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/**")
    assert "/login/" not in page.url, f"{username} could not log in"


def open_editor(page, url):
    """Open an edit view and wait until every rich-text editor has started."""
    response = page.goto(url)
    assert response.status == 200, url
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('[data-draftail-input]'))"
        ".every(input => input.parentElement.querySelector('.Draftail-Editor'))"
    )
    return response


def messages(page):
    """The text of the admin's message area (successes and refusals)."""
    area = page.locator(".messages")
    return area.inner_text() if area.count() else ""


def save_draft(page):
    """Press *Save draft* and return the messages the admin answers with."""
    with page.expect_navigation():
        page.locator("button.action-save").first.click()
    return messages(page)


def run_footer_action(page, button_selector):
    """Press an action hidden in the editor footer's dropdown (submit, approve, ...)."""
    toggle = page.locator("footer [data-w-dropdown-target='toggle']").first
    if toggle.count() and not page.locator(button_selector).first.is_visible():
        toggle.click()
    page.locator(button_selector).first.click()


def type_in_rich_text(page, container, text):
    """Replace the text of the first rich-text editor inside ``container``."""
    editor = container.locator(".Draftail-Editor [contenteditable=true]").first
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def shoot(page, name):
    """A screenshot of an admin screen, at phone and desktop width, for test-results/."""
    screenshots(page, f"admin-{name}")


@contextmanager
def signed_in(browser, base_url, username):
    """A desktop-sized admin page of ``username``'s own, signed in through the login form."""
    context = browser.new_context(viewport=DESKTOP, locale="en-US")
    page = context.new_page()
    log_in(page, base_url, username)
    try:
        yield page
    finally:
        context.close()
