"""Search fields that index every language of a translated field.

django-modeltranslation answers ``page.title`` in the active language, so indexing
``title`` alone would store whichever language was active when an editor saved.
These fields index ``title_en``, ``title_ja``, ... each tagged with its language,
plus the character bigrams of the Chinese, Japanese and Korean ones.
"""

from wagtail.search import index

from modeltranslation.utils import build_localized_fieldname

from campaign.markets.cjk import CJK_LANGUAGES, cjk_bigrams
from campaign.markets.languages import all_languages


class LocalizedSearchField(index.SearchField):
    """One language of a translated field; the backend picks that language's text config."""

    def __init__(self, field_name, language, **kwargs):
        super().__init__(field_name, **kwargs)
        self.language = language


class CJKBigramField(LocalizedSearchField):
    """The character bigrams of one CJK language of a translated field."""

    def get_value(self, obj):
        value = super().get_value(obj)
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        return cjk_bigrams(str(value or ""))


def multilingual_search_fields(*field_names, boost=None):
    """A search field per language for each translated field, and CJK bigrams."""
    fields = []
    for field_name in field_names:
        for language in all_languages():
            localized = build_localized_fieldname(field_name, language)
            fields.append(LocalizedSearchField(localized, language, boost=boost))
            if language in CJK_LANGUAGES:
                fields.append(CJKBigramField(localized, language, boost=boost))
    return fields
