"""Serves public pages from the cache and stores them with what they depend on.

Only anonymous GET and HEAD requests under a market prefix are cached, never a response
that sets a cookie, is private, or answers an editor or a preview. A cached page is served
while none of its dependencies changed and its next scheduled go-live or expiry has not come.

A page is keyed by its path and the query parameters pages read, normalised
(``campaign.platform.query``): ad click ids and other parameters never make a new entry.
One path holds at most ``PAGE_CACHE_MAX_VARIANTS`` variants (filters, page numbers,
searches) at a time; further ones are served without being stored.
"""

import hashlib
import time
from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, QueryDict
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control, set_response_etag
from django.utils.http import http_date

from campaign.platform.page_cache import moment as rendering
from campaign.platform.page_cache.addresses import remember_address
from campaign.platform.page_cache.dependencies import (
    SITE_WIDE,
    begin_epoch,
    changed,
    collecting,
    current_generation,
    freshness,
    still_fresh,
)
from campaign.platform.page_cache.local import local_pages
from campaign.platform.page_cache.prefetch import PrefetchTimer
from campaign.platform.page_cache.prerender import (
    is_prerender,
    job_is_running,
    renders_ahead_to,
)
from campaign.platform.query import read_parameters
from campaign.platform.redis_breaker import outages_seen, redis_is_down

# "page3": entries that carry their expiry, ETag and content policy; a release that stores
# another shape renames it.
ENTRY_PREFIX = "page-cache:page3:"
# The version of a page rendered ahead for a coming go-live, served from that moment on.
NEXT_PREFIX = "page-cache:next:"
VARIANTS_PREFIX = "page-cache:variants:"
LOCK_PREFIX = "page-cache:rendering:"
WAIT_STEP_SECONDS = 0.02
# Before a go-live, each process fetches the version rendered ahead for it this long before.
PREFETCH_SECONDS = 10
PREFETCH_RECHECK_SECONDS = 1
HIT_HEADER = "X-Page-Cache"
SKIPPED_HEADERS = {"set-cookie", "x-request-id"}


def page_cache_enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def cache_key(request):
    return _key(request.get_host(), request.path, request.GET)


def _key(host, path, parameters):
    # The market prefix is part of the path, so the key is per market and language.
    query = "&".join(f"{name}={value}" for name, value in read_parameters(parameters))
    return ENTRY_PREFIX + _digest(f"{host}|{path}?{query}")


def serves_current_version(url):
    """Whether visitors of ``url`` (absolute) get its version of now from the cache without
    a render: stored and fresh, or rendered ahead for a moment that has come."""
    if redis_is_down():
        return False
    parts = urlsplit(url)
    key = _key(parts.netloc, unquote(parts.path) or "/", QueryDict(parts.query))
    entry = cache.get(key)
    return _fresh(entry) or _successor(key, entry) is not None


def _may_add_variant(request):
    """Whether one more variant of this path may be stored (its plain address always may)."""
    if not read_parameters(request.GET):
        return True
    counter = VARIANTS_PREFIX + _digest(f"{request.get_host()}|{request.path}")
    # The count lives as long as the entries it counts; incr is atomic in Redis and in memory.
    cache.add(counter, 0, settings.PAGE_CACHE_SECONDS)
    try:
        stored = cache.incr(counter)
    except ValueError:  # the counter expired between the two calls
        return True
    return stored is None or stored <= settings.PAGE_CACHE_MAX_VARIANTS


def _request_is_cacheable(request):
    return (
        page_cache_enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES)
    )


def _response_is_cacheable(request, response):
    if getattr(request, "market", None) is None or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PageCacheMiddleware:
    """Full-page cache of public pages, in Django's cache (Redis when ``REDIS_URL`` is set).

    A page being rendered is rendered once: other requests for it wait for it to be stored
    (up to ``PAGE_CACHE_WAIT_SECONDS``) instead of rendering it too, and get the page as it
    was if it only ran out. At a go-live or an expiry, the job that renders pages ahead of
    visitors (``prerender``) has stored the page's next version in the minute before, and
    visitors get it from the moment on. Should it have missed one (an edit after it ran),
    every visitor gets the page as it was until the job has rendered it at the moment: a
    second or two, at most ``PAGE_CACHE_GO_LIVE_SECONDS``; without the job, the first
    visitor renders it. The
    hottest pages are also kept in the process (``local``), which serves them while Redis
    is away.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_is_cacheable(request):
            return self.get_response(request)
        key = cache_key(request)
        shared = not redis_is_down()
        ahead_to = renders_ahead_to(request)
        if ahead_to is not None:
            return self._render_ahead(request, key, ahead_to, shared)
        if shared:
            heal_after_outage()
        kept = self._kept(request, key, shared)
        if kept is not None:
            return self._replay(*kept)
        held = local_pages.held(key) if shared and not is_prerender(request) else None
        if held is not None:
            return self._replay(held, "stale")
        entry = cache.get(key) if shared else None
        if _fresh(entry):
            _keep(key, entry, time.time())
            return self._replay(entry, "hit")
        successor = _successor(key, entry) if shared else None
        if successor is not None:
            _keep(key, successor, time.time())
            return self._replay(successor, "hit")
        if shared and _left_to_the_job(request, entry):
            _hold(key, entry)
            return self._replay(entry, "stale")
        if shared and not _claim(key):
            # Another request renders the page: serve what it replaces if only its moment
            # came, else wait for the new one.
            if _at_its_moment(entry, settings.PAGE_CACHE_WAIT_SECONDS):
                return self._replay(entry, "stale")
            waited = self._wait_for(key)
            if waited is not None:
                return self._replay(waited, "hit")
        try:
            return self._render(request, key, entry, shared)
        finally:
            if shared:
                cache.delete(LOCK_PREFIX + key)

    def _kept(self, request, key, shared):
        """This process's copy of the page and how it is served (hit or stale), if it may be
        served now."""
        found = local_pages.get(key)
        if found is None:
            return None
        entry, checked_at, known_generation = found
        if entry["expires_at"] <= time.time():
            fetched = local_pages.successor(key)
            local_pages.forget(key)
            successor = _prefetched_successor(fetched) if shared else None
            if successor is not None:
                # Its moment came: the version fetched before it is served from here.
                _keep(key, *successor)
                return successor[0], "hit"
            successor = _successor(key, entry) if shared else None
            if successor is not None:
                _keep(key, successor, time.time())
                return successor, "hit"
            if shared and _left_to_the_job(request, entry):
                # Its moment came and the job renders it: hold this copy rather than fetch
                # the same one from Redis (the first requests of a go-live burst).
                _hold(key, entry)
                return entry, "stale"
            return None
        if not shared:
            # Redis is away: nothing can say the page changed; serve it a short while.
            outage_seconds = settings.PAGE_CACHE_OUTAGE_SECONDS
            return (entry, "hit") if time.time() - checked_at <= outage_seconds else None
        generation = current_generation()
        if generation is None or generation != known_generation:
            fresh, generation = freshness(entry["tags"], entry["rendered_at"])
            if not fresh:
                local_pages.forget(key)
                return None
        local_pages.checked(key, time.time(), generation)
        _prefetch_successor(key, entry)
        return entry, "hit"

    def _wait_for(self, key):
        """The page another request is rendering, once it is stored (or None after a while)."""
        deadline = time.monotonic() + settings.PAGE_CACHE_WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(WAIT_STEP_SECONDS)
            entry = cache.get(key)
            if _fresh(entry):
                _keep(key, entry, time.time())
                return entry
            if cache.get(LOCK_PREFIX + key) is None:
                return None  # the render ended without storing a page: render it here
        return None

    def _render(self, request, key, previous, shared):
        rendered_at = time.time()
        if shared:
            # Before the render: what it stores on the way (fragments) must not start the
            # cache's memory after the page itself began.
            begin_epoch(rendered_at)
        with collecting() as dependencies:
            response = self.get_response(request)
        if _response_is_cacheable(request, response):
            # A stale entry being refreshed is no new variant: only unseen ones count.
            if previous is not None or not shared or _may_add_variant(request):
                self._store(key, request, response, dependencies, rendered_at, shared)
            else:
                self._set_http_caching(response)
            response[HIT_HEADER] = "miss"
        return response

    def _render_ahead(self, request, key, timestamp, shared):
        """Render the page as it will be at ``timestamp`` and store it as the version that
        follows the one served now."""
        if not shared:
            return self.get_response(request)  # nowhere to keep it for the other servers
        moment = datetime.fromtimestamp(timestamp, tz=UTC)
        rendered_at = time.time()
        begin_epoch(rendered_at)
        with rendering.ahead_to(moment), collecting() as dependencies:
            response = self.get_response(request)
        if _response_is_cacheable(request, response):
            self._store(key, request, response, dependencies, rendered_at, valid_from=moment)
            response[HIT_HEADER] = "ahead"
        return response

    def _store(
        self, key, request, response, dependencies, rendered_at, shared=True, valid_from=None
    ):
        timeout = settings.PAGE_CACHE_SECONDS
        changes_at_expiry = False
        starts = valid_from or timezone.now()
        if dependencies.next_change is not None:
            until_change = (dependencies.next_change - starts).total_seconds()
            changes_at_expiry = until_change <= timeout
            timeout = max(0, min(timeout, int(until_change)))
        self._set_http_caching(response)
        if timeout <= 0:
            return
        # Hashed once here rather than by ConditionalGetMiddleware on every replay.
        if not response.has_header("ETag"):
            set_response_etag(response)
        entry = {
            "status": response.status_code,
            "content": response.content,
            "headers": [
                (name, value)
                for name, value in response.items()
                if name.lower() not in SKIPPED_HEADERS
            ],
            "tags": sorted(dependencies.tags | {SITE_WIDE}),
            "rendered_at": rendered_at,
            "valid_from": starts.timestamp(),
            "expires_at": starts.timestamp() + timeout,
            # Its expiry is a go-live or an expiry it shows: the job renders its next version.
            "changes_at_expiry": changes_at_expiry,
        }
        if valid_from is not None:
            # Kept until it has served its time, and a little past it as any page is.
            until_expiry = entry["expires_at"] - time.time()
            cache.set(_next_key(key), entry, int(until_expiry) + _longest_stale_seconds() + 2)
            return
        _keep(key, entry, rendered_at)
        if shared:
            begin_epoch(rendered_at)
            remember_address(dependencies.tags | {SITE_WIDE}, request.build_absolute_uri())
            # Kept a little past its expiry, for the moment its next version renders.
            cache.set(key, entry, timeout + _longest_stale_seconds() + 2)

    @staticmethod
    def _set_http_caching(response):
        # Browsers revalidate every time (cheap with the ETag); a CDN may keep the page
        # briefly and is purged on publish when frontend cache invalidation is configured.
        if get_max_age(response) is None:
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_CDN_SECONDS
            )
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date()

    @staticmethod
    def _replay(entry, state):
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[HIT_HEADER] = state
        return response


def _fresh(entry):
    return (
        entry is not None
        and entry.get("expires_at", 0) > time.time()
        and still_fresh(entry["tags"], entry["rendered_at"])
    )


def _next_key(key):
    return NEXT_PREFIX + key.removeprefix(ENTRY_PREFIX)


def _successor(key, entry):
    """The version of the page rendered ahead for the moment ``entry`` ran out at (or for a
    page not cached, one that goes live), once that moment has come and while nothing it
    shows changed since."""
    if entry is not None and not entry.get("changes_at_expiry", False):
        return None
    successor = cache.get(_next_key(key))
    if successor is None or successor["valid_from"] > time.time() or not _fresh(successor):
        return None
    # The other servers find it where they look first.
    until_expiry = successor["expires_at"] - time.time()
    cache.set(key, successor, int(until_expiry) + _longest_stale_seconds() + 2)
    return successor


def _keep(key, entry, checked_at, generation=None):
    """Keep ``entry`` in this process; one whose expiry is a go-live or an expiry is booked
    for its coming version to be fetched before that moment."""
    local_pages.put(key, entry, checked_at, generation)
    if entry.get("changes_at_expiry"):
        prefetch_timer.book(key, entry["expires_at"])


def _prefetch_kept(key):
    """The timer's fetch: the coming version of the page kept as ``key``; True once there is
    nothing more to ask for (fetched, or the page no longer kept or past its moment)."""
    entry = local_pages.peek(key)
    if entry is None or not entry.get("changes_at_expiry") or entry["expires_at"] <= time.time():
        return True
    if redis_is_down():
        return False
    _prefetch_successor(key, entry)
    return local_pages.successor(key) is not None


def _prefetch_successor(key, entry):
    """In the last ``PREFETCH_SECONDS`` before a go-live or an expiry ``entry`` shows, fetch
    the version rendered ahead for it into this process, so that at the moment the burst of
    visitors is served from here, without a round trip for the page; asked at most every
    ``PREFETCH_RECHECK_SECONDS`` until it is there."""
    if not entry.get("changes_at_expiry") or entry["expires_at"] - time.time() > PREFETCH_SECONDS:
        return
    if not local_pages.successor_due(key, time.time() - PREFETCH_RECHECK_SECONDS):
        return
    successor = cache.get(_next_key(key))
    fits = successor is not None and successor["valid_from"] <= entry["expires_at"]
    local_pages.keep_successor(key, successor if fits else None, time.time())


prefetch_timer = PrefetchTimer(
    _prefetch_kept,
    lead=PREFETCH_SECONDS,
    recheck=PREFETCH_RECHECK_SECONDS,
    most_booked=4 * settings.PAGE_CACHE_LOCAL_ENTRIES,
    threaded=lambda: settings.PAGE_CACHE_PREFETCH_THREAD,
)


def _prefetched_successor(successor):
    """``(successor, checked_at, generation)`` for a version fetched ahead whose moment has
    come, while nothing it shows changed since it was rendered; else None."""
    now = time.time()
    # Fetched only if it follows the kept version (see above): its moment is that one's.
    if successor is None or successor["expires_at"] <= now:
        return None
    fresh, generation = freshness(successor["tags"], successor["rendered_at"])
    return (successor, now, generation) if fresh else None


def _at_its_moment(entry, seconds):
    """Whether ``entry`` ran out only because its moment came (it still holds what it
    showed) within the last ``seconds``."""
    if entry is None or "expires_at" not in entry:
        return False
    overdue = time.time() - entry["expires_at"]
    return 0 <= overdue <= seconds and still_fresh(entry["tags"], entry["rendered_at"])


def _left_to_the_job(request, entry):
    """Whether the visitor gets ``entry`` as it was while the go-live job renders its next
    version: it ran out at a go-live or an expiry it shows, within the last
    ``PAGE_CACHE_GO_LIVE_SECONDS``, and the job is running (else visitors render it)."""
    return (
        entry is not None
        and entry.get("changes_at_expiry", False)
        and not is_prerender(request)
        and _at_its_moment(entry, settings.PAGE_CACHE_GO_LIVE_SECONDS)
        and job_is_running()
    )


def _hold(key, entry):
    """Serve ``entry`` as it was from this process for a while, without asking Redis."""
    local_pages.hold(key, entry, time.monotonic() + settings.PAGE_CACHE_GO_LIVE_RECHECK_SECONDS)


def _longest_stale_seconds():
    return max(settings.PAGE_CACHE_WAIT_SECONDS, settings.PAGE_CACHE_GO_LIVE_SECONDS)


def _claim(key):
    """Whether this request renders the page (no other request is rendering it)."""
    return cache.add(LOCK_PREFIX + key, 1, settings.PAGE_CACHE_WAIT_SECONDS + 5)


_healed = {"outages": 0}


def heal_after_outage():
    """After an outage of Redis that this process saw, every page cached before is stale.

    Changes made while Redis was away could not mark the pages that showed them; marking
    all of them is the exact thing to do without knowing which.
    """
    outages = outages_seen()
    if outages != _healed["outages"]:
        _healed["outages"] = outages
        local_pages.clear()
        changed(SITE_WIDE)
