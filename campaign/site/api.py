"""The read-only API (Wagtail API v2): pages, films, quotes and statistics here; other apps
add their own endpoints through the ``register_api_endpoint`` hook (stories do).

Every request names a market (``?market=jp``): the answer holds only what that market
runs now, in its language, with links under its prefix. Drafts, items limited to other
markets, items before go-live or after expiry, and untranslated items in a market that
hides them are left out, in listings and detail views alike.
"""

import mimetypes

from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.api import APIField
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
)
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.rich_text import expand_db_html

from rest_framework.fields import CharField, Field

from campaign.markets.availability import available_pages_q, filter_available
from campaign.markets.current import (
    activate_market,
    active_markets,
    get_active_market,
    market_by_code,
)
from campaign.models import FilmPage, Quote, Statistic
from campaign.models.schema_org import SHARE_RENDITION

# The API reads; searching is the site's own (per-market, CJK-aware) search page.
READ_PARAMETERS = frozenset(["market"])
UNSUPPORTED_PARAMETERS = frozenset(["search", "search_operator", "translation_of", "locale"])


class RichTextHTMLField(Field):
    """Rich text as the site shows it, with internal links resolved."""

    def to_representation(self, value):
        return expand_db_html(value)


class MediaFileField(Field):
    """An uploaded film: its absolute address and type."""

    def to_representation(self, media):
        request = self.context["request"]
        return {
            "url": request.build_absolute_uri(media.url),
            "type": mimetypes.guess_type(media.file.name)[0] or "",
        }


class CaptionsField(Field):
    """The film's WebVTT caption files, one per language."""

    def to_representation(self, captions):
        request = self.context["request"]
        return [
            {"language": caption.language, "url": request.build_absolute_uri(caption.file.url)}
            for caption in captions.all()
        ]


class CallToActionField(Field):
    """The film's call to action in the requested market: its label and that market's link."""

    def to_representation(self, cta):
        label, url = cta
        return {"label": label, "url": url}


class ChannelsField(Field):
    """The channels a film runs on in the requested market."""

    def to_representation(self, film):
        return [run.channel for run in film.runs_for(get_active_market())]


class MarketAPIMixin:
    """Requires ``?market=``, serves in its language, and narrows to what it runs."""

    def dispatch(self, request, *args, **kwargs):
        # Serializing reads translated fields and builds links: both follow the
        # active market, so the whole answer is produced inside it.
        with activate_market(market_by_code(request.GET.get("market", ""))):
            return super().dispatch(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if get_active_market() is None:
            codes = ", ".join(market.code for market in active_markets())
            raise BadRequestError(
                _("The market parameter is required: one of %(codes)s.") % {"codes": codes}
            )


class MarketPagesAPIViewSet(MarketAPIMixin, PagesAPIViewSet):
    """Pages the market runs."""

    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
    ]
    known_query_parameters = (
        PagesAPIViewSet.known_query_parameters | READ_PARAMETERS
    ) - UNSUPPORTED_PARAMETERS

    def get_base_queryset(self):
        return super().get_base_queryset().filter(available_pages_q(get_active_market()))


# The poster and the video address of the market asked for (a market may have its own).
POSTER = APIField("poster", serializer=ImageRenditionField(SHARE_RENDITION, source="local_poster"))
EMBED_URL = APIField("embed_url", serializer=CharField(source="local_embed_url"))
CALL_TO_ACTION = APIField("call_to_action", serializer=CallToActionField(source="local_cta"))


class FilmsAPIViewSet(MarketPagesAPIViewSet):
    """Films the market runs, with their video, captions and channels there."""

    model = FilmPage
    name = "films"
    known_query_parameters = MarketPagesAPIViewSet.known_query_parameters - {"type"}
    body_fields = [
        *PagesAPIViewSet.body_fields,
        "logline",
        APIField("description", serializer=RichTextHTMLField()),
        APIField("video", serializer=MediaFileField()),
        EMBED_URL,
        POSTER,
        CALL_TO_ACTION,
        "duration",
        "release_date",
        "agency",
        "director",
        APIField("captions", serializer=CaptionsField()),
        APIField("channels", serializer=ChannelsField(source="*")),
        "transcript",
    ]
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "logline",
        "poster",
        "duration",
        "release_date",
    ]


class MarketSnippetAPIViewSet(MarketAPIMixin, BaseAPIViewSet):
    """Published snippets the market runs; drafts never appear."""

    filter_backends = [FieldsFilter, OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters | READ_PARAMETERS

    def get_queryset(self):
        return filter_available(self.model.objects.all(), get_active_market()).order_by("pk")


class QuotesAPIViewSet(MarketSnippetAPIViewSet):
    model = Quote
    name = "quotes"
    body_fields = ["id", "text", "speaker", "role", "source", "date"]
    listing_default_fields = ["id", "type", "detail_url", "text", "speaker", "role"]


class StatisticsAPIViewSet(MarketSnippetAPIViewSet):
    model = Statistic
    name = "statistics"
    body_fields = ["id", "figure", "label", "source"]
    listing_default_fields = ["id", "type", "detail_url", "figure", "label"]


class CampaignAPIRouter(WagtailAPIRouter):
    """Wagtail's router, with the endpoints apps register through ``register_api_endpoint``.

    Each hook returns ``(name, viewset)``. An item links to the endpoint of its most
    specific type (a story to ``stories/``, not ``pages/``), whatever the order of
    registration.
    """

    def __init__(self, url_namespace):
        super().__init__(url_namespace)
        self._hooked = False

    def _register_hooked_endpoints(self):
        if not self._hooked:
            self._hooked = True
            for register in hooks.get_hooks("register_api_endpoint"):
                self.register_endpoint(*register())

    def get_model_endpoint(self, model):
        self._register_hooked_endpoints()
        serving = [
            (name, viewset)
            for name, viewset in self._endpoints.items()
            if issubclass(model, viewset.model)
        ]
        if serving:
            return min(serving, key=lambda endpoint: model.__mro__.index(endpoint[1].model))
        return None

    def get_urlpatterns(self):
        self._register_hooked_endpoints()
        return super().get_urlpatterns()


api_router = CampaignAPIRouter("wagtailapi")
api_router.register_endpoint("films", FilmsAPIViewSet)
api_router.register_endpoint("pages", MarketPagesAPIViewSet)
api_router.register_endpoint("quotes", QuotesAPIViewSet)
api_router.register_endpoint("statistics", StatisticsAPIViewSet)
