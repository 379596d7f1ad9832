"""Purges a CDN or a Varnish in front of the site, through Wagtail's frontend cache support.

Off unless ``WAGTAILFRONTENDCACHE`` is configured. The page cache remembers, per dependency,
the addresses of the pages that showed it (``addresses``), so a change purges exactly those.
"""

from django.conf import settings

from campaign.platform.page_cache.addresses import addresses_showing


def frontend_cache_enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_frontend_cache(tags):
    if not frontend_cache_enabled():
        return
    # Loaded only by sites that configure a frontend cache.
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    urls = addresses_showing(tags)
    if urls:
        purge_urls_from_cache(urls)
