"""schema.org structured data (JSON-LD) for the campaign's pages.

Films are ``VideoObject``s, stories ``Article``s, and the home page describes the
``Organization`` behind the campaign and the ``WebSite`` with its search.
"""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils.html import strip_tags

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


def _organization(request):
    return {
        "@type": "Organization",
        "@id": request.build_absolute_uri("/#organization"),
        "name": settings.WAGTAIL_SITE_NAME,
        "url": request.build_absolute_uri("/"),
    }


def _video_object(request, film, page_url, language):
    data = {
        "@type": "VideoObject",
        "name": film.title,
        "description": strip_tags(film.logline),
        "inLanguage": language,
        "url": page_url,
    }
    thumbnail = image_url(request, film.poster)
    if thumbnail:
        data["thumbnailUrl"] = [thumbnail]
    upload = film.release_date or (film.first_published_at and film.first_published_at.date())
    if upload:
        data["uploadDate"] = upload.isoformat()
    if film.duration:
        data["duration"] = iso_duration(film.duration)
    if film.video:
        data["contentUrl"] = request.build_absolute_uri(film.video.url)
    if film.embed_url:
        data["embedUrl"] = film.embed_url
    return data


def _article(request, story, page_url, language):
    data = {
        "@type": "Article",
        "headline": story.title[:110],
        "description": story.summary,
        "inLanguage": language,
        "url": page_url,
        "mainEntityOfPage": page_url,
        "about": {"@type": "Person", "name": story.athlete},
        "author": {"@id": request.build_absolute_uri("/#organization")},
        "publisher": _organization(request),
    }
    image = image_url(request, story.hero_image)
    if image:
        data["image"] = [image]
    if story.first_published_at:
        data["datePublished"] = story.first_published_at.isoformat()
    if story.last_published_at:
        data["dateModified"] = story.last_published_at.isoformat()
    return data


def _website(request, home, page_url, language):
    search_url = request.build_absolute_uri(reverse("search"))
    return {
        "@type": "WebSite",
        "name": home.title,
        "url": page_url,
        "inLanguage": language,
        "publisher": {"@id": request.build_absolute_uri("/#organization")},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term}}"},
            "query-input": "required name=search_term",
        },
    }


def structured_data(request, page, page_url, language) -> dict | None:
    """The JSON-LD document of ``page``, or None for pages that describe nothing."""
    from campaign.models import CampaignHomePage, FilmPage
    from stories.models import AthleteStoryPage

    if isinstance(page, FilmPage):
        graph = [_video_object(request, page, page_url, language)]
    elif isinstance(page, AthleteStoryPage):
        graph = [_article(request, page, page_url, language)]
    elif isinstance(page, CampaignHomePage):
        graph = [_organization(request), _website(request, page, page_url, language)]
    else:
        return None
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}
