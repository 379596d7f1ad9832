"""Builds the demo campaign from the content files; what already exists is kept."""

import json
from datetime import date, timedelta

from django.conf import settings
from django.utils import translation

from wagtail.models import Page, Site

from modeltranslation.utils import build_localized_fieldname

from campaign.demo.captions import DEMO_FILM_SECONDS, load_demo_captions
from campaign.demo.data import FALLS_BACK_TO, read_content, text_in
from campaign.demo.media import demo_image, demo_video
from campaign.markets.languages import all_languages, target_languages
from campaign.models import (
    CampaignHomePage,
    FilmIndexPage,
    FilmMarketValue,
    FilmPage,
    FilmRun,
    HomePageFeature,
    HomePageQuote,
    HomePageStatistic,
    Market,
    Quote,
    Statistic,
)
from campaign.translations.models import GlossaryTerm
from stories.models import AthleteStoryPage, StoryIndexPage

LANGUAGES = all_languages()


def translated(field, texts):
    """``{"title_en": ..., "title_ja": ...}`` for every language from ``{"en": ..., "ja": ...}``.

    A language that falls back to another (British English to American) is stored only
    where its text differs: the market's fallback chain shows the other one.
    """
    empty = None if field == "slug" else ""
    stored = {}
    for language in LANGUAGES:
        if language in FALLS_BACK_TO and language not in texts:
            stored[build_localized_fieldname(field, language)] = empty
        else:
            stored[build_localized_fieldname(field, language)] = text_in(texts, language)
    return stored


def translated_stream(field, blocks_per_language):
    """A StreamField in every language; one that would repeat its fallback's is left empty."""
    stored = {}
    for language in LANGUAGES:
        blocks = blocks_per_language[language]
        fallback = FALLS_BACK_TO.get(language)
        if fallback is not None and blocks == blocks_per_language[fallback]:
            blocks = []
        stored[build_localized_fieldname(field, language)] = json.dumps(blocks)
    return stored


class DemoCampaignLoader:
    """Creates what is missing of the demo campaign and counts what it created."""

    def __init__(self, content=None):
        self.content = content if content is not None else read_content()
        self.created = {}
        self.markets = {}

    def _count(self, kind):
        self.created[kind] = self.created.get(kind, 0) + 1

    def load(self):
        content = self.content
        with translation.override(settings.LANGUAGE_CODE):
            # The glossary comes first: the memory keeps only translations that honour it.
            self.load_glossary()
            self.load_markets()
            home, home_is_new = self.load_home()
            film_index = self.load_index(home, FilmIndexPage, content.film_index)
            films = {film["key"]: self.load_film(film_index, film) for film in content.films}
            for film in content.films:
                if load_demo_captions(films[film["key"]], film):
                    self._count("films captioned")
            story_index = self.load_index(home, StoryIndexPage, content.story_index)
            stories = [self.load_story(story_index, story, films) for story in content.stories]
            quotes = [self.load_quote(quote) for quote in content.quotes]
            statistics = [self.load_statistic(statistic) for statistic in content.statistics]
            if home_is_new:
                self.arrange_home(home, films, stories, quotes, statistics)
        return self.created

    def load_markets(self):
        for data in self.content.markets:
            market = Market.objects.filter(code=data["code"]).first()
            if market is None:
                market = Market.objects.create(
                    code=data["code"],
                    language=data["language"],
                    url_prefix=data["url_prefix"],
                    time_zone=data["time_zone"],
                    fallback_policy=data["fallback_policy"],
                    sort_order=data["sort_order"],
                    blocked_video_services=data.get("blocked_video_services", []),
                    falls_back_to=data.get("falls_back_to", []),
                    **translated("name", data["name"]),
                )
                self._count("markets")
            self.markets[market.code] = market

    def load_glossary(self):
        for data in self.content.glossary:
            translations = data.get("translations") or {}
            for language in target_languages():
                if not data.get("keep") and language not in translations:
                    continue
                _term, created = GlossaryTerm.objects.get_or_create(
                    language=language,
                    term=data["term"],
                    defaults={
                        "translation": "" if data.get("keep") else translations[language],
                        "note": data.get("note", ""),
                    },
                )
                if created:
                    self._count("glossary terms")

    def _publish(self, page, kind):
        page.save_revision().publish()
        self._count(kind)

    def _limit_to_markets(self, item, codes):
        if codes:
            item.markets.set([self.markets[code] for code in codes])

    def load_home(self):
        home = CampaignHomePage.objects.first()
        if home is not None:
            return home, False
        data = self.content.home
        root = Page.get_first_root_node()
        home = CampaignHomePage(
            **translated("title", data["title"]),
            **translated("slug", data["slug"]),
            **translated("seo_title", data["title"]),
            **translated("search_description", data["seo_description"]),
            **translated("hero_heading", data["hero_heading"]),
            **translated("intro", data["intro"]),
            **translated_stream(
                "manifesto",
                {
                    language: [
                        {"type": "line", "value": text_in(line, language)}
                        for line in data["manifesto"]
                    ]
                    for language in LANGUAGES
                },
            ),
        )
        # Wagtail's installation leaves a welcome page at the top; the campaign replaces it.
        welcome = (
            root.get_children()
            .exclude(content_type__model="campaignhomepage")
            .filter(numchild=0, slug="home")
        )
        site = Site.objects.filter(is_default_site=True).first()
        for page in welcome:
            if site and site.root_page_id == page.pk:
                site.root_page = root
                site.save()
            page.delete()
        root.add_child(instance=home)
        self._publish(home, "pages")
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        else:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
        return home, True

    def load_index(self, home, model, data):
        page = model.objects.child_of(home).first()
        if page is None:
            page = model(
                show_in_menus=True,
                **translated("title", data["title"]),
                **translated("slug", data["slug"]),
                **translated("intro", data["intro"]),
            )
            home.add_child(instance=page)
            self._publish(page, "pages")
        return page

    def load_film(self, index, data):
        film = FilmPage.objects.child_of(index).filter(slug_en=data["slug"]["en"]).first()
        if film is not None:
            return film
        poster = demo_image(f"film-{data['key']}", data["poster_colours"])
        film = FilmPage(
            **translated("title", data["title"]),
            **translated("slug", data["slug"]),
            **translated("logline", data["logline"]),
            **translated("description", data["description"]),
            **translated("agency", data["agency"]),
            **translated("director", data["director"]),
            **translated("transcript", data["transcript"]),
            **translated("search_description", data["logline"]),
            **(translated("cta_label", data["call_to_action"]) if "call_to_action" in data else {}),
            cta_url=data.get("call_to_action_link", ""),
            poster=poster,
            # A film on a video service has no uploaded copy: it plays from the service.
            embed_url=data.get("external_video", ""),
            video=None
            if data.get("external_video")
            else demo_video(f"film-{data['key']}", data["poster_colours"], DEMO_FILM_SECONDS),
            duration=timedelta(seconds=data["duration_seconds"]),
            release_date=date.fromisoformat(data["release_date"]),
        )
        film.runs = [
            FilmRun(market=self.markets[code] if code else None, channel=channel)
            for code, channel in data["runs"]
        ]
        film.market_values = [
            FilmMarketValue(
                market=self.markets[code],
                embed_url=values.get("external_video", ""),
                poster=demo_image(f"film-{data['key']}-{code}", values["poster_colours"])
                if values.get("poster_colours")
                else None,
                cta_url=values.get("call_to_action_link", ""),
            )
            for code, values in (data.get("market_values") or {}).items()
        ]
        index.add_child(instance=film)
        self._limit_to_markets(film, data["markets"])
        self._publish(film, "pages")
        return film

    def load_story(self, index, data, films):
        story = AthleteStoryPage.objects.child_of(index).filter(slug_en=data["slug"]["en"]).first()
        if story is not None:
            return story
        image = demo_image(f"story-{data['key']}", data["colours"])
        body = {language: [] for language in LANGUAGES}
        for block in data["body"]:
            for language in LANGUAGES:
                body[language].append(self._story_block(block, language, image, films))
        story = AthleteStoryPage(
            **translated("title", data["title"]),
            **translated("slug", data["slug"]),
            **translated("athlete", data["athlete"]),
            **translated("games", data["games"]),
            **translated("summary", data["summary"]),
            **translated("search_description", data["summary"]),
            **translated_stream("body", body),
            sport=data["sport"],
            country=data["country"],
            year=data["year"],
            hero_image=image,
        )
        index.add_child(instance=story)
        self._limit_to_markets(story, data["markets"])
        self._publish(story, "pages")
        return story

    @staticmethod
    def _story_block(block, language, image, films):
        kind = block["type"]
        if kind == "paragraph":
            return {"type": kind, "value": text_in(block["value"], language)}
        if kind == "pull_quote":
            return {
                "type": kind,
                "value": {
                    "text": text_in(block["text"], language),
                    "attribution": text_in(block["attribution"], language),
                },
            }
        if kind == "image":
            return {
                "type": kind,
                "value": {
                    "image": {
                        "image": image.pk,
                        "alt_text": text_in(block["alt"], language),
                        "decorative": False,
                    },
                    "caption": text_in(block["caption"], language),
                },
            }
        if kind == "related_film":
            return {"type": kind, "value": {"film": films[block["film"]].pk}}
        raise ValueError(f"Unknown demo block type {kind!r}")

    def load_quote(self, data):
        quote = Quote.objects.filter(text_en=data["text"]["en"]).first()
        if quote is None:
            quote = Quote.objects.create(
                **translated("text", data["text"]),
                **translated("speaker", data["speaker"]),
                **translated("role", data["role"]),
                **translated("source", data["source"]),
                date=date.fromisoformat(data["date"]) if data.get("date") else None,
            )
            self._limit_to_markets(quote, data["markets"])
            quote.save_revision().publish()
            self._count("quotes")
        return quote

    def load_statistic(self, data):
        statistic = Statistic.objects.filter(
            figure=data["figure"], label_en=data["label"]["en"]
        ).first()
        if statistic is None:
            statistic = Statistic.objects.create(
                figure=data["figure"],
                **translated("label", data["label"]),
                **translated("source", data["source"]),
            )
            statistic.save_revision().publish()
            self._count("statistics")
        return statistic

    def arrange_home(self, home, films, stories, quotes, statistics):
        """Place the demo's films, stories, quotes and statistics on a new home page."""
        hero_film = self.content.home["hero_film"]
        home.hero_film = films[hero_film]
        home.statistic_placements = [
            HomePageStatistic(statistic=s, sort_order=i) for i, s in enumerate(statistics)
        ]
        home.quote_placements = [HomePageQuote(quote=q, sort_order=i) for i, q in enumerate(quotes)]
        featured = [film for key, film in films.items() if key != hero_film]
        home.features = [
            HomePageFeature(feature=page, sort_order=i)
            for i, page in enumerate([*featured, *stories])
        ]
        home.save_revision().publish()
