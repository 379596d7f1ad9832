"""Which market a request is in, and whether an item is available there.

Views, templates and the routing ask this module; none of them decides on its own.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from itertools import groupby

from django.conf import settings
from django.db.models import Exists, Min, OuterRef, Q, prefetch_related_objects
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from wagtail.models import Page, PageViewRestriction

from modeltranslation.utils import build_localized_fieldname

from campaign.caching import dependencies as page_cache
from campaign.models.markets import Market

_active_market: ContextVar[Market | None] = ContextVar("active_market", default=None)
# The markets loaded once for the current request, so that building many links
# does not query them again; outside a request they are read from the database.
_request_markets: ContextVar[list[Market] | None] = ContextVar("request_markets", default=None)


def all_markets() -> list[Market]:
    markets = _request_markets.get()
    if markets is None:
        markets = list(Market.objects.all())
    return markets


def active_markets() -> list[Market]:
    return [market for market in all_markets() if market.is_active]


@contextmanager
def markets_loaded(markets):
    token = _request_markets.set(markets)
    try:
        yield
    finally:
        _request_markets.reset(token)


def get_active_market() -> Market | None:
    return _active_market.get()


@contextmanager
def activate_market(market: Market | None):
    """Make ``market`` the current one and its language the active language."""
    token = _active_market.set(market)
    language = market.language if market else settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            yield market
    finally:
        _active_market.reset(token)


def market_for_prefix(prefix: str) -> Market | None:
    for market in active_markets():
        if market.url_prefix == prefix:
            return market
    return None


def prefix_for_language(language: str) -> str | None:
    # Inactive markets count too: the prefix of a language must not change
    # when a market is switched off and on (URL reversal remembers it).
    for market in all_markets():
        if market.language == language:
            return market.url_prefix
    return None


def default_market() -> Market | None:
    markets = active_markets()
    for market in markets:
        if market.language == settings.LANGUAGE_CODE:
            return market
    return markets[0] if markets else None


def market_for_accept_language(header: str) -> Market | None:
    """The active market that best matches a browser's Accept-Language header."""
    by_language = {market.language: market for market in active_markets()}
    for language, _quality in parse_accept_lang_header(header or ""):
        if language == "*":
            break
        try:
            supported = translation.get_supported_language_variant(language)
        except LookupError:
            continue
        if supported in by_language:
            return by_language[supported]
    return default_market()


def _related(item, name):
    """``item``'s related objects under ``name``, prefetched or read once and kept."""
    prefetched = getattr(item, "_prefetched_objects_cache", {})
    if name in prefetched:
        return prefetched[name]
    kept = item.__dict__.setdefault("_related_for_markets", {})
    if name not in kept:
        kept[name] = list(getattr(item, name).all())
    return kept[name]


def _market_ids(item) -> set[int]:
    return {market.pk for market in _related(item, "markets")}


def is_translated(item, language: str) -> bool:
    """Whether the fields a visitor needs most are filled in ``language``."""
    if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
        return True
    return all(
        getattr(item, build_localized_fieldname(field, language), None)
        for field in item.translation_key_fields
    )


def runs_in(item, market: Market) -> bool:
    market_ids = _market_ids(item)
    return not market_ids or market.pk in market_ids


def market_schedule(item, market: Market):
    """The item's go-live and expiry in ``market``, or None when it has none there."""
    return next((s for s in _related(item, "market_schedules") if s.market_id == market.pk), None)


def is_live_in(item, market: Market, moment=None) -> bool:
    """Whether the item's go-live in ``market`` has come and its expiry has not."""
    schedule = market_schedule(item, market)
    return schedule is None or schedule.is_open_at(moment or timezone.now())


def next_schedule_change(item, market: Market, moment=None):
    """The next go-live or expiry of ``item`` in ``market`` after ``moment``, if any."""
    schedule = market_schedule(item, market)
    moment = moment or timezone.now()
    if schedule is None:
        return None
    upcoming = [t for t in (schedule.go_live_at, schedule.expire_at) if t and t > moment]
    return min(upcoming, default=None)


def is_available(item, market: Market | None, moment=None) -> bool:
    """Whether a visitor of ``market`` may see ``item`` (a page or a snippet)."""
    if market is None or not market.is_active:
        return False
    if page_cache.is_collecting():
        page_cache.shows(item, next_schedule_change(item, market, moment))
    # Publishing is the global switch, for pages and for snippets with drafts.
    if not getattr(item, "live", True):
        return False
    if not runs_in(item, market):
        return False
    if market.hides_untranslated and not is_translated(item, market.language):
        return False
    return is_live_in(item, market, moment)


def availability_notices(item, market: Market | None, moment=None) -> list[str]:
    """Why a visitor of ``market`` would not see ``item`` now: shown on previews."""
    if market is None:
        return []
    moment = moment or timezone.now()
    notices = []
    if not getattr(item, "live", True):
        notices.append(_("This is a draft: it is not published yet."))
    if not runs_in(item, market):
        notices.append(_("This item does not run in %(market)s.") % {"market": market.name})
    if market.hides_untranslated and not is_translated(item, market.language):
        notices.append(_("Hidden in %(market)s until it is translated.") % {"market": market.name})
    schedule = market_schedule(item, market)
    if schedule is not None:
        for moment_of_change, message, shown in (
            (schedule.go_live_at, _("Goes live in %(market)s on %(time)s (%(zone)s)."), False),
            (schedule.expire_at, _("Expired in %(market)s on %(time)s (%(zone)s)."), True),
        ):
            # A go-live is news while it is ahead; an expiry once it has passed.
            if moment_of_change and (moment >= moment_of_change) == shown:
                local = timezone.localtime(moment_of_change, market.tzinfo)
                notices.append(
                    message
                    % {
                        "market": market.name,
                        "time": date_format(local, "DATETIME_FORMAT"),
                        "zone": local.tzname(),
                    }
                )
    return notices


def _closed_schedules(model, market, moment):
    relation = model._meta.get_field("market_schedules")
    closed = relation.related_model.objects.filter(
        Q(go_live_at__gt=moment) | Q(expire_at__lte=moment),
        market=market,
        **{relation.field.name: OuterRef("pk")},
    )
    return Exists(closed)


def _next_listing_change(model, market, moment):
    relation = model._meta.get_field("market_schedules")
    upcoming = relation.related_model.objects.filter(market=market).aggregate(
        go_live=Min("go_live_at", filter=Q(go_live_at__gt=moment)),
        expiry=Min("expire_at", filter=Q(expire_at__gt=moment)),
    )
    return min((t for t in upcoming.values() if t), default=None)


def _view_restricted():
    """Pages behind a password or a login, with their subtrees (a path prefix covers them)."""
    restricted = Q(pk__in=[])
    # Restrictions are few (usually none): one small query, then plain prefix filters
    # that use the path index, instead of a correlated subquery over the whole tree.
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        restricted |= Q(path__startswith=path)
    return restricted


def filter_available(queryset, market: Market | None, moment=None):
    """Narrow a queryset of pages or snippets to what ``market`` may show."""
    if market is None or not market.is_active:
        return queryset.none()
    moment = moment or timezone.now()
    if page_cache.is_collecting():
        page_cache.lists(queryset.model, _next_listing_change(queryset.model, market, moment))
    queryset = queryset.filter(live=True)
    if issubclass(queryset.model, Page):
        # Pages behind a password or a login are not listed to visitors.
        queryset = queryset.exclude(_view_restricted())
    queryset = queryset.exclude(_closed_schedules(queryset.model, market, moment))
    queryset = queryset.filter(Q(markets__isnull=True) | Q(markets=market))
    if market.hides_untranslated:
        for field in queryset.model.translation_key_fields:
            localized = build_localized_fieldname(field, market.language)
            queryset = queryset.exclude(Q(**{localized: ""}) | Q(**{f"{localized}__isnull": True}))
    return queryset


def available_items(items, market: Market | None) -> list:
    """Keep the items of a list (of any models) that ``market`` may show.

    Markets are prefetched once per model, so the cost does not grow with the list.
    """
    items = prefetch_market_data([item for item in items if item is not None])
    return [item for item in items if is_available(item, market)]


def prefetch_market_data(items):
    """Load the markets and schedules of a list of items (of any models) in a few queries."""
    for _model, group in groupby(sorted(items, key=lambda i: type(i).__name__), key=type):
        prefetch_related_objects(list(group), "markets", "market_schedules")
    return items


def page_versions(page) -> list[tuple[Market, str]]:
    """The page's address in every active market where it is available."""
    versions = []
    for market in active_markets():
        if is_available(page, market):
            with activate_market(market):
                url = page.get_url()
            if url:
                versions.append((market, url))
    return versions
