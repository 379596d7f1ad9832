"""The campaign home page of every market."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from modelcluster.fields import ParentalKey

from campaign.blocks import TEXT_FEATURES, ManifestoLineBlock
from campaign.markets import available_items
from campaign.models.base import BasePage
from campaign.models.listings import prefetch_listing_images


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

    # The home page is the root of a campaign site: one of it, at the top of the tree.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["campaign.FilmIndexPage", "stories.StoryIndexPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        market = request.market
        statistics = [p.statistic for p in self.statistic_placements.select_related("statistic")]
        quotes = [p.quote for p in self.quote_placements.select_related("quote")]
        feature_order = {f.feature_id: position for position, f in enumerate(self.features.all())}
        features = list(Page.objects.filter(pk__in=feature_order).specific())
        prefetch_listing_images(features)
        hero_film = self.hero_film
        available = set(
            map(id, available_items([*statistics, *quotes, *features, hero_film], market))
        )
        context.update(
            hero_film=hero_film if id(hero_film) in available else None,
            statistics=[s for s in statistics if id(s) in available],
            quotes=[q for q in quotes if id(q) in available],
            features=sorted(
                (f for f in features if id(f) in available), key=lambda f: feature_order[f.pk]
            ),
        )
        return context


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
