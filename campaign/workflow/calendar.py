"""The launch calendar: upcoming go-lives and expiries per market, in each market's time."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, prefetch_related_objects
from django.utils import timezone

from wagtail.models import Page, WorkflowState

from campaign.markets.models import Market
from campaign.models import CAMPAIGN_SNIPPETS
from campaign.platform.admin_views import edit_url
from campaign.translations.models import TranslationGap

AT_RISK_WINDOW = timedelta(hours=48)
GO_LIVE = "go_live"
EXPIRY = "expiry"


def scheduled_content_types():
    """``{content type: its schedule relation}``: pages share one, each snippet has its own."""
    relations = {"page": Page._meta.get_field("market_schedules")}
    for model in CAMPAIGN_SNIPPETS:
        relations[model._meta.model_name] = model._meta.get_field("market_schedules")
    return relations


@dataclass
class CalendarEntry:
    """One go-live or expiry of one item in one market."""

    market: Market
    item: object
    kind: str
    at: datetime
    edit_url: str
    risks: list[str] = field(default_factory=list)
    # The video service the market cannot reach, when that is a risk.
    unreachable_service: str = ""

    @property
    def local_time(self):
        return timezone.localtime(self.at, self.market.tzinfo)

    @property
    def at_risk(self):
        return bool(self.risks)


def _items_of(schedules, relation):
    """The scheduled items, by id: pages as their specific type."""
    key = relation.field.attname
    ids = {getattr(schedule, key) for schedule in schedules}
    items = relation.model.objects.filter(pk__in=ids)
    if relation.model is Page:
        items = items.specific()
    return {item.pk: item for item in items}


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
    for type_name, relation in scheduled_content_types().items():
        if content_type and content_type != type_name:
            continue
        schedules = relation.related_model.objects.filter(window, market__is_active=True)
        schedules = schedules.select_related("market")
        if market_code:
            schedules = schedules.filter(market__code=market_code)
        schedules = list(schedules)
        items = _items_of(schedules, relation)
        for schedule in schedules:
            item = items.get(getattr(schedule, relation.field.attname))
            if item is None:
                continue
            url = edit_url(item)
            for kind, moment in ((GO_LIVE, schedule.go_live_at), (EXPIRY, schedule.expire_at)):
                if moment and now <= moment < until:
                    entries.append(CalendarEntry(schedule.market, item, kind, moment, url))
    _mark_risks(entries, now)
    return sorted(entries, key=lambda entry: (entry.at, entry.market.sort_order))


def _untranslated(entries):
    """``(item key, language)`` of the entries whose item has a gap in their market's language."""
    keys = {(type(e.item), str(e.item.pk)) for e in entries}
    gaps = TranslationGap.objects.none()
    for model in {model for model, _pk in keys}:
        content_type = ContentType.objects.get_for_model(model)
        ids = [pk for kind, pk in keys if kind is model]
        gaps |= TranslationGap.objects.filter(content_type=content_type, object_id__in=ids)
    languages = {e.market.language for e in entries}
    rows = (
        gaps.filter(language__in=languages)
        .exclude(state=TranslationGap.COVERED)
        .values_list("content_type", "object_id", "language")
    )
    return {(content_type, object_id, language) for content_type, object_id, language in rows}


def _mark_unreachable(entries):
    """A film that cannot play in a market is at risk there whenever it goes live."""
    films = [e.item for e in entries if e.kind == GO_LIVE and hasattr(e.item, "unreachable_in")]
    prefetch_related_objects(films, "market_values")
    for entry in entries:
        if entry.item in films:
            for _market, service in entry.item.unreachable_in([entry.market]):
                entry.risks.append("unreachable")
                entry.unreachable_service = service


def _mark_risks(entries, now):
    _mark_unreachable(entries)
    soon = [e for e in entries if e.kind == GO_LIVE and e.at - now <= AT_RISK_WINDOW]
    in_workflow = _in_workflow([e.item for e in soon])
    untranslated = _untranslated(soon) if soon else set()
    for entry in soon:
        if id(entry.item) in in_workflow:
            entry.risks.append("workflow")
        content_type = ContentType.objects.get_for_model(entry.item).pk
        if (content_type, str(entry.item.pk), entry.market.language) in untranslated:
            entry.risks.append("translations")
