"""Purges a CDN or a Varnish in front of the site, through Wagtail's frontend cache support.

Off unless ``WAGTAILFRONTENDCACHE`` is configured. The page cache remembers, per dependency,
the addresses of the pages that showed it, so a change purges exactly those addresses.
"""

from django.conf import settings
from django.core.cache import cache

URLS_PREFIX = "page-cache:urls:"
URLS_TIMEOUT = 60 * 60 * 24


def frontend_cache_enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def remember_urls(tags, url):
    if not frontend_cache_enabled():
        return
    keys = [URLS_PREFIX + tag for tag in tags]
    known = cache.get_many(keys)
    cache.set_many({key: sorted(set(known.get(key, [])) | {url}) for key in keys}, URLS_TIMEOUT)


def purge_frontend_cache(tags):
    if not frontend_cache_enabled():
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    known = cache.get_many([URLS_PREFIX + tag for tag in tags])
    urls = sorted({url for urls in known.values() for url in urls})
    if urls:
        purge_urls_from_cache(urls)
