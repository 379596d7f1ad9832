"""Missing and stale translations of the fields a visitor reads.

A field is *missing* in a language when its source text is filled and the translation is
empty (rich text without text counts as empty; a StreamField is missing while any text of
its blocks is), and *stale* when the translation was written beside a source text that has
changed since (see ``TranslationRecord``).
"""

import hashlib
import json
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from wagtail.blocks import StreamValue
from wagtail.fields import StreamField

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from campaign.markets.languages import SOURCE_LANGUAGE, target_languages
from campaign.translations.models import TranslationRecord
from campaign.translations.texts import has_untranslated_text, is_blank

# Routing fields follow the title and fall back to the source slug: never "missing".
NOT_READ_BY_VISITORS = {"slug", "url_path"}

PAGE_FIELDS = {"title": 0, "seo_title": 1, "search_description": 2}

MISSING = "missing"
STALE = "stale"


@dataclass(frozen=True)
class FieldStatus:
    """One translated field of one item that needs work in one language."""

    field: str
    language: str
    state: str


def translated_fields(model):
    """The translated fields of ``model`` that visitors read, in declaration order."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    names = [name for name in options.all_fields if name not in NOT_READ_BY_VISITORS]
    # Page fields (title, SEO) come first, as editors see them in the form.
    return sorted(names, key=lambda name: (name not in PAGE_FIELDS, PAGE_FIELDS.get(name, 0)))


def is_empty(value):
    """Whether a stored value has nothing to read: no block, no text, or markup only."""
    if isinstance(value, StreamValue):
        return len(value) == 0
    return is_blank(value)


def is_untranslated(item, field, source, value):
    """Whether ``value`` leaves a text of ``source`` untranslated (see the module's rules)."""
    if is_empty(value):
        return True
    model_field = item._meta.get_field(field)
    if isinstance(model_field, StreamField) and isinstance(source, StreamValue):
        return has_untranslated_text(
            model_field.stream_block, list(source.raw_data), list(value.raw_data)
        )
    return False


def fingerprint(value):
    if isinstance(value, StreamValue):
        text = json.dumps(list(value.raw_data), sort_keys=True, ensure_ascii=False, default=str)
    else:
        text = "" if value is None else str(value).strip()
    return hashlib.sha256(text.encode()).hexdigest()[:40]


def _value(item, field, language):
    return getattr(item, build_localized_fieldname(field, language), None)


def _records(item):
    content_type = ContentType.objects.get_for_model(item)
    rows = TranslationRecord.objects.filter(content_type=content_type, object_id=str(item.pk))
    return content_type, {
        (r.field, r.language, r.translation_fingerprint): r.source_fingerprint for r in rows
    }


def record_translations(item):
    """Remember, for every translation text not seen before, the source it stands beside."""
    if item.pk is None:
        return
    content_type, known = _records(item)
    new = []
    for field in translated_fields(type(item)):
        source = _value(item, field, SOURCE_LANGUAGE)
        if is_empty(source):
            continue
        source_fingerprint = fingerprint(source)
        for language in target_languages():
            value = _value(item, field, language)
            if is_empty(value):
                continue
            key = (field, language, fingerprint(value))
            if key not in known:
                known[key] = source_fingerprint
                new.append(
                    TranslationRecord(
                        content_type=content_type,
                        object_id=str(item.pk),
                        field=field,
                        language=language,
                        translation_fingerprint=key[2],
                        source_fingerprint=source_fingerprint,
                    )
                )
    TranslationRecord.objects.bulk_create(new, ignore_conflicts=True)


def translation_problems(item, languages=None, records=None):
    """Every missing or stale field of ``item`` in ``languages`` (all targets by default)."""
    languages = languages or target_languages()
    if records is None:
        records = _records(item)[1] if item.pk else {}
    problems = []
    for field in translated_fields(type(item)):
        source = _value(item, field, SOURCE_LANGUAGE)
        if is_empty(source):
            continue
        source_fingerprint = fingerprint(source)
        for language in languages:
            value = _value(item, field, language)
            if is_untranslated(item, field, source, value):
                problems.append(FieldStatus(field, language, MISSING))
                continue
            recorded_source = records.get((field, language, fingerprint(value)))
            if recorded_source is not None and recorded_source != source_fingerprint:
                problems.append(FieldStatus(field, language, STALE))
    return problems
