"""Whether an item (a page or a snippet) is available to the visitors of a market.

Views, templates, the API, search, the sitemap and the workflow ask this module; none of
them decides on its own. While a page renders, every answer is reported to the page
cache (through its ``dependencies`` interface), so a cached page knows what it showed.
"""

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.models import Page, PageViewRestriction, get_page_models

from modeltranslation.utils import build_localized_fieldname

from campaign.markets.current import activate_market, active_markets
from campaign.markets.languages import SOURCE_LANGUAGE
from campaign.markets.models import Market, MarketAvailability
from campaign.markets.related import prefetch_market_data, related_items
from campaign.markets.schedules import (
    closed_in,
    is_live_in,
    market_schedule,
    next_listing_change,
    next_schedule_change,
)
from campaign.platform.page_cache import dependencies as page_cache
from campaign.platform.page_cache import moment as rendering


def runs_in(item, market: Market) -> bool:
    """Whether ``item`` runs in ``market``: it is limited to none, or to this one among others."""
    market_ids = {chosen.pk for chosen in related_items(item, "markets")}
    return not market_ids or market.pk in market_ids


def markets_running(item) -> list[Market]:
    """The active markets ``item`` runs in (all of them when it is not limited)."""
    return [market for market in active_markets() if runs_in(item, market)]


def is_translated(item, market: Market) -> bool:
    """Whether the fields a visitor of ``market`` needs most are filled in a language it
    reads (its own or one of its fallback chain)."""
    order = market.reading_order
    if SOURCE_LANGUAGE in order:
        return True
    return all(
        any(getattr(item, build_localized_fieldname(field, code), None) for code in order)
        for field in item.translation_key_fields
    )


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
    if market.hides_untranslated and not is_translated(item, market):
        return False
    return is_live_in(item, market, moment)


def availability_notices(item, market: Market | None, moment=None) -> list[str]:
    """Why a visitor of ``market`` would not see ``item`` now: shown on previews."""
    if market is None:
        return []
    moment = moment or rendering.now()
    notices = []
    if not getattr(item, "live", True):
        notices.append(_("This is a draft: it is not published yet."))
    if not runs_in(item, market):
        notices.append(_("This item does not run in %(market)s.") % {"market": market.name})
    if market.hides_untranslated and not is_translated(item, market):
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


RESTRICTED_PATHS_KEY = "campaign:restricted-paths"


def restricted_paths() -> list[str]:
    """The tree paths of the pages behind a password or a login (usually none).

    Read from the cache, forgotten whenever a restriction changes (``connect``).
    """
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_PATHS_KEY, paths, 60 * 60)
    return paths


def _restrictions_changed(**kwargs):
    cache.delete(RESTRICTED_PATHS_KEY)


def connect():
    post_save.connect(
        _restrictions_changed, sender=PageViewRestriction, dispatch_uid="restrictions_saved"
    )
    post_delete.connect(
        _restrictions_changed, sender=PageViewRestriction, dispatch_uid="restrictions_deleted"
    )


def _view_restricted():
    """Pages behind a password or a login, with their subtrees (a path prefix covers them)."""
    restricted = Q(pk__in=[])
    # Restrictions are few (usually none): plain prefix filters that use the path index,
    # instead of a correlated subquery over the whole tree.
    for path in restricted_paths():
        restricted |= Q(path__startswith=path)
    return restricted


def filter_available(queryset, market: Market | None, moment=None, restricted=None):
    """Narrow a queryset of pages or snippets to what ``market`` may show.

    ``restricted`` is the view-restriction filter when the caller has it already.
    """
    if market is None or not market.is_active:
        return queryset.none()
    moment = moment or rendering.now()
    if page_cache.is_collecting():
        page_cache.lists(queryset.model, next_listing_change(queryset.model, market, moment))
    queryset = queryset.filter(live=True)
    if issubclass(queryset.model, Page):
        # Pages behind a password or a login are not listed to visitors.
        queryset = queryset.exclude(restricted if restricted is not None else _view_restricted())
    queryset = queryset.exclude(closed_in(queryset.model, market, moment))
    queryset = queryset.filter(Q(markets__isnull=True) | Q(markets=market))
    if market.hides_untranslated and SOURCE_LANGUAGE not in market.reading_order:
        for field in queryset.model.translation_key_fields:
            queryset = queryset.exclude(_missing_in_every(field, market.reading_order))
    return queryset


def _missing_in_every(field, languages):
    """Rows whose ``field`` is empty in each of ``languages``."""
    missing = Q()
    for code in languages:
        localized = build_localized_fieldname(field, code)
        missing &= Q(**{localized: ""}) | Q(**{f"{localized}__isnull": True})
    return missing


def available_items(items, market: Market | None) -> list:
    """Keep the items of a list (of any models) that ``market`` may show.

    Markets are prefetched once per model, so the cost does not grow with the list.
    """
    items = prefetch_market_data([item for item in items if item is not None])
    return [item for item in items if is_available(item, market)]


def market_page_models():
    """The page types that can be limited to markets (every campaign and story page)."""
    return [model for model in get_page_models() if issubclass(model, MarketAvailability)]


def available_pages_q(market, models=None) -> Q:
    """A filter on ``Page`` keeping the pages of ``models`` that ``market`` runs now.

    Listings that mix page types (search, the API, the sitemap) ask for all at once.
    """
    condition = Q(pk__in=[])
    restricted = _view_restricted()
    for model in models or market_page_models():
        available = filter_available(model.objects.all(), market, restricted=restricted)
        condition |= Q(pk__in=available.values("pk"))
    return condition


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
