"""At a go-live or an expiry, the pages it changes are rendered before visitors ask.

Every cached page that a schedule change alters is cached only until that moment (its
dependencies' next change). A periodic job (``campaign.tasks``) renders those pages in each
market the change concerns (the item's own page, and every page remembered as showing the
item or listing its kind) twice: ahead, as they will be at the moment, in the run before
it, so that visitors get the new version from the moment on (``render_coming_changes``);
and at the moment itself, for whatever that missed (``render_schedule_changes``).
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.apps import apps
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page

from campaign.markets.current import activate_market
from campaign.markets.models import MarketSchedule
from campaign.platform.page_cache.addresses import addresses_showing
from campaign.platform.page_cache.dependencies import item_tag, listing_tag
from campaign.platform.page_cache.middleware import serves_current_version
from campaign.platform.page_cache.prerender import prerender

LAST_RUN_KEY = "golive:last-run"
# A job that was not running (a deploy, an outage) catches up on this much, no more.
LONGEST_CATCH_UP = timedelta(minutes=15)
# Runs come a minute apart: each renders ahead what comes before the next one, even if that
# one is some seconds late.
RENDER_AHEAD = timedelta(seconds=90)
# The status of an address whose version for the moment was stored already.
STORED = "stored"


def schedule_models():
    """Every kind of per-market schedule (pages share one; each snippet has its own)."""
    return [model for model in apps.get_models() if issubclass(model, MarketSchedule)]


def _owner_field(model):
    return next(
        field
        for field in model._meta.get_fields()
        if getattr(field, "remote_field", None) is not None
        and field.remote_field.related_name == "market_schedules"
    )


def _changes(since, until):
    """``(moment, item, market)`` of every go-live and expiry after ``since``, up to
    ``until``."""
    window = Q(go_live_at__gt=since, go_live_at__lte=until) | Q(
        expire_at__gt=since, expire_at__lte=until
    )
    for model in schedule_models():
        owner = _owner_field(model).name
        for schedule in model.objects.filter(window).select_related("market", owner):
            item = getattr(schedule, owner)
            item = item.specific if isinstance(item, Page) else item
            for moment in (schedule.go_live_at, schedule.expire_at):
                if moment is not None and since < moment <= until:
                    yield moment, item, schedule.market


def changes_between(since, until):
    """``(item, market)`` of every go-live and expiry after ``since``, up to ``until``."""
    changes = []
    for _moment, item, market in _changes(since, until):
        if (item, market) not in changes:
            changes.append((item, market))
    return changes


def addresses_changed_by(changes):
    """The absolute addresses to render again for ``changes``, in their markets only.

    An item's own page is rendered under the hosts visitors were seen to use (those of
    the remembered addresses), or under its site's address when none was seen yet.
    """
    addresses = set()
    for item, market in changes:
        prefix = f"/{market.url_prefix}/"
        shown = addresses_showing({item_tag(item), listing_tag(type(item))})
        in_market = [url for url in shown if urlsplit(url).path.startswith(prefix)]
        addresses.update(in_market)
        if isinstance(item, Page) and item.live:
            with activate_market(market):
                own = item.get_url()
                full = item.get_full_url()
            origins = {f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" for url in in_market}
            if own and origins:
                addresses.update(origin + own for origin in origins if own.startswith("/"))
            elif full:
                addresses.add(full)
    return sorted(addresses)


def render_schedule_changes(now=None):
    """Render the pages of the go-lives and expiries since the last run that no version
    stored ahead serves; returns ``{url: status}`` (``STORED`` for those not rendered)."""
    now = now or timezone.now()
    since = cache.get(LAST_RUN_KEY) or now - timedelta(minutes=1)
    since = max(since, now - LONGEST_CATCH_UP)
    addresses = addresses_changed_by(changes_between(since, now))
    # What the run before stored for this moment is served already: rendering it again
    # would only take the CPU from the visitors who arrive at the moment.
    stored = {url: STORED for url in addresses if serves_current_version(url)}
    statuses = stored | prerender([url for url in addresses if url not in stored])
    cache.set(LAST_RUN_KEY, now, None)
    return statuses


def render_coming_changes(now=None):
    """Render the pages of the go-lives and expiries of the next ``RENDER_AHEAD`` as they
    will be at each moment; returns ``{moment: {url: status}}``."""
    now = now or timezone.now()
    coming = {}
    for moment, item, market in _changes(now, now + RENDER_AHEAD):
        changes = coming.setdefault(moment, [])
        if (item, market) not in changes:
            changes.append((item, market))
    return {
        moment: prerender(addresses_changed_by(changes), ahead_to=moment)
        for moment, changes in sorted(coming.items())
    }
