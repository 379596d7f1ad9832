"""What a rendered page shows: the items and listings it depends on, and when it next changes.

This is the interface the cache offers the rest of the site: whoever decides what a page
shows reports it here while the page renders (``shows`` an item, ``lists`` a model), with
the next moment that decision could change. The page cache stores the page with those
dependencies. Changing an item bumps its dependency's clock, which makes every cached
page that showed it stale, and no other.
"""

import secrets
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache

# Every cached page depends on this tag: what every page shows (navigation, the market list).
SITE_WIDE = "site-wide"
# The pages shown in menus: a page joining a menu changes every menu that could show it.
MENU = "menu"
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

    def include(self, tags, next_change):
        """What a piece of the page (a cached fragment) depends on is the page's too."""
        self.tags.update(tags)
        self.changes_at(next_change)


_current: ContextVar[PageDependencies | None] = ContextVar("page_dependencies", default=None)


@contextmanager
def collecting():
    """Collect what is rendered inside; a collection inside another one adds to it."""
    outer = _current.get()
    dependencies = PageDependencies()
    token = _current.set(dependencies)
    try:
        yield dependencies
    finally:
        _current.reset(token)
        if outer is not None:
            outer.include(dependencies.tags, dependencies.next_change)


def include(tags, next_change=None):
    """Note that the page being rendered depends on ``tags`` (a fragment served from cache)."""
    dependencies = _current.get()
    if dependencies is not None:
        dependencies.include(tags, next_change)


def is_collecting():
    return _current.get() is not None


def item_tag(item, variant=None):
    """The tag of ``item``; with ``variant``, of what the item shows in one variant only
    (a market's own values), so changing that alone stales only the pages that showed it."""
    # Pages share one tag space, whichever specific type shows them.
    if hasattr(item, "page_ptr_id") or item._meta.label_lower == "wagtailcore.page":
        tag = f"wagtailcore.page:{item.pk}"
    else:
        tag = f"{item._meta.label_lower}:{item.pk}"
    return f"{tag}@{variant}" if variant else tag


def listing_tag(model):
    return f"list:{model._meta.label_lower}"


def shows(item, next_change=None):
    """Note that the page being rendered shows ``item`` (or decided not to)."""
    dependencies = _current.get()
    if dependencies is not None and item is not None and item.pk is not None:
        dependencies.add(item_tag(item))
        dependencies.changes_at(next_change)


def shows_variant(item, variant):
    """Note that the page being rendered shows ``item``'s values of one ``variant``."""
    dependencies = _current.get()
    if dependencies is not None and item is not None and item.pk is not None:
        dependencies.add(item_tag(item, variant))


def depends_on(tag):
    """Note that the page being rendered shows what ``tag`` names (``MENU``, say)."""
    dependencies = _current.get()
    if dependencies is not None:
        dependencies.add(tag)


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
    # After the clocks: whoever reads the new token also reads them.
    cache.set(CLOCK_PREFIX + GENERATION, _new_generation(), CLOCK_TIMEOUT)


# When the cache's memory began: a cache that lost its keys (a flush, a restart) lost the
# clocks too, so whatever was rendered before it began again counts as changed.
EPOCH = "epoch"
# A token renewed by every change (and by the cache's memory beginning again): a process
# that found a page fresh under the current token knows it still is, from one small read
# instead of one clock for each thing the page shows.
GENERATION = "generation"


def _new_generation():
    return secrets.token_hex(8)


def clocks_of(tags):
    """When each of ``tags`` last changed (those that ever did), when the cache's memory
    began (``EPOCH``) and the current ``GENERATION``, in one round trip."""
    keys = [CLOCK_PREFIX + tag for tag in {*tags, EPOCH, GENERATION}]
    found = cache.get_many(keys)
    return {key.removeprefix(CLOCK_PREFIX): moment for key, moment in found.items()}


def current_generation():
    """The token of the latest change, or None if the cache holds none."""
    return cache.get(CLOCK_PREFIX + GENERATION)


def unchanged_since(tags, rendered_at, clocks):
    """Whether nothing named by ``tags`` changed since ``rendered_at``, by ``clocks``."""
    epoch = clocks.get(EPOCH)
    if epoch is None or epoch > rendered_at:
        return False
    return all(clocks.get(tag, float("-inf")) < rendered_at for tag in tags)


def begin_epoch(before):
    """Start the cache's memory (if it has none) at ``before``, the start of a render that
    is about to be stored."""
    cache.add(CLOCK_PREFIX + EPOCH, before, CLOCK_TIMEOUT)
    cache.add(CLOCK_PREFIX + GENERATION, _new_generation(), CLOCK_TIMEOUT)


def still_fresh(tags, rendered_at):
    """Whether nothing named by ``tags`` changed since ``rendered_at``."""
    return freshness(tags, rendered_at)[0]


def freshness(tags, rendered_at):
    """``(fresh, generation)``: whether nothing named by ``tags`` changed since
    ``rendered_at``, and the ``GENERATION`` under which that was found (None if none)."""
    clocks = clocks_of(tags)
    return unchanged_since(tags, rendered_at, clocks), clocks.get(GENERATION)
