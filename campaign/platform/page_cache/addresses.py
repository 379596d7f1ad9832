"""Which addresses showed what: per dependency, the pages cached with it lately.

A change purges exactly those addresses from a CDN (``frontend``), and a go-live renders
them again before visitors ask (``prerender``). Each dependency remembers its most recent
addresses only, so the memory is bounded however many variants pages have.
"""

from django.core.cache import cache

ADDRESSES_PREFIX = "page-cache:addresses:"
ADDRESSES_TIMEOUT = 60 * 60 * 24
ADDRESSES_PER_TAG = 200


def remember_address(tags, url):
    """Note that the page at ``url`` (absolute) was cached showing what ``tags`` name."""
    keys = [ADDRESSES_PREFIX + tag for tag in tags]
    known = cache.get_many(keys)
    updated = {}
    for key in keys:
        # The newest last; an address seen again moves to the end.
        addresses = [address for address in known.get(key, []) if address != url]
        updated[key] = [*addresses[-(ADDRESSES_PER_TAG - 1) :], url]
    cache.set_many(updated, ADDRESSES_TIMEOUT)


def addresses_showing(tags):
    """Every remembered address of the pages cached with any of ``tags``."""
    known = cache.get_many([ADDRESSES_PREFIX + tag for tag in tags])
    return sorted({url for urls in known.values() for url in urls})
