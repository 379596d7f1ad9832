"""Template tags that mark text by its language (WCAG 3.1.2, language of parts)."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname, resolution_order

from campaign.markets.languages import SOURCE_LANGUAGE, bcp47

register = template.Library()
register.filter("bcp47", bcp47)


@register.filter
def native_name(market):
    """The market's name in its own language, as a language switcher shows it."""
    return getattr(market, build_localized_fieldname("name", market.language), "") or market.name


def shown_language(obj, field):
    """The language ``obj.field`` is read in now: the active one, or the first of its
    market's fallback chain and then the source that has the text."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    try:
        options = translator.get_options_for_model(type(obj))
    except NotRegistered:
        return language
    if field not in options.all_fields:
        return language
    for code in resolution_order(language):
        if getattr(obj, build_localized_fieldname(field, code), None):
            return code
    return SOURCE_LANGUAGE


@register.simple_tag
def lang_attr(obj, field):
    """` lang="en"` when ``obj.field`` falls back to another language, else nothing."""
    language = shown_language(obj, field)
    if language == translation.get_language():
        return ""
    return format_html(' lang="{}"', bcp47(language))
