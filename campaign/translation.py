"""The campaign fields a visitor reads, translated per language.

Language-neutral fields (dates, durations, figures, foreign keys, flags) stay single.
"""

from modeltranslation.translator import TranslationOptions, register

from campaign.models import (
    CampaignHomePage,
    FilmIndexPage,
    FilmPage,
    Market,
    Quote,
    Statistic,
)


@register(Market)
class MarketTranslation(TranslationOptions):
    fields = ("name",)


@register(CampaignHomePage)
class CampaignHomePageTranslation(TranslationOptions):
    fields = ("hero_heading", "intro", "manifesto")


@register(FilmIndexPage)
class FilmIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(FilmPage)
class FilmPageTranslation(TranslationOptions):
    fields = ("logline", "description", "agency", "director", "transcript", "cta_label")


@register(Quote)
class QuoteTranslation(TranslationOptions):
    fields = ("text", "speaker", "role", "source")


@register(Statistic)
class StatisticTranslation(TranslationOptions):
    fields = ("label", "source")
