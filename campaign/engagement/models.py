"""Placements (where a QR code hangs) and the daily counts the report reads.

Counts are kept per market and per day of that market (its time zone), never per visitor.
The only trace of a visitor is ``VisitorMark``: a salted hash, kept while the market's day
lasts, to count unique visitors; the roll-up deletes the marks of days that are over.
"""

import secrets
import string

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel

from campaign.engagement.events import Event

CODE_ALPHABET = string.ascii_lowercase + string.digits
CODE_LENGTH = 6


def new_placement_code():
    # Short enough for a QR code of the smallest size, long enough not to be guessed in order.
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Placement(models.Model):
    """A place in one market where the campaign's QR code is shown, leading to one page."""

    market = models.ForeignKey(
        "campaign.Market", verbose_name=_("market"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("Where the code hangs, for example “Olympic Showcase, Gangneung: entrance”."),
    )
    code = models.SlugField(
        _("short code"),
        max_length=32,
        unique=True,
        default=new_placement_code,
        help_text=_("The end of the short address /go/<code>/. Keep it once it is printed."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("leads to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty, or not running in the market: the market's home page."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("An inactive code leads to the home page uncounted.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("market"), FieldPanel("code")]),
        FieldPanel("name"),
        PageChooserPanel("page"),
        FieldPanel("is_active"),
    ]

    class Meta:
        ordering = ["market__sort_order", "name"]
        verbose_name = _("placement")
        verbose_name_plural = _("placements")

    def __str__(self):
        return f"{self.name} ({self.market})"

    @property
    def short_path(self):
        return f"/go/{self.code}/"


class DailyCount(models.Model):
    """How often one event happened in one market on one local day, per page, film and source."""

    day = models.DateField(_("day"))
    market = models.ForeignKey(
        "campaign.Market", verbose_name=_("market"), on_delete=models.CASCADE, related_name="+"
    )
    event = models.CharField(_("event"), max_length=16, choices=Event.choices)
    # Plain identifiers, not foreign keys: counts outlive a deleted page. 0 = none.
    page_id = models.PositiveIntegerField(_("page"), default=0)
    film_id = models.PositiveIntegerField(_("film"), default=0)
    placement_id = models.PositiveIntegerField(_("placement"), default=0)
    referrer = models.CharField(_("referrer host"), max_length=253, blank=True)
    utm_source = models.CharField(max_length=100, blank=True)
    utm_medium = models.CharField(max_length=100, blank=True)
    utm_campaign = models.CharField(max_length=100, blank=True)
    count = models.PositiveIntegerField(_("count"), default=0)
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("daily count")
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "day",
                    "market",
                    "event",
                    "page_id",
                    "film_id",
                    "placement_id",
                    "referrer",
                    "utm_source",
                    "utm_medium",
                    "utm_campaign",
                    "is_demo",
                ],
                name="one_daily_count_per_key",
            )
        ]
        indexes = [models.Index(fields=["market", "day", "event"], name="daily_count_lookup")]

    def __str__(self):
        return f"{self.day} {self.market_id} {self.event}: {self.count}"


class DailyVisitors(models.Model):
    """Unique visitors of one market on one local day (each day's salt is new)."""

    day = models.DateField(_("day"))
    market = models.ForeignKey(
        "campaign.Market", verbose_name=_("market"), on_delete=models.CASCADE, related_name="+"
    )
    visitors = models.PositiveIntegerField(_("unique visitors"), default=0)
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("daily visitors")
        verbose_name_plural = _("daily visitors")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "market", "is_demo"], name="one_visitor_count_per_market_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.market_id}: {self.visitors}"


class VisitorMark(models.Model):
    """A visitor's hash for one market's day, kept only while that day lasts."""

    day = models.DateField()
    market = models.ForeignKey("campaign.Market", on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=16)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "market", "digest"], name="one_mark_per_visitor")
        ]

    def __str__(self):
        return f"{self.day} {self.market_id}"
