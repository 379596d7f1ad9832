"""An item's markets and schedules, read once however often the rules ask."""

from itertools import groupby

from django.db.models import prefetch_related_objects


def related_items(item, name):
    """``item``'s related objects under ``name``, prefetched or read once and kept."""
    prefetched = getattr(item, "_prefetched_objects_cache", {})
    if name in prefetched:
        return prefetched[name]
    kept = item.__dict__.setdefault("_related_for_markets", {})
    if name not in kept:
        kept[name] = list(getattr(item, name).all())
    return kept[name]


def prefetch_market_data(items):
    """Load the markets and schedules of a list of items (of any models) in a few queries."""
    for _model, group in groupby(sorted(items, key=lambda i: type(i).__name__), key=type):
        prefetch_related_objects(list(group), "markets", "market_schedules")
    return items
