"""The story fields a visitor reads, translated per language."""

from modeltranslation.translator import TranslationOptions, register

from stories.models import AthleteStoryPage, StoryIndexPage


@register(StoryIndexPage)
class StoryIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(AthleteStoryPage)
class AthleteStoryPageTranslation(TranslationOptions):
    fields = ("athlete", "games", "summary", "body")
