"""A generated history of engagement for the demo, and the demo's QR placements.

The history is the same on every run (a fixed seed), always ends on each market's today, and
every row is flagged ``is_demo``: the report says so. Loading again replaces it.
"""

import random
from datetime import timedelta

from django.utils import timezone

import yaml

from campaign.demo.data import CONTENT_FOLDER, DemoContentError
from campaign.engagement.events import FUNNEL, Event
from campaign.engagement.models import DailyCount, DailyVisitors, Placement
from campaign.models import CampaignHomePage, FilmPage, Market

SEED = 2018
# Of the plays, the share that reached each quarter, before the market's own completion.
REACHED = {Event.PLAYED_25: 0.86, Event.PLAYED_50: 0.72, Event.PLAYED_75: 0.6}
VIEWS_PER_VISIT = 2.3
PLAYS_PER_FILM_VIEW = 0.55
CAPTIONS_PER_PLAY = 0.18
VISITORS_PER_VISIT = 0.82


def read_engagement_content(path=None):
    path = path or CONTENT_FOLDER / "engagement.yaml"
    try:
        with open(path, encoding="utf-8") as stream:
            content = yaml.safe_load(stream)
    except (OSError, yaml.YAMLError) as error:
        raise DemoContentError(f"{path.name}: cannot be read: {error}") from error
    for key in ("days", "markets", "campaigns", "placements"):
        if key not in content:
            raise DemoContentError(f"{path.name}: “{key}” is missing")
    return content


def _pages():
    """``[(page, weight)]`` of the pages visits land on, and the films among them."""
    home = CampaignHomePage.objects.first()
    if home is None:
        return [], {}
    pages = list(home.get_descendants(inclusive=True).live().specific())
    films = {page.slug_en: page for page in pages if isinstance(page, FilmPage)}
    weights = [
        (page, 6 if page.pk == home.pk else 3 if page in films.values() else 1) for page in pages
    ]
    return weights, films


def load_placements(content, films):
    """The demo's placements, created when missing; how many were created."""
    markets = {market.code: market for market in Market.objects.all()}
    home = CampaignHomePage.objects.first()
    created = 0
    for data in content["placements"]:
        if data["market"] not in markets or Placement.objects.filter(code=data["code"]).exists():
            continue
        page = home if data["page"] == "home" else films.get(data["page"])
        Placement.objects.create(
            market=markets[data["market"]], code=data["code"], name=data["name"], page=page
        )
        created += 1
    return created


def _split(rng, total, weights):
    """``total`` spread over ``weights`` (a dict), with a little noise, never below zero."""
    scale = sum(weights.values())
    if not scale:
        return dict.fromkeys(weights, 0)
    return {
        key: max(0, round(total * weight / scale * rng.uniform(0.85, 1.15)))
        for key, weight in weights.items()
    }


class DemoHistory:
    """The counts of every market's demo days, drawn from one seeded generator."""

    def __init__(self, content, pages, films):
        self.content = content
        self.pages = pages
        self.films = films
        # Demo figures, not secrets: a fixed seed makes every run draw the same history.
        self.rng = random.Random(SEED)  # noqa: S311
        self.placements = {p.code: p for p in Placement.objects.all()}
        self.counts = []
        self.visitors = []

    def count(self, day, market, event, n, **key):
        if n > 0:
            self.counts.append(
                DailyCount(day=day, market=market, event=event, count=n, is_demo=True, **key)
            )

    def add_day(self, market, day, busy):
        """One market's day; ``busy`` multiplies its ordinary traffic."""
        shape = self.content["markets"][market.code]
        rng = self.rng
        visits = round(shape["visits"] * busy * rng.uniform(0.9, 1.1))
        entry_page = self.pages[0][0].pk
        page_views = _split(
            rng, round(visits * VIEWS_PER_VISIT), {page.pk: w for page, w in self.pages}
        )
        for page_id, n in page_views.items():
            self.count(day, market, Event.VIEW, n, page_id=page_id)
        # Visits begin on each page in proportion to its views, from the market's sources.
        for page_id, entries in _split(rng, visits, page_views).items():
            for source, n in _split(rng, entries, shape["sources"]).items():
                self.count(day, market, Event.VISIT, n, page_id=page_id, referrer=source)
        for tag in self.content["campaigns"]:
            tags = {k: v for k, v in tag.items() if k.startswith("utm_")}
            n = round(visits * tag["share"])
            self.count(day, market, Event.VISIT, n, page_id=entry_page, **tags)
        for film in self.films.values():
            plays = round(page_views.get(film.pk, 0) * PLAYS_PER_FILM_VIEW)
            reached = {Event.PLAY: plays}
            reached.update({stage: round(plays * share) for stage, share in REACHED.items()})
            completion = shape["completion"] * rng.uniform(0.95, 1.05)
            reached[Event.PLAYED_100] = round(plays * completion)
            for stage in FUNNEL:
                self.count(day, market, stage, reached[stage], page_id=film.pk, film_id=film.pk)
            captions = round(plays * CAPTIONS_PER_PLAY)
            self.count(day, market, Event.CAPTIONS, captions, page_id=film.pk, film_id=film.pk)
        for data in self.content["placements"]:
            placement = self.placements.get(data["code"])
            if placement and placement.market_id == market.pk:
                scans = round(data["scans"] * busy * rng.uniform(0.8, 1.2))
                self.count(
                    day,
                    market,
                    Event.SCAN,
                    scans,
                    page_id=placement.page_id or 0,
                    placement_id=placement.pk,
                )
        self.visitors.append(
            DailyVisitors(
                day=day, market=market, visitors=round(visits * VISITORS_PER_VISIT), is_demo=True
            )
        )


def load_demo_engagement(now=None):
    """Replace the demo history; ``{"days of demo engagement": n, "placements": n}``."""
    content = read_engagement_content()
    pages, films = _pages()
    created = {"placements": load_placements(content, films)}
    DailyCount.objects.filter(is_demo=True).delete()
    DailyVisitors.objects.filter(is_demo=True).delete()
    if not pages:
        return created
    now = now or timezone.now()
    days = content["days"]
    history = DemoHistory(content, pages, films)
    for market in Market.objects.filter(code__in=content["markets"]):
        today = now.astimezone(market.tzinfo).date()
        for offset in range(days):
            day = today - timedelta(days=days - 1 - offset)
            # The launch, halfway through, doubles the visits; weekends bring a fifth more.
            launch = 2.0 if offset >= days // 2 else 1.0
            weekend = 1.2 if day.weekday() >= 5 else 1.0
            history.add_day(market, day, launch * weekend)
    DailyCount.objects.bulk_create(history.counts, batch_size=1000)
    DailyVisitors.objects.bulk_create(history.visitors, batch_size=1000)
    created["days of demo engagement"] = days
    return created
