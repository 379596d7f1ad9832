"""What the engagement report and the dashboard panel show, read from the daily counts."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page

from campaign.engagement.events import FUNNEL, Event
from campaign.engagement.models import DailyCount, DailyVisitors, Placement

TOP = 10


@dataclass
class MarketTotals:
    """One market's figures over a range of days (``market`` is None for all of them)."""

    market: object
    views: int = 0
    visits: int = 0
    visitors: int = 0
    plays: int = 0
    completions: int = 0
    scans: int = 0

    @property
    def completion_rate(self):
        return self.completions / self.plays if self.plays else None


@dataclass
class FilmFunnel:
    """How far one film was watched in one market: plays and each quarter reached."""

    film: str
    market: object
    stages: dict = field(default_factory=dict)
    captions: int = 0
    posters: int = 0

    @property
    def plays(self):
        return self.stages.get(Event.PLAY, 0)

    @property
    def completion_rate(self):
        return self.stages.get(Event.PLAYED_100, 0) / self.plays if self.plays else None


@dataclass
class Report:
    """Everything the engagement report shows for some markets and days."""

    markets: list
    start: date
    end: date
    totals: list
    overall: MarketTotals
    daily: list
    top_pages: list
    funnels: list
    funnel_stages: list
    sources: list
    campaigns: list
    placements: list
    has_demo_data: bool


def _titles(ids, queryset):
    """``{id: title}``; 0 and deleted items get a name of their own."""
    titles = {pk: str(item) for pk, item in queryset.in_bulk(ids - {0}).items()}
    titles[0] = _("Pages outside the page tree (search)")
    for missing in ids - set(titles):
        titles[missing] = _("Deleted item #%(id)s") % {"id": missing}
    return titles


def market_totals(markets, start, end):
    """One ``MarketTotals`` per market for ``start``…``end`` (the markets' own days)."""
    totals = {market.pk: MarketTotals(market) for market in markets}
    events = {
        Event.VIEW: "views",
        Event.VISIT: "visits",
        Event.PLAY: "plays",
        Event.PLAYED_100: "completions",
        Event.SCAN: "scans",
    }
    rows = (
        DailyCount.objects.filter(market__in=markets, day__range=(start, end), event__in=events)
        .values("market_id", "event")
        .annotate(total=Sum("count"))
    )
    for row in rows:
        setattr(totals[row["market_id"]], events[row["event"]], row["total"])
    visitors = (
        DailyVisitors.objects.filter(market__in=markets, day__range=(start, end))
        .values("market_id")
        .annotate(total=Sum("visitors"))
    )
    for row in visitors:
        totals[row["market_id"]].visitors = row["total"]
    return list(totals.values())


def _daily(markets, start, end):
    days = {
        start + timedelta(days=n): {"visits": 0, "visitors": 0}
        for n in range((end - start).days + 1)
    }
    rows = (
        DailyCount.objects.filter(market__in=markets, day__range=(start, end), event=Event.VISIT)
        .values("day")
        .annotate(total=Sum("count"))
    )
    for row in rows:
        days[row["day"]]["visits"] = row["total"]
    visitors = (
        DailyVisitors.objects.filter(market__in=markets, day__range=(start, end))
        .values("day")
        .annotate(total=Sum("visitors"))
    )
    for row in visitors:
        days[row["day"]]["visitors"] = row["total"]
    return [{"day": day, **values} for day, values in days.items()]


def _top_pages(counts):
    rows = list(
        counts.filter(event__in=[Event.VIEW, Event.VISIT])
        .values("page_id", "event")
        .annotate(total=Sum("count"))
    )
    pages = defaultdict(lambda: {"views": 0, "visits": 0})
    for row in rows:
        pages[row["page_id"]]["views" if row["event"] == Event.VIEW else "visits"] += row["total"]
    titles = _titles(set(pages), Page.objects.all())
    ranked = sorted(pages.items(), key=lambda item: (-item[1]["views"], item[0]))[:TOP]
    return [{"title": titles[pk], **values} for pk, values in ranked]


def _funnels(counts, markets):
    by_market = {market.pk: market for market in markets}
    rows = (
        counts.filter(event__in=[*FUNNEL, Event.CAPTIONS, Event.POSTER])
        .values("film_id", "market_id", "event")
        .annotate(total=Sum("count"))
    )
    funnels = {}
    for row in rows:
        funnel = funnels.setdefault(
            (row["film_id"], row["market_id"]), FilmFunnel("", by_market[row["market_id"]])
        )
        if row["event"] == Event.CAPTIONS:
            funnel.captions += row["total"]
        elif row["event"] == Event.POSTER:
            funnel.posters += row["total"]
        else:
            funnel.stages[row["event"]] = funnel.stages.get(row["event"], 0) + row["total"]
    titles = _titles({film for film, _market in funnels}, Page.objects.all())
    for (film, _market), funnel in funnels.items():
        funnel.film = titles[film]
    order = {market.pk: index for index, market in enumerate(markets)}
    return sorted(funnels.values(), key=lambda f: (-f.plays, f.film, order[f.market.pk]))


def _sources(counts):
    rows = (
        counts.filter(event=Event.VISIT)
        .values("referrer")
        .annotate(total=Sum("count"))
        .order_by("-total", "referrer")[:TOP]
    )
    return [
        {"source": row["referrer"] or _("Direct or unknown"), "visits": row["total"]}
        for row in rows
    ]


def _campaigns(counts):
    rows = (
        counts.filter(event=Event.VISIT)
        .exclude(utm_source="", utm_medium="", utm_campaign="")
        .values("utm_source", "utm_medium", "utm_campaign")
        .annotate(total=Sum("count"))
        .order_by("-total", "utm_source", "utm_medium", "utm_campaign")[:TOP]
    )
    return [{**row, "visits": row.pop("total")} for row in rows]


def _placements(counts, markets):
    scans = dict(
        counts.filter(event=Event.SCAN).values_list("placement_id").annotate(total=Sum("count"))
    )
    placements = Placement.objects.filter(market__in=markets).select_related("market", "page")
    rows = [{"placement": p, "scans": scans.get(p.pk, 0)} for p in placements]
    return sorted(rows, key=lambda row: (-row["scans"], str(row["placement"])))


def engagement_report(markets, start, end) -> Report:
    """Everything the report shows for ``markets`` from ``start`` to ``end``, both included."""
    counts = DailyCount.objects.filter(market__in=markets, day__range=(start, end))
    totals = market_totals(markets, start, end)
    overall = MarketTotals(None)
    for row in totals:
        for name in ("views", "visits", "visitors", "plays", "completions", "scans"):
            setattr(overall, name, getattr(overall, name) + getattr(row, name))
    stage_totals = dict(
        counts.filter(event__in=FUNNEL).values_list("event").annotate(total=Sum("count"))
    )
    return Report(
        markets=markets,
        start=start,
        end=end,
        totals=totals,
        overall=overall,
        daily=_daily(markets, start, end),
        top_pages=_top_pages(counts),
        funnels=_funnels(counts, markets),
        funnel_stages=[(Event(stage).label, stage_totals.get(stage, 0)) for stage in FUNNEL],
        sources=_sources(counts),
        campaigns=_campaigns(counts),
        placements=_placements(counts, markets),
        has_demo_data=counts.filter(is_demo=True).exists()
        or DailyVisitors.objects.filter(
            market__in=markets, day__range=(start, end), is_demo=True
        ).exists(),
    )


def last_seven_days(markets, now=None):
    """Each market's totals over its own last seven days, today included."""
    now = now or timezone.now()
    rows = []
    for market in markets:
        end = now.astimezone(market.tzinfo).date()
        rows += market_totals([market], end - timedelta(days=6), end)
    return rows
