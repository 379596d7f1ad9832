"""Listings of pages of several types: what a card needs, loaded in a few queries."""

from itertools import groupby

from django.db.models import prefetch_related_objects


def prefetch_listing_images(pages):
    """Load the card image of every page (``listing_image_field``), one query per page type."""
    for _name, group in groupby(sorted(pages, key=lambda p: type(p).__name__), key=type):
        group = list(group)
        field = getattr(group[0], "listing_image_field", None)
        if field:
            prefetch_related_objects(group, field)
    return pages
