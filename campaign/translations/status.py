"""Missing and stale translations of the fields a visitor reads.

A field is *missing* in a language when its source text is filled and the translation is
empty (rich text without text counts as empty; a StreamField is missing while any text of
its blocks is), and *stale* when the translation was written beside a source text that has
changed since (see ``TranslationRecord``). An empty field whose market reads another
language's text instead (its fallback chain, ``campaign.markets.fallbacks``) is *covered*
by that language: not missing.
"""

import hashlib
import json
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from wagtail.blocks import StreamValue
from wagtail.fields import StreamField

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from campaign.markets.fallbacks import chains, covering_language
from campaign.markets.languages import SOURCE_LANGUAGE, target_languages
from campaign.translations.models import TranslationRecord
from campaign.translations.texts import has_untranslated_text, is_blank

# Routing fields follow the title and fall back to the source slug: never "missing".
NOT_READ_BY_VISITORS = {"slug", "url_path"}

PAGE_FIELDS = {"title": 0, "seo_title": 1, "search_description": 2}

MISSING = "missing"
STALE = "stale"
COVERED = "covered"


@dataclass(frozen=True)
class FieldStatus:
    """One translated field of one item that needs work in one language (or, ``COVERED``,
    whose text comes from the language ``covered_by``)."""

    field: str
    language: str
    state: str
    covered_by: str = ""


def translated_fields(model):
    """The translated fields of ``model`` that visitors read, in declaration order."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    names = [name for name in options.all_fields if name not in NOT_READ_BY_VISITORS]
    # Page fields (title, SEO) come first, as editors see them in the form, then the model's
    # own in the order it declares them: the options hold them in an order that changes with
    # each process's string hashing.
    declared = {field.name: index for index, field in enumerate(model._meta.get_fields())}
    return sorted(
        names,
        key=lambda name: (name not in PAGE_FIELDS, PAGE_FIELDS.get(name, 0), declared.get(name, 0)),
    )


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


def stored_text(value):
    """A field's value as one text: a StreamField's as its JSON, other texts without the
    spaces at their ends (an edit of those alone changes nothing a translator reads)."""
    if isinstance(value, StreamValue):
        return json.dumps(list(value.raw_data), sort_keys=True, ensure_ascii=False, default=str)
    return "" if value is None else str(value).strip()


def fingerprint(value):
    return hashlib.sha256(stored_text(value).encode()).hexdigest()[:40]


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
        source_text = stored_text(source)
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
                        source_text=source_text,
                    )
                )
    TranslationRecord.objects.bulk_create(new, ignore_conflicts=True)


def confirm_translation(item, field, language):
    """Record that ``item``'s translation of ``field`` is right for the source as it is now.

    The translation is unchanged; only the source it is judged against moves on, so it is
    no longer out of date. Returns False when there is nothing to confirm.
    """
    source = _value(item, field, SOURCE_LANGUAGE)
    value = _value(item, field, language)
    if item.pk is None or is_empty(source) or is_empty(value):
        return False
    TranslationRecord.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(item),
        object_id=str(item.pk),
        field=field,
        language=language,
        translation_fingerprint=fingerprint(value),
        defaults={"source_fingerprint": fingerprint(source), "source_text": stored_text(source)},
    )
    return True


def kept_sources(items):
    """The records of ``items`` that kept their source text, in one query, by item."""
    content_types = {ContentType.objects.get_for_model(item) for item in items}
    ids = {str(item.pk) for item in items}
    rows = (
        TranslationRecord.objects.filter(content_type__in=content_types, object_id__in=ids)
        .exclude(source_text="")
        .values_list(
            "content_type_id",
            "object_id",
            "field",
            "language",
            "translation_fingerprint",
            "source_fingerprint",
            "source_text",
        )
    )
    grouped = {}
    for ct_id, object_id, *row in rows:
        grouped.setdefault((ct_id, object_id), []).append(row)
    return grouped


def sources_made_from(item, language, kept):
    """``{field: the source text its translation in language was made from}``, where known.

    Only fields whose recorded source differs from the current one are given, and only
    where the record kept the text (records made before texts were kept hold only a
    fingerprint). ``kept`` is ``kept_sources`` of this item or of many, read once for all.
    """
    content_type = ContentType.objects.get_for_model(item)
    rows = kept.get((content_type.pk, str(item.pk)), [])
    made_from = {}
    for field, row_language, translation_fingerprint, source_fingerprint, source_text in rows:
        if row_language != language or field not in translated_fields(type(item)):
            continue
        value = _value(item, field, language)
        if is_empty(value) or fingerprint(value) != translation_fingerprint:
            continue
        if source_fingerprint != fingerprint(_value(item, field, SOURCE_LANGUAGE)):
            made_from[field] = source_text
    return made_from


def translation_problems(item, languages=None, records=None, with_covered=False):
    """Every missing or stale field of ``item`` in ``languages`` (all targets by default),
    and, ``with_covered``, every field its market's fallback chain covers."""
    languages = languages or target_languages()
    if records is None:
        records = _records(item)[1] if item.pk else {}
    known_chains = chains()
    problems = []
    for field in translated_fields(type(item)):
        source = _value(item, field, SOURCE_LANGUAGE)
        if is_empty(source):
            continue
        source_fingerprint = fingerprint(source)
        for language in languages:
            value = _value(item, field, language)
            if is_untranslated(item, field, source, value):
                # Only an empty field falls back: a partly translated one is shown as is.
                covered_by = is_empty(value) and covering_language(
                    language,
                    lambda code, field=field: not is_empty(_value(item, field, code)),
                    known_chains,
                )
                if not covered_by:
                    problems.append(FieldStatus(field, language, MISSING))
                elif with_covered:
                    problems.append(FieldStatus(field, language, COVERED, covered_by))
                continue
            recorded_source = records.get((field, language, fingerprint(value)))
            if recorded_source is not None and recorded_source != source_fingerprint:
                problems.append(FieldStatus(field, language, STALE))
    return problems
