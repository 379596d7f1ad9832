"""Per-market go-live and expiry: publishing is the global switch, these narrow it per market."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from modelcluster.fields import ParentalKey


class MarketSchedule(models.Model):
    """When an item goes live and expires in one market, stored in UTC."""

    market = models.ForeignKey(
        "campaign.Market", verbose_name=_("market"), on_delete=models.CASCADE, related_name="+"
    )
    go_live_at = models.DateTimeField(
        _("goes live at"), null=True, blank=True, help_text=_("In the market's local time.")
    )
    expire_at = models.DateTimeField(
        _("expires at"), null=True, blank=True, help_text=_("In the market's local time.")
    )

    panels = [
        FieldPanel("market"),
        FieldRowPanel([FieldPanel("go_live_at"), FieldPanel("expire_at")]),
    ]

    class Meta:
        abstract = True
        ordering = ["market__sort_order"]

    def __str__(self):
        return f"{self.market}: {self.go_live_at or '…'} – {self.expire_at or '…'}"

    def clean(self):
        super().clean()
        if self.go_live_at and self.expire_at and self.expire_at <= self.go_live_at:
            raise ValidationError({"expire_at": _("The expiry must come after the go-live time.")})

    def is_open_at(self, moment):
        """Whether the item may be shown in this market at ``moment``."""
        if self.go_live_at and moment < self.go_live_at:
            return False
        return not (self.expire_at and moment >= self.expire_at)


class PageMarketSchedule(MarketSchedule):
    # On Wagtail's Page, so every page type shares one table and one inline panel.
    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="market_schedules"
    )

    class Meta(MarketSchedule.Meta):
        verbose_name = _("market schedule")
        constraints = [
            models.UniqueConstraint(fields=["page", "market"], name="one_schedule_per_page_market")
        ]


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
