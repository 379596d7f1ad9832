"""Snippets reused across pages: spokesperson quotes and campaign statistics."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from modelcluster.models import ClusterableModel

from campaign.models.markets import MarketAvailability


class Quote(MarketAvailability, ClusterableModel, index.Indexed):
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
        MultiFieldPanel([FieldPanel("markets")], heading=_("Markets")),
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


class Statistic(MarketAvailability, ClusterableModel, index.Indexed):
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
        MultiFieldPanel([FieldPanel("markets")], heading=_("Markets")),
    ]

    search_fields = [index.SearchField("label")]

    class Meta:
        ordering = ["pk"]
        verbose_name = _("statistic")
        verbose_name_plural = _("statistics")

    def __str__(self):
        return f"{self.figure} {self.label}"
