"""The base page every campaign and story page inherits."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Page

from campaign.markets import (
    availability_notices,
    is_available,
    page_versions,
)
from campaign.models.markets import MarketAvailability
from campaign.models.previews import MarketPreviewMixin
from campaign.search.fields import multilingual_search_fields
from campaign.workflow.locks import CampaignPageForm


class BasePage(MarketPreviewMixin, MarketAvailability, Page):
    """A page that can be limited to markets and is served in the market's language."""

    translation_key_fields = ("title",)
    base_form_class = CampaignPageForm

    settings_panels = [
        MultiFieldPanel(
            [FieldPanel("markets"), InlinePanel("market_schedules", label=_("Schedule"))],
            heading=_("Markets"),
        ),
        *Page.settings_panels,
    ]

    # Every language's title, so each market's search finds pages in its language.
    search_fields = [*Page.search_fields, *multilingual_search_fields("title", boost=2)]

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        # Previews show drafts to editors; visitors only see what their market runs.
        if not getattr(request, "is_preview", False) and not is_available(
            self, getattr(request, "market", None)
        ):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["market_versions"] = page_versions(self)
        if getattr(request, "is_preview", False):
            context["preview_notices"] = availability_notices(
                self, getattr(request, "market", None)
            )
        return context
