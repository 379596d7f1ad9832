"""Markets (the countries a campaign runs in), the fields that limit content to them, and
per-market go-live and expiry.

They belong to the ``campaign`` app (``campaign.models`` imports them); they live here, in
the market core, because every rule about markets reads them.
"""

import zoneinfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from campaign.markets.languages import SOURCE_LANGUAGE
from campaign.platform.video_services import SERVICE_NAMES, service_of

# First path segments that belong to the site itself, never to a market: "admin" of
# "/admin/", "sitemap" of "/sitemap.xml".
RESERVED_PREFIXES = {path.strip("/").split("/")[0].split(".")[0] for path in settings.SITE_PATHS}


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("“%(value)s” is not a known time zone."), params={"value": value})


def validate_url_prefix(value):
    if value in RESERVED_PREFIXES:
        raise ValidationError(
            _("“%(value)s” is reserved for the site itself."), params={"value": value}
        )


class ServiceListField(models.JSONField):
    """A list of video service names, edited as one checkbox per service."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name,
            help_text=self.help_text,
            required=False,
            choices=[(name, name) for name in SERVICE_NAMES],
            widget=forms.CheckboxSelectMultiple,
        )


class LanguageChainFormField(forms.CharField):
    """Language codes in order, typed as "zh-hans, en": the order is the point."""

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        codes = [code.strip().lower() for code in (value or "").split(",") if code.strip()]
        known = dict(settings.LANGUAGES)
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise ValidationError(
                _("Unknown language code: %(codes)s. Use one of %(known)s."),
                params={"codes": ", ".join(unknown), "known": ", ".join(known)},
            )
        if len(set(codes)) != len(codes):
            raise ValidationError(_("Name each language once."))
        return codes


class LanguageListField(models.JSONField):
    """An ordered list of language codes."""

    def formfield(self, **kwargs):
        return LanguageChainFormField(
            label=self.verbose_name, help_text=self.help_text, required=False
        )


class FallbackPolicy(models.TextChoices):
    SHOW_SOURCE = "source", _("Show the source-language text")
    HIDE = "hide", _("Hide items that are not translated")


class Market(models.Model):
    """A country the campaign runs in, with its own URL prefix, language and time zone."""

    code = models.SlugField(_("code"), max_length=8, unique=True)
    name = models.CharField(_("name"), max_length=80)
    # One market per language: the language decides which URL prefix links are
    # built with, so two markets sharing one could not be told apart.
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, unique=True
    )
    url_prefix = models.SlugField(
        _("URL prefix"),
        max_length=16,
        unique=True,
        validators=[validate_url_prefix],
        help_text=_("The first part of every address in this market, for example “jp”."),
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, validators=[validate_time_zone], default="UTC"
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("An inactive market's site answers 404.")
    )
    fallback_policy = models.CharField(
        _("when a translation is missing"),
        max_length=8,
        choices=FallbackPolicy.choices,
        default=FallbackPolicy.SHOW_SOURCE,
    )
    falls_back_to = LanguageListField(
        _("reads these languages where its own is missing"),
        default=list,
        blank=True,
        help_text=_(
            "Language codes in order, separated by commas (the United Kingdom: “en”). "
            "Their texts count as this market's; the policy above applies after them."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    blocked_video_services = ServiceListField(
        _("video services that cannot be reached"),
        default=list,
        blank=True,
        help_text=_("A film that plays only from one of these is at risk in this market."),
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("url_prefix")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("language"), FieldPanel("time_zone")]),
        MultiFieldPanel(
            [
                FieldPanel("is_active"),
                FieldPanel("fallback_policy"),
                FieldPanel("falls_back_to"),
                FieldPanel("sort_order"),
            ],
            heading=_("Publishing"),
        ),
        FieldPanel("blocked_video_services"),
    ]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("market")
        verbose_name_plural = _("markets")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.language in (self.falls_back_to or []):
            raise ValidationError(
                {"falls_back_to": _("A market does not fall back to its own language.")}
            )
        if self.pk is None:
            return
        # Published links, search engines and cached URL routes all know a market
        # by its prefix and language: they are fixed once the market exists.
        stored = Market.objects.filter(pk=self.pk).values("url_prefix", "language").first()
        if stored is None:
            return
        errors = {}
        if stored["url_prefix"] != self.url_prefix:
            errors["url_prefix"] = _("The URL prefix of an existing market cannot change.")
        if stored["language"] != self.language:
            errors["language"] = _("The language of an existing market cannot change.")
        if errors:
            raise ValidationError(errors)

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def reaches(self, url):
        """Whether visitors of this market can play a film from ``url``."""
        return service_of(url) not in set(self.blocked_video_services or [])

    @property
    def reading_order(self) -> tuple[str, ...]:
        """The languages whose text this market's visitors read, its own first.

        The source language, where it is not among them, stands in for what none of them
        has only as the fallback policy allows: it is not a translation for this market.
        """
        order = [self.language]
        order += [code for code in self.falls_back_to or [] if code not in order]
        return tuple(order)

    @property
    def hides_untranslated(self):
        return self.fallback_policy == FallbackPolicy.HIDE and self.language != SOURCE_LANGUAGE


class MarketAvailability(models.Model):
    """Limits a page or snippet to some markets; no market chosen means every market."""

    markets = ParentalManyToManyField(
        "campaign.Market",
        blank=True,
        related_name="+",
        verbose_name=_("runs in markets"),
        help_text=_("Leave empty to run in every market."),
    )

    # The translated fields without which a market that hides untranslated
    # items leaves this item out. Other fields fall back to the source text.
    translation_key_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True


def markets_panel():
    """The editor's "Markets" panel: where an item runs, and when it goes live in each."""
    return MultiFieldPanel(
        [FieldPanel("markets"), InlinePanel("market_schedules", label=_("Schedule"))],
        heading=_("Markets"),
    )


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
