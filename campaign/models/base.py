"""The base page every campaign and story page inherits."""

from django.http import Http404
from django.utils.functional import cached_property
from django.utils.html import strip_tags

from wagtail.models import Page, PageViewRestriction

from campaign.markets.availability import (
    availability_notices,
    is_available,
    page_versions,
    restricted_paths,
)
from campaign.markets.models import MarketAvailability, markets_panel
from campaign.markets.previews import MarketPreviewMixin
from campaign.models.permissions import CampaignPagePermissionTester
from campaign.models.search_fields import multilingual_search_fields

DESCRIPTION_LENGTH = 300


class BasePage(MarketPreviewMixin, MarketAvailability, Page):
    """A page that can be limited to markets and is served in the market's language.

    Each page type says how it is shared and found: its Open Graph type, the fields its
    description is taken from, its share image, its schema.org data and, for pages the
    site search lists, what a result of its type is called.
    """

    translation_key_fields = ("title",)
    og_type = "website"
    # The first of these that is filled describes the page to search engines.
    description_fields: tuple[str, ...] = ("search_description",)
    # What a search result of this type is called; empty for pages search leaves out.
    search_result_kind = ""
    # The query parameters the page reads (of ``PAGE_QUERY_PARAMETERS``): its state.
    query_parameters: tuple[str, ...] = ()

    settings_panels = [markets_panel(), *Page.settings_panels]

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

    def permissions_for_user(self, user):
        return CampaignPagePermissionTester(user, self)

    def get_view_restrictions(self):
        # Campaigns seldom put a page behind a password: with no restriction anywhere,
        # serving a page asks the database nothing about them.
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context["preview_notices"] = availability_notices(
                self, getattr(request, "market", None)
            )
        return context

    @cached_property
    def market_page_versions(self):
        """The page's address in every market that runs it (hreflang, the market switcher)."""
        return page_versions(self)

    @property
    def description(self) -> str:
        """The page in a sentence or two, as search engines and social networks show it."""
        for field in self.description_fields:
            value = getattr(self, field, "")
            if value:
                return " ".join(strip_tags(str(value)).split())[:DESCRIPTION_LENGTH]
        return ""

    @property
    def share_image(self):
        """The image the page is shared with, or None."""
        return None

    def structured_data(self, request, page_url, language) -> list[dict]:
        """The schema.org nodes that describe the page (none by default)."""
        return []
