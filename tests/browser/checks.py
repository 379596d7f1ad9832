"""What the browser tests check on every page: axe-core and screenshots at two widths."""

from tests.browser.conftest import DESKTOP, PHONE, SCREENSHOTS

# WCAG 2.0, 2.1 and 2.2 at levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
BLOCKING = {"serious", "critical"}


def axe_violations(page):
    """The serious and critical axe-core violations of the page, readable in a failure."""
    page.add_script_tag(url="/__axe__/axe.min.js")
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    assert results["passes"], "axe-core checked nothing"
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        for violation in results["violations"]
        if violation["impact"] in BLOCKING
    ]


def screenshots(page, name):
    """Full-page screenshots at phone and desktop width into test-results/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # A full-page screenshot does not scroll, so lazy images below the fold are fetched first.
    page.evaluate("() => document.querySelectorAll('img').forEach(i => { i.loading = 'eager'; })")
    page.wait_for_function("() => Array.from(document.images).every(image => image.complete)")
    for label, viewport in (("390", PHONE), ("1280", DESKTOP)):
        page.set_viewport_size(viewport)
        page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png", full_page=True)
    page.set_viewport_size(PHONE)


def overflows_phone_width(page):
    """Whether the page scrolls sideways at 390 px (WCAG 1.4.10, reflow)."""
    return page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth")


def check_page(page, name):
    """axe-core finds nothing serious, nothing scrolls sideways; screenshots are taken."""
    assert axe_violations(page) == [], name
    assert not overflows_phone_width(page), name
    screenshots(page, name)
