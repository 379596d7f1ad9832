"""Athlete stories and the page that lists them."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from django_countries import countries
from django_countries.fields import CountryField

from campaign.models import BasePage, ListingPage
from campaign.models.schema_org import image_url, organization, organization_id
from campaign.models.search_fields import multilingual_search_fields
from campaign.platform.page_cache.dependencies import lists
from campaign.platform.page_cache.fragments import cached_fragment
from stories.blocks import StoryBodyBlock


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


def story_countries():
    """The countries that live stories come from (one row each, not one per story)."""
    lists(AthleteStoryPage)
    stories = AthleteStoryPage.objects.live().order_by()
    return set(stories.values_list("country", flat=True).distinct())


class StoryFilterForm(forms.Form):
    sport = forms.ChoiceField(
        label=_("Sport"), choices=[("", _("All sports")), *Sport.choices], required=False
    )
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only countries that have stories: a filter that can only answer "none" helps
        # nobody, and 250 options would weigh on every phone. Names follow the language.
        codes = cached_fragment(story_countries, "story countries")
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

    # The columns a story card has room for (a CJK character takes two).
    display_widths = {"title": 80, "summary": 240}

    translation_key_fields = ("title", "summary")
    og_type = "article"
    description_fields = ("search_description", "summary")
    search_result_kind = _("Athlete story")

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

    @property
    def share_image(self):
        return self.hero_image

    def structured_data(self, request, page_url, language):
        article = {
            "@type": "Article",
            "headline": self.title[:110],
            "description": self.summary,
            "inLanguage": language,
            "url": page_url,
            "mainEntityOfPage": page_url,
            "about": {"@type": "Person", "name": self.athlete},
            "author": {"@id": organization_id(request)},
            "publisher": organization(request),
        }
        image = image_url(request, self.hero_image)
        if image:
            article["image"] = [image]
        if self.first_published_at:
            article["datePublished"] = self.first_published_at.isoformat()
        if self.last_published_at:
            article["dateModified"] = self.last_published_at.isoformat()
        return [article]


class StoryIndexPage(ListingPage):
    """Lists the athlete stories that run in the visitor's market, by sport and country."""

    listed_model = AthleteStoryPage
    filter_form_class = StoryFilterForm

    parent_page_types = ["campaign.CampaignHomePage"]
    subpage_types = ["stories.AthleteStoryPage"]

    def filter_items(self, items, filters, market):
        if filters.get("sport"):
            items = items.filter(sport=filters["sport"])
        if filters.get("country"):
            items = items.filter(country=filters["country"])
        return items

    def order_items(self, items):
        return items.order_by("-year", "pk")
