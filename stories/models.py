"""Athlete stories and the page that lists them."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from django_countries import countries
from django_countries.fields import CountryField

from campaign.markets import filter_available
from campaign.models import BasePage
from campaign.models.listings import with_renditions
from campaign.search.fields import multilingual_search_fields
from stories.blocks import StoryBodyBlock

STORIES_PER_PAGE = 12


class Sport(models.TextChoices):
    ALPINE_SKIING = "alpine_skiing", _("Alpine skiing")
    ATHLETICS = "athletics", _("Athletics")
    BOBSLEIGH = "bobsleigh", _("Bobsleigh")
    BOXING = "boxing", _("Boxing")
    CROSS_COUNTRY_SKIING = "cross_country_skiing", _("Cross-country skiing")
    CURLING = "curling", _("Curling")
    FIGURE_SKATING = "figure_skating", _("Figure skating")
    ICE_HOCKEY = "ice_hockey", _("Ice hockey")
    ROWING = "rowing", _("Rowing")
    SKELETON = "skeleton", _("Skeleton")
    SPEED_SKATING = "speed_skating", _("Speed skating")
    TAEKWONDO = "taekwondo", _("Taekwondo")


class StoryIndexPage(BasePage):
    """Lists the athlete stories that run in the visitor's market, by sport and country."""

    intro = models.TextField(_("introduction"), max_length=300, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    # One story collection per campaign, directly below the home page.
    parent_page_types = ["campaign.CampaignHomePage"]
    subpage_types = ["stories.AthleteStoryPage"]
    max_count = 1

    def stories(self, market, sport="", country=""):
        stories = AthleteStoryPage.objects.live().child_of(self)
        if sport:
            stories = stories.filter(sport=sport)
        if country:
            stories = stories.filter(country=country)
        stories = filter_available(stories, market)
        return stories.prefetch_related(with_renditions("hero_image")).order_by("-year", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = StoryFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        stories = self.stories(request.market, filters.get("sport", ""), filters.get("country", ""))
        context["filter_form"] = form
        context["stories"] = Paginator(stories, STORIES_PER_PAGE).get_page(request.GET.get("page"))
        return context


class StoryFilterForm(forms.Form):
    sport = forms.ChoiceField(
        label=_("Sport"), choices=[("", _("All sports")), *Sport.choices], required=False
    )
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only countries that have stories: a filter that can only answer "none" helps
        # nobody, and 250 options would weigh on every phone. Names follow the language.
        codes = set(AthleteStoryPage.objects.live().values_list("country", flat=True).distinct())
        self.fields["country"].choices = [
            ("", _("All countries")),
            *((code, name) for code, name in countries if code in codes),
        ]


class AthleteStoryPage(BasePage):
    """The true story of an athlete or a team, told in the campaign's spirit."""

    athlete = models.CharField(_("athlete or team"), max_length=120)
    sport = models.CharField(_("sport"), max_length=32, choices=Sport.choices)
    country = CountryField(_("country"))
    games = models.CharField(
        _("Games"), max_length=80, help_text=_("The host city, for example “Amsterdam”.")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    summary = models.TextField(_("summary"), max_length=300)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBodyBlock(), blank=True, verbose_name=_("body"))

    translation_key_fields = ("title", "summary")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("athlete"),
                FieldRowPanel([FieldPanel("sport"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("games"), FieldPanel("year")]),
            ],
            heading=_("Athlete"),
        ),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        *multilingual_search_fields("athlete", "summary", "body"),
        index.FilterField("sport"),
        index.FilterField("country"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    card_template = "includes/story_card.html"
    listing_image_field = "hero_image"
