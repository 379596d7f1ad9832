"""Snippets reused across pages: spokesperson quotes and campaign statistics."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from campaign.markets.models import MarketAvailability, MarketSchedule, markets_panel
from campaign.markets.previews import MarketPreviewMixin


class CampaignSnippet(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    MarketPreviewMixin,
    PreviewableMixin,
    MarketAvailability,
    index.Indexed,
    ClusterableModel,
):
    """A snippet that goes through review like a page, with drafts, revisions and markets."""

    class Meta:
        abstract = True

    def get_preview_template(self, request, mode_name):
        return f"campaign/previews/{self._meta.model_name}.html"


class Quote(CampaignSnippet):
    """Something a spokesperson or an athlete said about the campaign."""

    text = models.TextField(_("text"), max_length=600)
    speaker = models.CharField(_("speaker"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True)
    source = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("Where or when it was said.")
    )
    date = models.DateField(_("date"), null=True, blank=True)

    translation_key_fields = ("text",)

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("speaker"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("date")]),
        markets_panel(),
    ]

    search_fields = [
        index.SearchField("text"),
        index.AutocompleteField("speaker"),
    ]

    class Meta:
        ordering = ["-date", "pk"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")

    def __str__(self):
        return f"{self.speaker}: {self.text[:60]}"


class Statistic(CampaignSnippet):
    """A striking figure about “small”, such as “97% of companies are small companies”."""

    figure = models.CharField(
        _("figure"), max_length=16, help_text=_("The figure as shown, for example “97%”.")
    )
    label = models.CharField(_("label"), max_length=160)
    source = models.CharField(_("source"), max_length=200, blank=True)

    translation_key_fields = ("label",)

    panels = [
        FieldRowPanel([FieldPanel("figure"), FieldPanel("label")]),
        FieldPanel("source"),
        markets_panel(),
    ]

    search_fields = [index.SearchField("label")]

    class Meta:
        ordering = ["pk"]
        verbose_name = _("statistic")
        verbose_name_plural = _("statistics")

    def __str__(self):
        return f"{self.figure} {self.label}"


class QuoteMarketSchedule(MarketSchedule):
    quote = ParentalKey("campaign.Quote", on_delete=models.CASCADE, related_name="market_schedules")

    class Meta(MarketSchedule.Meta):
        verbose_name = _("market schedule")
        constraints = [
            models.UniqueConstraint(
                fields=["quote", "market"], name="one_schedule_per_quote_market"
            )
        ]


class StatisticMarketSchedule(MarketSchedule):
    statistic = ParentalKey(
        "campaign.Statistic", on_delete=models.CASCADE, related_name="market_schedules"
    )

    class Meta(MarketSchedule.Meta):
        verbose_name = _("market schedule")
        constraints = [
            models.UniqueConstraint(
                fields=["statistic", "market"], name="one_schedule_per_statistic_market"
            )
        ]


# The snippets that go through the campaign's workflow and its translators' tools.
CAMPAIGN_SNIPPETS = (Quote, Statistic)
