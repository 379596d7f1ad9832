"""Serves public pages from the cache and stores them with what they depend on.

Only anonymous GET and HEAD requests under a market prefix are cached, never a response
that sets a cookie, is private, or answers an editor or a preview. A cached page is served
while none of its dependencies changed and its next scheduled go-live or expiry has not come.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.http import http_date

from campaign.caching.dependencies import MARKETS, collecting, still_fresh
from campaign.caching.frontend import remember_urls

ENTRY_PREFIX = "page-cache:page:"
HIT_HEADER = "X-Page-Cache"
SKIPPED_HEADERS = {"set-cookie", "x-request-id"}


def page_cache_enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def cache_key(request):
    # The market prefix is part of the path, so the key is per market and language.
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return ENTRY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def _request_is_cacheable(request):
    return (
        page_cache_enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and len(request.META.get("QUERY_STRING", "")) <= settings.PAGE_CACHE_MAX_QUERY_LENGTH
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
    """Full-page cache of public pages, in Django's cache (Redis when ``REDIS_URL`` is set)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_is_cacheable(request):
            return self.get_response(request)
        key = cache_key(request)
        entry = cache.get(key)
        if entry is not None and still_fresh(entry["tags"], entry["rendered_at"]):
            return self._replay(entry)
        rendered_at = time.time()
        with collecting() as dependencies:
            response = self.get_response(request)
        if _response_is_cacheable(request, response):
            self._store(key, request, response, dependencies, rendered_at)
            response[HIT_HEADER] = "miss"
        return response

    def _store(self, key, request, response, dependencies, rendered_at):
        timeout = settings.PAGE_CACHE_SECONDS
        if dependencies.next_change is not None:
            until_change = (dependencies.next_change - timezone.now()).total_seconds()
            timeout = max(0, min(timeout, int(until_change)))
        self._set_http_caching(response)
        if timeout <= 0:
            return
        remember_urls(dependencies.tags | {MARKETS}, request.build_absolute_uri())
        cache.set(
            key,
            {
                "status": response.status_code,
                "content": response.content,
                "headers": [
                    (name, value)
                    for name, value in response.items()
                    if name.lower() not in SKIPPED_HEADERS
                ],
                "tags": sorted(dependencies.tags | {MARKETS}),
                "rendered_at": rendered_at,
            },
            timeout,
        )

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
    def _replay(entry):
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[HIT_HEADER] = "hit"
        return response
