"""Browser tests: Debian's Chromium, driven by Playwright, against the live test server.

Chromium is the one installed by ``make install`` at /usr/bin/chromium; Playwright
never downloads a browser here. axe-core comes from npm (``node_modules``).
"""

import os
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.db import connections

import pytest
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an event loop in this thread, and the tests still use
# the ORM here (loading the demo): Django must allow that.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-results" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def demo_site(transactional_db, live_server, settings):
    """The demo campaign, served by the live test server (media included)."""
    settings.ROOT_URLCONF = "tests.browser.urls"
    settings.ALLOWED_HOSTS = ["*"]
    call_command("load_demo_campaign", stdout=StringIO())
    return live_server


@pytest.fixture
def browser(demo_site):
    """Chromium, started once the test's database is ready.

    Playwright's sync API runs an event loop, under which Django keeps other database
    connections: starting it after the database is set up (and stopping it before the
    test's teardown empties it) keeps Django's test machinery on its own connection.
    """
    for needed, how in ((Path(CHROMIUM), "apt-get install chromium"), (AXE, "npm ci")):
        if not needed.exists():
            pytest.fail(f"{needed} is missing: `make install` runs {how}.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # Connections the test opened under Playwright's event loop are not the test
        # case's own: closed here, they do not hold the test database open.
        connections.close_all()


@pytest.fixture
def page(browser):
    """A phone-sized page that records Content Security Policy and script errors."""
    context = browser.new_context(viewport=PHONE, locale="en-US")
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            page.errors.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    # axe-core is served from the site's own origin, so the site's strict policy
    # (scripts from 'self' only) stays on while it runs.
    page.route(
        "**/__axe__/axe.min.js",
        lambda route: route.fulfill(path=AXE, content_type="application/javascript"),
    )
    yield page
    context.close()
