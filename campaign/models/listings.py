"""Listings of pages of several types: what a card needs, loaded in a few queries."""

from itertools import groupby

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images import get_image_model


def prefetch_listing_images(pages):
    """Load the card image of every page (``listing_image_field``), one query per page type."""
    for _name, group in groupby(sorted(pages, key=lambda p: type(p).__name__), key=type):
        group = list(group)
        field = getattr(group[0], "listing_image_field", None)
        if field:
            prefetch_related_objects(group, with_renditions(field))
    return pages


def with_renditions(field):
    """Prefetch of an image field together with its renditions, so cards need no more queries
    (nor a trip to the cache for each rendition)."""
    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions())
