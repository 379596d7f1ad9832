"""Index pages that list what a market runs, and what a listing's cards need.

The film library and the story collection are both a ``ListingPage``: a filter form,
the children the visitor's market runs, twelve cards a page. Cards of several page types
(the home page's features) load their images in a few queries too.
"""

import hashlib
from itertools import groupby

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.models import Page

from campaign.markets.availability import filter_available
from campaign.models.base import BasePage
from campaign.platform.page_cache.fragments import cached_fragment

ITEMS_PER_PAGE = 12


def with_renditions(field):
    """Prefetch of an image field together with its renditions, so cards need no more queries
    (nor a trip to the cache for each rendition)."""
    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions())


class StandIn:
    """An item known only by its type and id: enough to find its cached card.

    A listing hands its cards these rather than loading every item (and building a model
    instance for it); ``load_cards_items`` loads the items of the cards still to render.
    """

    def __init__(self, model, pk):
        self.model = model
        self.pk = pk
        self._meta = model._meta
        if issubclass(model, Page):
            self.page_ptr_id = pk

    @property
    def card_template(self):
        return self.model.card_template


def load_cards_items(items, indexes):
    """Replace the stand-ins at ``indexes`` by their items, with their card images."""
    stand_ins_by_model = {}
    for index in indexes:
        if isinstance(items[index], StandIn):
            stand_ins_by_model.setdefault(items[index].model, []).append(index)
    for model, model_indexes in stand_ins_by_model.items():
        loaded = model.objects.in_bulk([items[index].pk for index in model_indexes])
        for index in model_indexes:
            items[index] = loaded.get(items[index].pk, items[index])
    prefetch_listing_images([items[index] for index in indexes])


def prefetch_listing_images(pages):
    """Load the card image of every page (``listing_image_field``), one query per page type."""
    for _name, group in groupby(sorted(pages, key=lambda p: type(p).__name__), key=type):
        group = list(group)
        field = getattr(group[0], "listing_image_field", None)
        if field:
            prefetch_related_objects(group, with_renditions(field))
        for lookup in getattr(group[0], "listing_market_images", ()):
            prefetch_related_objects(group, with_renditions(lookup))
    return pages


def filter_form_key(form):
    """What the filter form's HTML depends on: its choices and what the visitor chose.

    Rendering a form's widgets costs more than all the rest of a listing; with this key
    the form is rendered once per set of choices and values (``{% fragment %}``).
    """
    choices = [
        (name, [str(value) for value, _label in getattr(field, "choices", ())])
        for name, field in form.fields.items()
    ]
    values = sorted(form.data.items()) if form.is_bound else []
    return hashlib.sha256(repr((choices, values)).encode()).hexdigest()


class ListingPage(BasePage):
    """Lists the children of one page type that run in the visitor's market, filterable."""

    intro = models.TextField(_("introduction"), max_length=300, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    description_fields = ("search_description", "intro")

    # The page type listed, and the form that filters it (its cleaned data is passed
    # to ``filter_items``).
    listed_model: type[BasePage]
    filter_form_class: type[forms.Form]
    # One listing of each kind per campaign, directly below the home page.
    max_count = 1

    class Meta:
        abstract = True

    @property
    def query_parameters(self):
        return ("page", *self.filter_form_class.base_fields)

    def filter_items(self, items, filters, market):
        """Narrow ``items`` by the filter form's cleaned data, as ``market`` reads them."""
        return items

    def order_items(self, items):
        return items.order_by("pk")

    def listed_items(self, market, filters=None):
        """The children this market runs, filtered and in order.

        Their card images are loaded by the cards that are not made yet (``{% cards %}``).
        """
        items = self.listed_model.objects.live().child_of(self)
        items = filter_available(self.filter_items(items, filters or {}, market), market)
        return self.order_items(items)

    def listed_ids(self, market, filters):
        """The ids of ``listed_items``, worked out once per market and filters and kept
        until the listing changes (any item of its type, or a go-live or expiry)."""

        def find():
            return list(self.listed_items(market, filters).values_list("pk", flat=True))

        return cached_fragment(find, "listing", self, market, sorted(filters.items()))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form_class(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        ids = self.listed_ids(request.market, filters)
        page = Paginator(ids, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
        # The cards are mostly made already: their items are loaded only for those that are not.
        page.object_list = [StandIn(self.listed_model, pk) for pk in page.object_list]
        context["filter_form"] = form
        context["filter_form_key"] = filter_form_key(form)
        context["items"] = page
        return context
