"""When an item goes live and expires in each market.

Publishing is the global switch; a per-market schedule narrows it (``MarketSchedule``).
"""

from django.db.models import Exists, Min, OuterRef, Q

from campaign.markets.related import related_items
from campaign.platform.page_cache import moment as rendering


def market_schedule(item, market):
    """The item's go-live and expiry in ``market``, or None when it has none there."""
    return next(
        (s for s in related_items(item, "market_schedules") if s.market_id == market.pk), None
    )


def is_live_in(item, market, moment=None) -> bool:
    """Whether the item's go-live in ``market`` has come and its expiry has not."""
    schedule = market_schedule(item, market)
    return schedule is None or schedule.is_open_at(moment or rendering.now())


def next_schedule_change(item, market, moment=None):
    """The next go-live or expiry of ``item`` in ``market`` after ``moment``, if any."""
    schedule = market_schedule(item, market)
    moment = moment or rendering.now()
    if schedule is None:
        return None
    upcoming = [t for t in (schedule.go_live_at, schedule.expire_at) if t and t > moment]
    return min(upcoming, default=None)


def schedule_model(model):
    """The schedule model of ``model``'s items (pages share one)."""
    return model._meta.get_field("market_schedules").related_model


def closed_in(model, market, moment):
    """A filter expression: the item's schedule in ``market`` is closed at ``moment``."""
    relation = model._meta.get_field("market_schedules")
    closed = relation.related_model.objects.filter(
        Q(go_live_at__gt=moment) | Q(expire_at__lte=moment),
        market=market,
        **{relation.field.name: OuterRef("pk")},
    )
    return Exists(closed)


def next_listing_change(model, market, moment):
    """The next go-live or expiry in ``market`` of any item of ``model`` after ``moment``."""
    upcoming = (
        schedule_model(model)
        .objects.filter(market=market)
        .aggregate(
            go_live=Min("go_live_at", filter=Q(go_live_at__gt=moment)),
            expiry=Min("expire_at", filter=Q(expire_at__gt=moment)),
        )
    )
    return min((t for t in upcoming.values() if t), default=None)
