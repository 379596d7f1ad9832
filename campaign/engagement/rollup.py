"""The roll-up: buffered events become daily counts per market, in each market's own days.

Run every minute by the worker (``campaign.engagement.tasks``), or by
``manage.py roll_up_engagement``. Events that name a page, film or placement that does not
exist are dropped, so a forged beacon cannot grow the tables.
"""

import json
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page

from campaign.engagement.buffer import event_buffer
from campaign.engagement.events import FILM_EVENTS, UTM_FIELDS, Event
from campaign.engagement.models import DailyCount, DailyVisitors, Placement, VisitorMark
from campaign.models import FilmPage, Market

logger = logging.getLogger(__name__)

# A market's day is closed (its visitor marks deleted) this long after its midnight, so that
# events buffered just before midnight are still matched against the day's visitors.
CLOSING_DELAY = timedelta(minutes=15)
KEY_FIELDS = ("day", "market_id", "event", "page_id", "film_id", "placement_id", "referrer")
KEY_FIELDS += UTM_FIELDS


@dataclass
class RollupResult:
    """What one roll-up did: events read and dropped, counts written, visitors first seen."""

    events: int = 0
    dropped: int = 0
    counts: int = 0
    new_visitors: int = 0


def _decode(raw):
    try:
        event = json.loads(raw)
        return event if isinstance(event, dict) else None
    except ValueError:
        return None


def _known_ids(events):
    """The pages, films and placements the events name that exist."""
    pages = {event.get("p", 0) for event in events} - {0}
    films = {event.get("f", 0) for event in events} - {0}
    placements = {event.get("s", 0) for event in events} - {0}
    return (
        set(Page.objects.filter(pk__in=pages).values_list("pk", flat=True)) | {0},
        set(FilmPage.objects.filter(pk__in=films).values_list("pk", flat=True)),
        set(Placement.objects.filter(pk__in=placements).values_list("pk", flat=True)),
    )


def aggregate(raw_events, markets):
    """``(Counter of count keys, {(day, market_id): {hashes}}, dropped)`` for the events."""
    events = [event for event in map(_decode, raw_events) if event]
    dropped = len(raw_events) - len(events)
    pages, films, placements = _known_ids(events)
    counts = Counter()
    marks = defaultdict(set)
    for event in events:
        market = markets.get(event.get("m"))
        name = event.get("e")
        film = event.get("f", 0)
        placement = event.get("s", 0)
        if (
            market is None
            or name not in Event.values
            or not isinstance(event.get("t"), int)
            or event.get("p", 0) not in pages
            or (name in FILM_EVENTS and film not in films)
            or (name == Event.SCAN and placement not in placements)
        ):
            dropped += 1
            continue
        day = datetime.fromtimestamp(event["t"], market.tzinfo).date()
        key = dict.fromkeys(KEY_FIELDS, "")
        key.update(
            day=day,
            market_id=market.pk,
            event=name,
            page_id=event.get("p", 0),
            film_id=film if name in FILM_EVENTS else 0,
            placement_id=placement if name == Event.SCAN else 0,
        )
        counts[tuple(key.values())] += 1
        if name == Event.VIEW and event.get("x"):
            # The view that started a visit carries where the visit came from.
            key.update(
                event=Event.VISIT.value,
                referrer=event.get("r", ""),
                **{field: event.get(field, "") for field in UTM_FIELDS},
            )
            counts[tuple(key.values())] += 1
        if event.get("v"):
            marks[(day, market.pk)].add(event["v"])
    return counts, marks, dropped


def _write_counts(counts):
    new = []
    for key, count in counts.items():
        fields = dict(zip(KEY_FIELDS, key, strict=True))
        updated = DailyCount.objects.filter(is_demo=False, **fields).update(
            count=F("count") + count
        )
        if not updated:
            new.append(DailyCount(count=count, **fields))
    DailyCount.objects.bulk_create(new, batch_size=500)


def _write_visitors(marks):
    """Add the visitors not seen yet on each market's day; the new visitors' number."""
    added = 0
    for (day, market_id), digests in marks.items():
        seen = set()
        for chunk in _chunks(sorted(digests), 500):
            seen |= set(
                VisitorMark.objects.filter(
                    day=day, market_id=market_id, digest__in=chunk
                ).values_list("digest", flat=True)
            )
        fresh = digests - seen
        if not fresh:
            continue
        VisitorMark.objects.bulk_create(
            [VisitorMark(day=day, market_id=market_id, digest=digest) for digest in fresh],
            batch_size=500,
        )
        updated = DailyVisitors.objects.filter(day=day, market_id=market_id, is_demo=False).update(
            visitors=F("visitors") + len(fresh)
        )
        if not updated:
            DailyVisitors.objects.create(day=day, market_id=market_id, visitors=len(fresh))
        added += len(fresh)
    return added


def _chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def close_finished_days(markets, now=None):
    """Delete the visitor marks of days that are over, and the salts no market still uses."""
    now = now or timezone.now()
    for market in markets:
        open_day = (now - CLOSING_DELAY).astimezone(market.tzinfo).date()
        VisitorMark.objects.filter(market=market, day__lt=open_day).delete()
    if not markets:
        return
    # A salt is used by every market whose day it is; the westernmost market ends it last.
    earliest_today = min(now.astimezone(market.tzinfo).date() for market in markets).isoformat()
    buffer = event_buffer()
    buffer.forget_salts({day for day in buffer.salt_days() if day < earliest_today})


def roll_up(now=None) -> RollupResult:
    """Add the buffered events to the daily counts, then close the days that are over."""
    markets = {market.code: market for market in Market.objects.all()}
    result = RollupResult()
    with event_buffer().batch(settings.ENGAGEMENT_ROLLUP_BATCH) as raw_events:
        if raw_events:
            counts, marks, dropped = aggregate(raw_events, markets)
            with transaction.atomic():
                _write_counts(counts)
                result.new_visitors = _write_visitors(marks)
            result.events, result.dropped, result.counts = len(raw_events), dropped, len(counts)
    close_finished_days(list(markets.values()), now)
    if result.dropped:
        logger.warning("Engagement roll-up dropped %s of %s events", result.dropped, result.events)
    return result
