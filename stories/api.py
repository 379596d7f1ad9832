"""The stories' endpoint of the read-only API: ``/api/v2/stories/?market=jp``."""

from wagtail.api import APIField
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField

from campaign.models.schema_org import SHARE_RENDITION
from campaign.site.api import MarketPagesAPIViewSet
from stories.models import AthleteStoryPage


class StoriesAPIViewSet(MarketPagesAPIViewSet):
    """Athlete stories the market runs."""

    model = AthleteStoryPage
    name = "stories"
    known_query_parameters = MarketPagesAPIViewSet.known_query_parameters - {"type"}
    body_fields = [
        *PagesAPIViewSet.body_fields,
        "athlete",
        "sport",
        "country",
        "games",
        "year",
        "summary",
        APIField("hero_image", serializer=ImageRenditionField(SHARE_RENDITION)),
        "body",
    ]
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "athlete",
        "sport",
        "country",
        "year",
        "summary",
    ]
