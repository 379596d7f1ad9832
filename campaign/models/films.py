"""Films: the hero film and the athlete story films, and the page that lists them."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from modelcluster.fields import ParentalKey
from wagtailmedia.edit_handlers import MediaChooserPanel

from campaign.blocks import TEXT_FEATURES
from campaign.markets.current import get_active_market
from campaign.markets.related import related_items
from campaign.models.base import BasePage
from campaign.models.listings import ListingPage
from campaign.models.market_values_panel import MarketValuesSummaryPanel
from campaign.models.schema_org import image_url, iso_duration
from campaign.models.search_fields import multilingual_search_fields
from campaign.platform.page_cache.dependencies import shows_variant
from campaign.platform.video_services import SERVICE_NAMES, service_of


class Channel(models.TextChoices):
    TV = "tv", _("TV")
    ONLINE = "online", _("Online video")
    SOCIAL = "social", _("Social media")
    OUTDOOR = "outdoor", _("Outdoor screens")


class FilmFilterForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=[("", _("All channels")), *Channel.choices],
        required=False,
    )


class FilmPage(BasePage):
    """One film: an uploaded video and/or an external embed, with its credits and runs."""

    logline = models.TextField(_("logline"), max_length=300)
    description = RichTextField(_("description"), features=TEXT_FEATURES, blank=True)
    video = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    embed_url = models.URLField(
        _("external video URL"),
        blank=True,
        help_text=_("A YouTube, Youku or Vimeo address, played when there is no video file."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    duration = models.DurationField(
        _("duration"), null=True, blank=True, help_text=_("For example 00:01:30.")
    )
    release_date = models.DateField(_("release date"), null=True, blank=True)
    agency = models.CharField(_("agency"), max_length=120, blank=True)
    director = models.CharField(_("director"), max_length=120, blank=True)
    transcript = models.TextField(_("transcript"), blank=True)
    cta_label = models.CharField(
        _("call to action"),
        max_length=60,
        blank=True,
        help_text=_("The button under the film, for example “Meet the team”."),
    )
    cta_url = models.URLField(
        _("call to action link"),
        blank=True,
        help_text=_("Where the button leads; a market may have a link of its own below."),
    )

    translation_key_fields = ("title", "logline")
    # The columns a film card has room for (a CJK character takes two): the translators'
    # checks hold a logline to it.
    display_widths = {"title": 80, "logline": 240, "cta_label": 40}
    og_type = "video.other"
    description_fields = ("search_description", "logline")
    search_result_kind = _("Film")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("logline"),
        MultiFieldPanel(
            [
                MediaChooserPanel("video", media_type="video"),
                FieldPanel("embed_url"),
                FieldPanel("poster"),
                FieldRowPanel([FieldPanel("duration"), FieldPanel("release_date")]),
            ],
            heading=_("Film"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("agency"), FieldPanel("director")])],
            heading=_("Credits"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("cta_label"), FieldPanel("cta_url")])],
            heading=_("Call to action"),
        ),
        MultiFieldPanel(
            [
                MarketValuesSummaryPanel(heading=_("What each market shows")),
                InlinePanel(
                    "market_values",
                    label=_("Market's own value"),
                    help_text=_(
                        "Only where a market needs its own: an address on a video service it "
                        "can reach, a poster, or a call to action link of its own (a local "
                        "partner or shop). Every other market shows the values above."
                    ),
                ),
            ],
            heading=_("Per market"),
        ),
        InlinePanel("runs", heading=_("Where it runs"), label=_("Run")),
        InlinePanel("captions", heading=_("Captions"), label=_("Caption file")),
        FieldPanel("transcript"),
    ]

    search_fields = [
        *BasePage.search_fields,
        *multilingual_search_fields("logline", "description", "transcript"),
    ]

    parent_page_types = ["campaign.FilmIndexPage"]
    subpage_types = []

    card_template = "includes/film_card.html"
    listing_image_field = "poster"
    # Cards show the poster of the market they are rendered for.
    listing_market_images = ("market_values__poster",)
    # Its rows are a market's own: changing only them changes only that market's pages.
    market_values_relation = "market_values"

    def clean(self):
        super().clean()
        if not self.video_id and not self.embed_url:
            raise ValidationError(_("Choose a video file or enter an external video URL."))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["runs"] = SimpleLazyObject(lambda: self.runs_for(request.market))
        return context

    def runs_for(self, market):
        """The channels this film runs on in ``market``."""
        market_pk = market.pk if market else None
        return [run for run in self.runs.all() if run.market_id in (None, market_pk)]

    def market_value(self, market):
        """The film's own values in ``market``, or None where it shows the shared ones."""
        if market is None:
            return None
        # What a market's pages show of the film depends on that market's own values.
        shows_variant(self, market.code)
        values = related_items(self, "market_values")
        return next((v for v in values if v.market_id == market.pk), None)

    def embed_url_in(self, market):
        own = self.market_value(market)
        return own.embed_url if own and own.embed_url else self.embed_url

    def poster_in(self, market):
        own = self.market_value(market)
        return own.poster if own and own.poster_id else self.poster

    def cta_url_in(self, market):
        own = self.market_value(market)
        return own.cta_url if own and own.cta_url else self.cta_url

    @property
    def local_cta(self):
        """``(label, link)`` of the call to action in the market being served, or None."""
        url = self.cta_url_in(get_active_market())
        return (self.cta_label, url) if self.cta_label and url else None

    @property
    def local_embed_url(self):
        """The external video address for the market being served."""
        return self.embed_url_in(get_active_market())

    @property
    def local_poster(self):
        """The poster for the market being served."""
        return self.poster_in(get_active_market())

    def unreachable_in(self, markets):
        """``[(market, service)]``: markets whose visitors cannot play this film.

        An uploaded video plays everywhere; an external one only where its service can
        be reached.
        """
        if self.video_id:
            return []
        found = []
        for market in markets:
            url = self.embed_url_in(market)
            if url and not market.reaches(url):
                found.append((market, service_of(url)))
        return found

    @property
    def share_image(self):
        return self.local_poster

    def structured_data(self, request, page_url, language):
        video = {
            "@type": "VideoObject",
            "name": self.title,
            "description": strip_tags(self.logline),
            "inLanguage": language,
            "url": page_url,
        }
        thumbnail = image_url(request, self.local_poster)
        if thumbnail:
            video["thumbnailUrl"] = [thumbnail]
        upload = self.release_date or (self.first_published_at and self.first_published_at.date())
        if upload:
            video["uploadDate"] = upload.isoformat()
        if self.duration:
            video["duration"] = iso_duration(self.duration)
        if self.video:
            video["contentUrl"] = request.build_absolute_uri(self.video.url)
        if self.local_embed_url:
            video["embedUrl"] = self.local_embed_url
        return [video]


class FilmRun(Orderable):
    """A channel a film runs on, in one market or in all of them."""

    film = ParentalKey(FilmPage, on_delete=models.CASCADE, related_name="runs")
    market = models.ForeignKey(
        "campaign.Market",
        verbose_name=_("market"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        help_text=_("Leave empty for every market."),
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)

    panels = [FieldRowPanel([FieldPanel("market"), FieldPanel("channel")])]

    class Meta(Orderable.Meta):
        verbose_name = _("run")
        verbose_name_plural = _("runs")


class FilmMarketValue(Orderable):
    """What a film shows in one market instead of its shared values: a video address on a
    service the market can reach, a poster, a call to action link of its own."""

    film = ParentalKey(FilmPage, on_delete=models.CASCADE, related_name="market_values")
    market = models.ForeignKey(
        "campaign.Market", verbose_name=_("market"), on_delete=models.CASCADE, related_name="+"
    )
    embed_url = models.URLField(
        _("external video URL"),
        blank=True,
        help_text=_("Leave empty to play the shared video in this market."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cta_url = models.URLField(
        _("call to action link"),
        blank=True,
        help_text=_("A local partner or shop; the label is the film's, translated."),
    )

    # A plain list of the markets, not the snippet chooser: there are a handful.
    panels = [
        FieldPanel("market", widget=forms.Select),
        FieldRowPanel([FieldPanel("embed_url"), FieldPanel("poster")]),
        FieldPanel("cta_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("market's own value")
        verbose_name_plural = _("markets' own values")
        constraints = [
            models.UniqueConstraint(fields=["film", "market"], name="one_value_set_per_market")
        ]

    def __str__(self):
        return f"{self.market}: {self.embed_url or '…'}"

    def clean(self):
        super().clean()
        if not self.embed_url and not self.poster_id and not self.cta_url:
            raise ValidationError(
                _("Give this market its own video address, poster or call to action link.")
            )
        market = self.market if self.market_id else None
        if market is not None and self.embed_url:
            if service_of(self.embed_url) not in SERVICE_NAMES:
                raise ValidationError(
                    {"embed_url": _("Use an address on a video service the site can play.")}
                )
            if not market.reaches(self.embed_url):
                raise ValidationError(
                    {
                        "embed_url": _(
                            "%(service)s cannot be reached from %(market)s; use a service "
                            "that plays there."
                        )
                        % {"service": service_of(self.embed_url), "market": market}
                    }
                )


class FilmCaption(Orderable):
    """A WebVTT caption file of a film in one language."""

    film = ParentalKey(FilmPage, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("WebVTT file"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("file")])]

    class Meta(Orderable.Meta):
        verbose_name = _("caption file")
        verbose_name_plural = _("caption files")
        constraints = [
            models.UniqueConstraint(fields=["film", "language"], name="one_caption_per_language")
        ]


class FilmIndexPage(ListingPage):
    """Lists the films that run in the visitor's market, filterable by channel."""

    listed_model = FilmPage
    filter_form_class = FilmFilterForm

    parent_page_types = ["campaign.CampaignHomePage"]
    subpage_types = ["campaign.FilmPage"]

    def filter_items(self, items, filters, market):
        channel = filters.get("channel")
        if not channel:
            return items
        runs = FilmRun.objects.filter(Q(market__isnull=True) | Q(market=market), channel=channel)
        return items.filter(pk__in=runs.values("film_id"))

    def order_items(self, items):
        return items.order_by("-release_date", "pk")
