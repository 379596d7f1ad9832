"""The launch calendar: upcoming go-lives and expiries per market, in each market's time."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.admin.utils import quote
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, WorkflowState

from campaign.models import Market, PageMarketSchedule, QuoteMarketSchedule, StatisticMarketSchedule
from campaign.translations.status import translation_problems

AT_RISK_WINDOW = timedelta(hours=48)
GO_LIVE = "go_live"
EXPIRY = "expiry"
CONTENT_TYPES = {
    "page": PageMarketSchedule,
    "quote": QuoteMarketSchedule,
    "statistic": StatisticMarketSchedule,
}


@dataclass
class CalendarEntry:
    """One go-live or expiry of one item in one market."""

    market: Market
    item: object
    kind: str
    at: datetime
    edit_url: str
    risks: list[str] = field(default_factory=list)

    @property
    def local_time(self):
        return timezone.localtime(self.at, self.market.tzinfo)

    @property
    def at_risk(self):
        return bool(self.risks)


def _items_of(schedules, content_type):
    if content_type == "page":
        pages = Page.objects.filter(pk__in={s.page_id for s in schedules}).specific()
        return {page.pk: page for page in pages}
    relation = "quote" if content_type == "quote" else "statistic"
    return {getattr(s, f"{relation}_id"): getattr(s, relation) for s in schedules}


def _item_id(schedule, content_type):
    return schedule.page_id if content_type == "page" else getattr(schedule, f"{content_type}_id")


def _edit_url(item, content_type):
    if content_type == "page":
        return reverse("wagtailadmin_pages:edit", args=[item.pk])
    opts = item._meta
    return reverse(
        f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[quote(item.pk)]
    )


def _in_workflow(items):
    """The ids of the items that are still going through a workflow."""
    keys = set(WorkflowState.objects.active().values_list("base_content_type_id", "object_id"))
    return {id(item) for item in items if (item.get_base_content_type().pk, str(item.pk)) in keys}


def launch_calendar(now=None, weeks=4, market_code=None, content_type=None):
    """Entries from ``now`` for ``weeks`` weeks, ordered by time, with their at-risk reasons."""
    now = now or timezone.now()
    until = now + timedelta(weeks=weeks)
    window = Q(go_live_at__gte=now, go_live_at__lt=until) | Q(
        expire_at__gte=now, expire_at__lt=until
    )
    entries = []
    for type_name, model in CONTENT_TYPES.items():
        if content_type and content_type != type_name:
            continue
        schedules = model.objects.filter(window, market__is_active=True).select_related("market")
        if market_code:
            schedules = schedules.filter(market__code=market_code)
        schedules = list(schedules)
        items = _items_of(schedules, type_name)
        for schedule in schedules:
            item = items.get(_item_id(schedule, type_name))
            if item is None:
                continue
            url = _edit_url(item, type_name)
            for kind, moment in ((GO_LIVE, schedule.go_live_at), (EXPIRY, schedule.expire_at)):
                if moment and now <= moment < until:
                    entries.append(CalendarEntry(schedule.market, item, kind, moment, url))
    _mark_risks(entries, now)
    return sorted(entries, key=lambda entry: (entry.at, entry.market.sort_order))


def _mark_risks(entries, now):
    soon = [e for e in entries if e.kind == GO_LIVE and e.at - now <= AT_RISK_WINDOW]
    in_workflow = _in_workflow([e.item for e in soon])
    for entry in soon:
        if id(entry.item) in in_workflow:
            entry.risks.append("workflow")
        if translation_problems(entry.item, [entry.market.language]):
            entry.risks.append("translations")
