"""What search engines and social networks read in a page's head.

The canonical address, the page's versions in the other markets (hreflang, with the
market chooser as x-default), Open Graph and Twitter card tags, and JSON-LD. Each page
type says what it is (``og_type``, ``description``, ``share_image``, ``structured_data``).
"""

import json

from django.utils.safestring import mark_safe

from campaign.markets.languages import OG_LOCALES, bcp47
from campaign.models.schema_org import image_url, json_ld_document
from campaign.platform.query import canonical_query

# JSON-LD sits in a data block, which browsers never run: a Content Security Policy
# without 'unsafe-inline' leaves it alone. These escapes keep "</script>" out of it.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def page_query(request, page) -> str:
    """The query string of the page's state (a listing's filters and page number), or "".

    Only what the page reads, normalised: tracking tags and typos never reach a canonical
    address or an hreflang link.
    """
    query = canonical_query(request.GET, names=page.query_parameters)
    return f"?{query}" if query else ""


def json_ld(data) -> str:
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES))  # noqa: S308


def head_context(request, page, market, versions) -> dict:
    """Everything ``includes/seo_head.html`` renders for ``page`` in ``market``."""
    query = page_query(request, page)
    canonical = request.build_absolute_uri(request.path) + query
    alternates = [
        (bcp47(version_market.language), request.build_absolute_uri(url) + query)
        for version_market, url in versions
    ]
    language = market.language if market else ""
    image = page.share_image
    data = json_ld_document(page.structured_data(request, canonical, bcp47(language)))
    return {
        "canonical": canonical,
        "alternates": alternates,
        "x_default": request.build_absolute_uri("/"),
        "title": page.seo_title or page.title,
        "description": page.description,
        "og_type": page.og_type,
        "og_locale": OG_LOCALES.get(language, ""),
        "og_locale_alternates": [
            OG_LOCALES[m.language]
            for m, _url in versions
            if m.language in OG_LOCALES and m.language != language
        ],
        "image_url": image_url(request, image),
        "image_alt": page.title if image else "",
        "json_ld": json_ld(data) if data else "",
    }
