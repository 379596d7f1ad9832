"""Which markets a publish changed, when it changed only some markets' own values.

A film's own video or poster in Japan shows only on Japan's pages, so a publish that
changes nothing else makes only Japan's cached pages stale (the page cache asks through
``register_change_scope``). Anything else that differs from the version live before, or
a version that cannot be found, makes every market's pages stale, as any publish does.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

from wagtail.models import PageLogEntry

from campaign.markets.current import all_markets

# What a publish changes in every revision without changing what visitors see.
BOOKKEEPING = {
    "pk",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "wagtail_admin_comments",
    "comments",
}


def _previous_live(page, revision):
    entry = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish", revision__isnull=False)
        .exclude(revision=revision)
        .order_by("-timestamp", "-pk")
        .select_related("revision")
        .first()
    )
    return entry.revision if entry else None


def _rows_by_market(rows):
    return {
        row.get("market"): {k: v for k, v in row.items() if k not in ("pk", "sort_order")}
        for row in rows or []
    }


def _content(revision):
    # A revision just saved still holds Python values (dates); one read back holds JSON.
    return json.loads(json.dumps(revision.content, cls=DjangoJSONEncoder))


def market_values_scope(page, revision):
    """The codes of the markets whose own values alone changed, or None."""
    relation = getattr(type(page), "market_values_relation", None)
    if relation is None:
        return None
    previous = _previous_live(page, revision)
    if previous is None:
        return None
    before, after = _content(previous), _content(revision)
    old_rows = _rows_by_market(before.pop(relation, []))
    new_rows = _rows_by_market(after.pop(relation, []))
    for key in BOOKKEEPING:
        before.pop(key, None)
        after.pop(key, None)
    if before != after:
        return None
    changed = {
        market
        for market in set(old_rows) | set(new_rows)
        if old_rows.get(market) != new_rows.get(market)
    }
    codes = {m.code for m in all_markets() if m.pk in changed}
    return codes if codes and len(codes) == len(changed) else None
