"""Factories for the campaign's markets, pages and snippets."""

import json
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from campaign.models import (
    CampaignHomePage,
    FilmCaption,
    FilmIndexPage,
    FilmPage,
    FilmRun,
    Market,
    Quote,
    Statistic,
)
from stories.models import AthleteStoryPage, StoryIndexPage

# The five markets of the campaign, as (code, language, time zone, English name).
STANDARD_MARKETS = [
    ("cn", "zh-hans", "Asia/Shanghai", "China"),
    ("jp", "ja", "Asia/Tokyo", "Japan"),
    ("kr", "ko", "Asia/Seoul", "Korea"),
    ("us", "en", "America/New_York", "United States"),
    ("uk", "en-gb", "Europe/London", "United Kingdom"),
]


def set_markets(obj, create, extracted, **kwargs):
    if extracted is not None:
        obj.markets.set(extracted)
        if create:
            obj.save()


class MarketFactory(DjangoModelFactory):
    class Meta:
        model = Market
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"m{n}")
    url_prefix = factory.SelfAttribute("code")
    name_en = factory.LazyAttribute(lambda o: o.code.upper())
    language = "en"
    time_zone = "UTC"


class CampaignHomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignHomePage
        skip_postgeneration_save = True

    title = "To the Greatness of Small"
    slug = "home"
    hero_heading = "To the greatness of small"
    markets = factory.PostGeneration(set_markets)


class FilmIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FilmIndexPage

    title = "Films"
    slug = "films"
    show_in_menus = True


class FilmPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FilmPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Film {n}")
    slug = factory.Sequence(lambda n: f"film-{n}")
    logline = "A small action can touch millions of people."
    embed_url = "https://www.youtube.com/watch?v=demo"
    duration = timedelta(seconds=90)
    release_date = date(2018, 1, 25)
    markets = factory.PostGeneration(set_markets)


class FilmRunFactory(DjangoModelFactory):
    class Meta:
        model = FilmRun

    film = factory.SubFactory(FilmPageFactory)
    channel = "online"


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Stories"
    slug = "stories"
    show_in_menus = True


class AthleteStoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AthleteStoryPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Story {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    athlete = "Kenya Ice Lions"
    sport = "ice_hockey"
    country = "KE"
    games = "PyeongChang"
    year = 2018
    summary = "A team that learned to skate on a small rink."
    markets = factory.PostGeneration(set_markets)


class QuoteFactory(DjangoModelFactory):
    class Meta:
        model = Quote
        skip_postgeneration_save = True

    text = factory.Sequence(lambda n: f"Small can be calculated, but it cannot be ignored ({n}).")
    speaker = "Chris Tung"
    role = "Chief Marketing Officer"
    markets = factory.PostGeneration(set_markets)


class StatisticFactory(DjangoModelFactory):
    class Meta:
        model = Statistic
        skip_postgeneration_save = True

    figure = "97%"
    label = "of companies are small companies"
    markets = factory.PostGeneration(set_markets)


class UserFactory(DjangoModelFactory):
    """A user in the role groups named by ``roles`` (created by ``setup_campaign_roles``)."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    first_name = "Demo"
    last_name = factory.SelfAttribute("username")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(Group.objects.get(name=name))


class VideoFactory(DjangoModelFactory):
    """An uploaded film (a few bytes: enough for pages, not for a browser to play)."""

    class Meta:
        model = "wagtailmedia.Media"

    title = factory.Sequence(lambda n: f"Video {n}")
    type = "video"
    duration = 14
    width = 640
    height = 360
    file = factory.LazyFunction(lambda: ContentFile(b"\x1aE\xdf\xa3", name="film.webm"))


class CaptionDocumentFactory(DjangoModelFactory):
    """A WebVTT file in the document library."""

    class Meta:
        model = "wagtaildocs.Document"

    title = factory.Sequence(lambda n: f"Captions {n}")
    file = factory.LazyFunction(
        lambda: ContentFile(b"WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nSmall\n", name="c.vtt")
    )


class FilmCaptionFactory(DjangoModelFactory):
    class Meta:
        model = FilmCaption

    film = factory.SubFactory(FilmPageFactory)
    language = "en"
    file = factory.SubFactory(CaptionDocumentFactory)


def story_with_every_text_block(parent, **fields):
    """A story whose body holds each kind of text a translator meets: rich text, a quote
    and its attribution, an image's alt text and caption."""
    image = wagtail_factories.ImageFactory()
    body = [
        {"type": "paragraph", "value": "<p>He stopped for <b>ducks</b>.</p>", "id": "p1"},
        {
            "type": "pull_quote",
            "value": {"text": "Small can be calculated.", "attribution": "Voice-over"},
            "id": "q1",
        },
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "A rower", "decorative": False},
                "caption": "Amsterdam, 1928",
            },
            "id": "i1",
        },
    ]
    fields = {"title": "The rower", "athlete": "Bobby Pearce", **fields}
    return AthleteStoryPageFactory(parent=parent, body=json.dumps(body), **fields)


class PlacementFactory(DjangoModelFactory):
    """A QR placement in a market (leading to its home page unless a page is given)."""

    class Meta:
        model = "campaign_engagement.Placement"

    market = factory.SubFactory(MarketFactory)
    name = factory.Sequence(lambda n: f"Olympic Showcase, wall {n}")
    code = factory.Sequence(lambda n: f"wall-{n}")


class GlossaryTermFactory(DjangoModelFactory):
    """A brand term with its required translation (none: never translated)."""

    class Meta:
        model = "campaign_translations.GlossaryTerm"

    language = "ja"
    term = factory.Sequence(lambda n: f"Term {n}")
    translation = ""


class MemoryEntryFactory(DjangoModelFactory):
    """A remembered translation, keyed as the memory keys it."""

    class Meta:
        model = "campaign_translations.MemoryEntry"

    language = "ja"
    source_text = factory.Sequence(lambda n: f"Source text number {n}")
    translation = factory.Sequence(lambda n: f"訳 {n}")
    origin = "Film page · Manifesto · Logline"
    source_key = factory.LazyAttribute(lambda o: _memory_key(o.source_text))
    source_length = factory.LazyAttribute(lambda o: len(" ".join(o.source_text.split())))


def _memory_key(text):
    from campaign.translations.memory import source_key

    return source_key(text)


def set_chain(code, languages, django_capture_on_commit_callbacks):
    """Make market ``code`` read ``languages`` where its own is missing, its gaps worked out
    again as on a save in the admin (``django_capture_on_commit_callbacks``, pytest-django)."""
    market = Market.objects.get(code=code)
    market.falls_back_to = languages
    with django_capture_on_commit_callbacks(execute=True):
        market.save()
    return market
