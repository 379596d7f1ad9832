"""Which pages of the tree a market runs, as one database filter.

``campaign.markets`` decides availability for one model at a time; listings that
mix page types (search, the API, the sitemap) ask here for all of them at once.
"""

from django.db.models import Q

from wagtail.models import get_page_models

from campaign.markets import filter_available


def campaign_page_models():
    """The page types of the campaign (all inherit ``BasePage``, so all have markets)."""
    from campaign.models import BasePage

    return [model for model in get_page_models() if issubclass(model, BasePage)]


def available_pages_q(market, models=None) -> Q:
    """A filter on ``Page`` keeping the pages of ``models`` that ``market`` runs now."""
    condition = Q(pk__in=[])
    for model in models or campaign_page_models():
        condition |= Q(pk__in=filter_available(model.objects.all(), market).values("pk"))
    return condition
