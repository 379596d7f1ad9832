"""What search engines and social networks read in a page's head.

The canonical address, the page's versions in the other markets (hreflang, with the
market chooser as x-default), Open Graph and Twitter card tags, and JSON-LD.
"""

import json
from urllib.parse import urlencode

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from campaign.structured_data import image_url, structured_data
from campaign.templatetags.language_tags import bcp47

# Filter and page parameters that make a listing state of its own (its own URL);
# anything else in a query string (tracking tags, typos) is left out of the canonical.
LISTING_PARAMETERS = ("sport", "country", "channel", "page")
# Open Graph wants language_TERRITORY; the campaign's languages and their markets.
OG_LOCALES = {"zh-hans": "zh_CN", "ja": "ja_JP", "ko": "ko_KR", "en": "en_US", "en-gb": "en_GB"}
# JSON-LD sits in a data block, which browsers never run: a Content Security Policy
# without 'unsafe-inline' leaves it alone. These escapes keep "</script>" out of it.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def listing_query(request) -> str:
    """The query string that identifies a listing state, in a fixed order."""
    pairs = [(name, request.GET[name]) for name in LISTING_PARAMETERS if request.GET.get(name)]
    if ("page", "1") in pairs:
        pairs.remove(("page", "1"))
    return f"?{urlencode(pairs)}" if pairs else ""


def page_description(page) -> str:
    for field in ("search_description", "logline", "summary", "intro", "hero_heading"):
        value = getattr(page, field, "")
        if value:
            return " ".join(strip_tags(str(value)).split())[:300]
    return ""


def share_image(page):
    """The image a page is shared with: its poster or hero image, or the hero film's poster."""
    for field in ("poster", "hero_image"):
        image = getattr(page, field, None)
        if image is not None:
            return image
    hero_film = getattr(page, "hero_film", None)
    return getattr(hero_film, "poster", None) if hero_film else None


def og_type(page) -> str:
    from campaign.models import FilmPage
    from stories.models import AthleteStoryPage

    if isinstance(page, FilmPage):
        return "video.other"
    if isinstance(page, AthleteStoryPage):
        return "article"
    return "website"


def json_ld(data) -> str:
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES))  # noqa: S308


def head_context(request, page, market, versions) -> dict:
    """Everything ``includes/seo_head.html`` renders for ``page`` in ``market``."""
    query = listing_query(request)
    canonical = request.build_absolute_uri(request.path) + query
    alternates = [
        (bcp47(version_market.language), request.build_absolute_uri(url) + query)
        for version_market, url in versions
    ]
    language = market.language if market else ""
    image = share_image(page)
    data = structured_data(request, page, canonical, bcp47(language))
    return {
        "canonical": canonical,
        "alternates": alternates,
        "x_default": request.build_absolute_uri("/"),
        "title": page.seo_title or page.title,
        "description": page_description(page),
        "og_type": og_type(page),
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
