"""Pieces of pages rendered once and reused until what they show changes.

A fragment (a site's navigation, a page's head tags, a card) is stored with the
dependencies collected while it rendered, exactly as whole pages are, and served while
none of them changed and its next go-live or expiry has not come. A page that uses a
cached fragment depends on what the fragment shows, so the page cache stays exact.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from campaign.platform.page_cache import moment as rendering
from campaign.platform.page_cache.dependencies import (
    SITE_WIDE,
    begin_epoch,
    clocks_of,
    collecting,
    include,
    item_tag,
    shows,
    unchanged_since,
)

FRAGMENT_PREFIX = "page-cache:fragment:"


def _key_part(part):
    # A model instance stands for itself, whatever its type: "campaign.quote:12".
    return item_tag(part) if hasattr(part, "_meta") else str(part)


def fragment_key(*parts):
    raw = "|".join(_key_part(part) for part in parts)
    return FRAGMENT_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def _usable(entry, clocks):
    if entry is None or not unchanged_since(entry["tags"], entry["rendered_at"], clocks):
        return False
    return entry["next_change"] is None or rendering.now() < entry["next_change"]


def cached_fragment(render, *key_parts):
    """What ``render()`` returns (HTML, or any value), from the cache while nothing it shows
    has changed. Model instances among ``key_parts`` are part of what it shows."""
    return cached_fragments([(key_parts, render)])[0]


def cached_fragments(parts_and_renders, before_rendering=None):
    """Many fragments at once, read from the cache in two round trips: ``[(key parts,
    render)]`` in, their values out, in order. ``before_rendering(indexes)`` prepares what
    the fragments to render need (their images, say) in one go."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0:
        entries, clocks = {}, {}
        keys = [None] * len(parts_and_renders)
    else:
        keys = [fragment_key(*parts) for parts, _render in parts_and_renders]
        entries = cache.get_many(keys)
        clocks = clocks_of({tag for entry in entries.values() for tag in entry["tags"]})
    usable = {index for index, key in enumerate(keys) if _usable(entries.get(key), clocks)}
    missing = [index for index in range(len(keys)) if index not in usable]
    if missing and before_rendering is not None:
        before_rendering(missing)
    values = []
    for index, (key, (parts, render)) in enumerate(zip(keys, parts_and_renders, strict=True)):
        if index in usable:
            entry = entries[key]
            include(entry["tags"], entry["next_change"])
            values.append(entry["html"])
        elif key is None:
            values.append(render())
        else:
            values.append(_render_and_store(key, render, parts))
    return values


def _render_and_store(key, render, key_parts):
    seconds = settings.FRAGMENT_CACHE_SECONDS
    rendered_at = time.time()
    with collecting() as dependencies:
        for part in key_parts:
            if hasattr(part, "_meta"):
                shows(part)
        html = render()
    timeout = seconds
    if dependencies.next_change is not None:
        timeout = min(timeout, int((dependencies.next_change - rendering.now()).total_seconds()))
    # A fragment rendered for a coming moment would show visitors what is not yet live.
    if timeout > 0 and not rendering.is_ahead():
        begin_epoch(rendered_at)
        entry = {
            "html": html,
            "tags": sorted(dependencies.tags | {SITE_WIDE}),
            "next_change": dependencies.next_change,
            "rendered_at": rendered_at,
        }
        cache.set(key, entry, timeout)
    return html
