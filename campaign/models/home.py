"""The campaign home page of every market."""

from django.db import models
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from modelcluster.fields import ParentalKey

from campaign.blocks import TEXT_FEATURES, ManifestoLineBlock
from campaign.markets.availability import available_items
from campaign.models.base import BasePage
from campaign.models.schema_org import organization, organization_id


class CampaignHomePage(BasePage):
    """The hero film, the manifesto, the statistics, and featured films and stories."""

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_film = models.ForeignKey(
        "campaign.FilmPage",
        verbose_name=_("hero film"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(_("introduction"), features=TEXT_FEATURES, blank=True)
    manifesto = StreamField(
        [("line", ManifestoLineBlock(max_length=160))], blank=True, verbose_name=_("manifesto")
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), PageChooserPanel("hero_film", "campaign.FilmPage")],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("manifesto"),
        InlinePanel("statistic_placements", heading=_("Statistics"), label=_("Statistic")),
        InlinePanel("quote_placements", heading=_("Quotes"), label=_("Quote")),
        InlinePanel("features", heading=_("Featured films and stories"), label=_("Feature")),
    ]

    description_fields = ("search_description", "intro", "hero_heading")

    # The home page is the root of a campaign site: one of it, at the top of the tree.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["campaign.FilmIndexPage", "stories.StoryIndexPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Worked out only when the page's sections are rendered, not when they are reused.
        context["sections"] = SimpleLazyObject(lambda: self.sections(request.market))
        return context

    def sections(self, market):
        """The hero film, statistics, quotes and features that ``market`` runs, in order."""
        statistics = [p.statistic for p in self.statistic_placements.select_related("statistic")]
        quotes = [p.quote for p in self.quote_placements.select_related("quote")]
        feature_order = {f.feature_id: position for position, f in enumerate(self.features.all())}
        features = list(Page.objects.filter(pk__in=feature_order).specific())
        hero_film = self.hero_film
        available = set(
            map(id, available_items([*statistics, *quotes, *features, hero_film], market))
        )
        return {
            "hero_film": hero_film if id(hero_film) in available else None,
            "statistics": [s for s in statistics if id(s) in available],
            "quotes": [q for q in quotes if id(q) in available],
            "features": sorted(
                (f for f in features if id(f) in available), key=lambda f: feature_order[f.pk]
            ),
        }

    @property
    def share_image(self):
        return self.hero_film.local_poster if self.hero_film else None

    def structured_data(self, request, page_url, language):
        search_url = request.build_absolute_uri(reverse("search"))
        website = {
            "@type": "WebSite",
            "name": self.title,
            "url": page_url,
            "inLanguage": language,
            "publisher": {"@id": organization_id(request)},
            "potentialAction": {
                "@type": "SearchAction",
                "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term}}"},
                "query-input": "required name=search_term",
            },
        }
        return [organization(request), website]


class HomePageStatistic(Orderable):
    page = ParentalKey(
        CampaignHomePage, on_delete=models.CASCADE, related_name="statistic_placements"
    )
    statistic = models.ForeignKey(
        "campaign.Statistic",
        verbose_name=_("statistic"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("statistic")]


class HomePageQuote(Orderable):
    page = ParentalKey(CampaignHomePage, on_delete=models.CASCADE, related_name="quote_placements")
    quote = models.ForeignKey(
        "campaign.Quote", verbose_name=_("quote"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("quote")]


class HomePageFeature(Orderable):
    page = ParentalKey(CampaignHomePage, on_delete=models.CASCADE, related_name="features")
    # A film or an athlete story; the chooser offers only those two types.
    feature = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("feature", ["campaign.FilmPage", "stories.AthleteStoryPage"])]
