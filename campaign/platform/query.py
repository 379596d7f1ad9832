"""Query strings as pages read them: the parameters they use, normalised; nothing else.

Ads and newsletters add tracking parameters (``utm_*``, ``gclid``, ``fbclid`` ...) with a
click id unique to every visit; typos and bots add others. No page reads any of them, so
a page's address, its cache key and every link built from it keep only the parameters
pages read (``PAGE_QUERY_PARAMETERS``), each in one spelling: sorted by name, blanks
dropped, the last of repeated values (the one Django's forms read), and in the case the
page compares it in. Everything else is left out: served the same page, never a new
cache entry, never a redirect (a redirect would cost every ad click a round trip and
could lose the click id that the ad platform reads on arrival).
"""

import fnmatch
import unicodedata
from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict


def _page_number(value):
    # Page 1 is the page without a number; anything but a positive number reads as page 1.
    number = value.lstrip("0")
    return number if number.isdigit() and number != "1" else ""


def _text(value):
    return " ".join(unicodedata.normalize("NFKC", value).split())


NORMALISERS = {
    "page_number": _page_number,
    "lower": lambda value: value.strip().lower(),
    "upper": lambda value: value.strip().upper(),
    "text": _text,
}


def is_tracking(name: str) -> bool:
    """Whether ``name`` is a tracking parameter (``TRACKING_PARAMETERS``, patterns allowed)."""
    return any(
        fnmatch.fnmatchcase(name.lower(), pattern) for pattern in settings.TRACKING_PARAMETERS
    )


def read_parameters(query, names=None) -> list[tuple[str, str]]:
    """The parameters of ``query`` (a QueryDict) that pages read, normalised and sorted.

    ``names`` narrows them to what one page reads.
    """
    kinds = settings.PAGE_QUERY_PARAMETERS
    pairs = []
    for name in sorted(set(query.keys()) & set(kinds if names is None else names)):
        values = query.getlist(name)
        value = NORMALISERS[kinds[name]](values[-1]) if values else ""
        if value:
            pairs.append((name, value))
    return pairs


def canonical_query(query, names=None, **changes) -> str:
    """The normalised query string (without "?"), with ``changes`` applied."""
    pairs = dict(read_parameters(query, names))
    for name, value in changes.items():
        value = NORMALISERS[settings.PAGE_QUERY_PARAMETERS[name]](str(value))
        if value:
            pairs[name] = value
        else:
            pairs.pop(name, None)
    return urlencode(sorted(pairs.items()))


def normalised_query_dict(query):
    """A QueryDict holding only the read parameters of ``query``, normalised."""
    normalised = QueryDict(mutable=True)
    for name, value in read_parameters(query):
        normalised[name] = value
    normalised._mutable = False
    return normalised


class PageQueryMiddleware:
    """Public pages see only the query parameters they read, each in one spelling.

    So the page a visitor gets, its cache key and the links it holds agree: ``?sport=Rowing``
    and ``?sport=rowing&gclid=...`` are one page. The site's own paths (the admin, the API,
    ...) keep their queries as sent; so does anything but GET and HEAD.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and not request.path_info.startswith(
            settings.SITE_PATHS
        ):
            request.GET = normalised_query_dict(request.GET)
        return self.get_response(request)
