"""The campaign's languages: their names, the source and the targets, and their tags.

Every part of the campaign asks here rather than reading ``settings.LANGUAGES`` itself, so
that adding a language is a change of settings, not of code.
"""

from django.conf import settings
from django.utils import translation

# Editors write in the source language; every other language is a translation of it.
SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE

# Open Graph wants language_TERRITORY: each language with the country of its market.
OG_LOCALES = {"zh-hans": "zh_CN", "ja": "ja_JP", "ko": "ko_KR", "en": "en_US", "en-gb": "en_GB"}


def all_languages() -> list[str]:
    """Every language code of the campaign, the source first."""
    return [code for code, _name in settings.LANGUAGES]


def target_languages() -> list[str]:
    """The languages translators work in: every language but the source."""
    return [code for code in all_languages() if code != SOURCE_LANGUAGE]


def language_name(code: str) -> str:
    """The language's name in the active interface language ("Japanese", "日语", ...)."""
    return str(dict(settings.LANGUAGES).get(code, code))


def native_language_name(code: str) -> str:
    """The language's name in itself ("日本語"), as a language switcher shows it."""
    return translation.get_language_info(code)["name_local"]


def field_suffix(code: str) -> str:
    """The suffix django-modeltranslation gives a language's fields: "zh-hans" is "zh_hans"."""
    return code.replace("-", "_")


def bcp47(language: str) -> str:
    """A Django language code as a BCP 47 tag: "zh-hans" is "zh-Hans", "en-gb" is "en-GB"."""
    base, _, region = (language or "").partition("-")
    if not region:
        return base
    return f"{base}-{region.title() if len(region) == 4 else region.upper()}"


def base_language(code: str) -> str:
    """The language without its region or script: "en-gb" is "en"."""
    return code.split("-")[0]
