"""What a rendered page shows: the items and listings it depends on, and when it next changes.

Availability checks (``campaign.markets``) report every item and listing a page shows while
it renders; the page cache stores the page with those dependencies. Changing an item bumps
its dependency's clock, which makes every cached page that showed it stale, and no other.
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache

MARKETS = "markets"
CLOCK_PREFIX = "page-cache:changed:"
# Clocks outlive any cached page, so a page never outlives the news of a change.
CLOCK_TIMEOUT = 60 * 60 * 24 * 30


@dataclass
class PageDependencies:
    """Collected while one page renders."""

    tags: set[str] = field(default_factory=set)
    next_change: datetime | None = None

    def add(self, tag):
        self.tags.add(tag)

    def changes_at(self, moment):
        if moment is not None and (self.next_change is None or moment < self.next_change):
            self.next_change = moment


_current: ContextVar[PageDependencies | None] = ContextVar("page_dependencies", default=None)


@contextmanager
def collecting():
    dependencies = PageDependencies()
    token = _current.set(dependencies)
    try:
        yield dependencies
    finally:
        _current.reset(token)


def is_collecting():
    return _current.get() is not None


def item_tag(item):
    # Pages share one tag space, whichever specific type shows them.
    if hasattr(item, "page_ptr_id") or item._meta.label_lower == "wagtailcore.page":
        return f"wagtailcore.page:{item.pk}"
    return f"{item._meta.label_lower}:{item.pk}"


def listing_tag(model):
    return f"list:{model._meta.label_lower}"


def shows(item, next_change=None):
    """Note that the page being rendered shows ``item`` (or decided not to)."""
    dependencies = _current.get()
    if dependencies is not None and item is not None and item.pk is not None:
        dependencies.add(item_tag(item))
        dependencies.changes_at(next_change)


def lists(model, next_change=None):
    """Note that the page being rendered lists items of ``model``."""
    dependencies = _current.get()
    if dependencies is not None:
        dependencies.add(listing_tag(model))
        dependencies.changes_at(next_change)


def changed(*tags):
    """Record that what ``tags`` name changed now: pages cached before are stale."""
    now = time.time()
    cache.set_many({CLOCK_PREFIX + tag: now for tag in tags}, CLOCK_TIMEOUT)


def still_fresh(tags, rendered_at):
    """Whether nothing named by ``tags`` changed since ``rendered_at``."""
    if not tags:
        return True
    clocks = cache.get_many([CLOCK_PREFIX + tag for tag in tags])
    return all(changed_at < rendered_at for changed_at in clocks.values())
