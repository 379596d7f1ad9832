"""The schema.org vocabulary the page models describe themselves with (JSON-LD).

Each page type builds its own nodes (``structured_data``): films are ``VideoObject``s,
stories ``Article``s, and the home page describes the ``Organization`` behind the
campaign and the ``WebSite`` with its search.
"""

from datetime import timedelta

from django.conf import settings

SCHEMA_CONTEXT = "https://schema.org"
SHARE_RENDITION = "fill-1200x630|format-jpeg"


def iso_duration(duration: timedelta) -> str:
    """A duration in ISO 8601, as schema.org expects: 90 seconds is "PT1M30S"."""
    seconds = max(0, int(duration.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if seconds or text == "PT":
        text += f"{seconds}S"
    return text


def image_url(request, image, spec=SHARE_RENDITION):
    """The absolute address of a rendition of ``image`` (never the original upload)."""
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition(spec).url)


def organization_id(request):
    return request.build_absolute_uri("/#organization")


def organization(request):
    """The organisation behind the campaign, which publishes every page."""
    return {
        "@type": "Organization",
        "@id": organization_id(request),
        "name": settings.WAGTAIL_SITE_NAME,
        "url": request.build_absolute_uri("/"),
    }


def json_ld_document(nodes) -> dict | None:
    """The JSON-LD document of a page's nodes, or None for a page that describes nothing."""
    return {"@context": SCHEMA_CONTEXT, "@graph": nodes} if nodes else None
