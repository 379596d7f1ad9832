"""Text units: the pieces of an item a translator translates, one per field or text block.

A plain field is one unit. A StreamField is one unit per text inside each block (a
paragraph, a quote and its attribution, an image's caption and alt text), keyed by the
source block's id, so a translation keeps the source's structure.
"""

import copy
import json
from dataclasses import dataclass

from django.db import models
from django.utils.text import capfirst

from wagtail.fields import RichTextField, StreamField

from modeltranslation.utils import build_localized_fieldname

from campaign.markets.languages import SOURCE_LANGUAGE
from campaign.translations.status import translated_fields
from campaign.translations.texts import (
    CHAR,
    RICH,
    TEXT,
    aligned_blocks,
    block_texts,
    get_path,
    is_blank,
    set_path,
    translated_text,
)


@dataclass
class TextUnit:
    """One translatable text of one item: its source and its translation in one language."""

    key: str
    field: str
    path: tuple[str, ...]
    kind: str
    label: str
    source: str
    target: str
    max_length: int | None = None
    required: bool = False

    @property
    def is_missing(self):
        return not is_blank(self.source) and is_blank(self.target)

    @property
    def block(self):
        """The StreamField block the text belongs to (None for a field of its own)."""
        return (self.field, self.path[0]) if self.path else None


def item_key(item):
    return f"{item._meta.app_label}.{item._meta.model_name}:{item.pk}"


def _raw(stream):
    return copy.deepcopy(list(stream.raw_data)) if stream is not None else []


def _stream_units(item, field_name, field, language):
    source = _raw(getattr(item, build_localized_fieldname(field_name, SOURCE_LANGUAGE)))
    target = _raw(getattr(item, build_localized_fieldname(field_name, language)))
    units = []
    for block_data, same in aligned_blocks(source, target):
        block = field.stream_block.child_blocks.get(block_data["type"])
        if block is None:
            continue
        for text in block_texts(block, block_data["value"]):
            units.append(
                TextUnit(
                    key=f"{item_key(item)}:{field_name}:{block_data['id']}"
                    + (f":{'.'.join(text.path)}" if text.path else ""),
                    field=field_name,
                    path=(block_data["id"], *text.path),
                    kind=text.kind,
                    label=f"{capfirst(field.verbose_name)} · {block.label}"
                    + (f" · {text.label}" if text.path else ""),
                    source=str(text.text or ""),
                    target=str(translated_text(same, text.path)),
                    max_length=text.max_length,
                    required=text.required,
                )
            )
    return units


def units_for(item, language):
    """Every text unit of ``item`` for a translation into ``language``."""
    units = []
    for name in translated_fields(type(item)):
        field = item._meta.get_field(name)
        if isinstance(field, StreamField):
            units += _stream_units(item, name, field, language)
            continue
        kind = (
            RICH
            if isinstance(field, RichTextField)
            else TEXT
            if isinstance(field, models.TextField)
            else CHAR
        )
        units.append(
            TextUnit(
                key=f"{item_key(item)}:{name}",
                field=name,
                path=(),
                kind=kind,
                label=capfirst(field.verbose_name),
                source=getattr(item, build_localized_fieldname(name, SOURCE_LANGUAGE)) or "",
                target=getattr(item, build_localized_fieldname(name, language)) or "",
                max_length=field.max_length,
            )
        )
    return [unit for unit in units if not is_blank(unit.source)]


def source_before(unit, made_from):
    """The unit's source as it read when its translation was made (None: not known).

    ``made_from`` is ``sources_made_from``'s answer: a field's whole earlier source, a
    StreamField's as JSON, in which the unit's text sits in the block of the same id.
    """
    text = made_from.get(unit.field)
    if text is None:
        return None
    if not unit.path:
        return text
    try:
        stream = json.loads(text)
    except ValueError:
        return None
    if not isinstance(stream, list):
        return None
    for block in stream:
        if isinstance(block, dict) and block.get("id") == unit.path[0]:
            return str(get_path(block.get("value"), unit.path[1:]) or "")
    # The block is new since the translation was made: all of its text is new.
    return ""


def same_text(one, other):
    """Whether two texts read the same: every spelling of "empty" is one."""
    if is_blank(one) and is_blank(other):
        return True
    return one == other


def incomplete_blocks(units, texts):
    """The units of required texts left empty in a block whose other texts are translated.

    Wagtail's editor refuses such a block (an image needs its alt text, a quote its text),
    so a translation must not create one. ``texts`` holds the changed texts by unit key;
    only the blocks they change are judged.
    """
    by_block = {}
    for unit in units:
        if unit.block is not None:
            by_block.setdefault(unit.block, []).append(unit)
    gaps = []
    for block_units in by_block.values():
        if not any(unit.key in texts for unit in block_units):
            continue
        final = {unit.key: texts.get(unit.key, unit.target) for unit in block_units}
        if all(is_blank(text) for text in final.values()):
            continue
        gaps += [unit for unit in block_units if unit.required and is_blank(final[unit.key])]
    return gaps


def apply_translations(item, language, texts):
    """Write ``{unit key: text}`` into ``item``'s ``language`` fields; return what changed.

    An empty text never replaces a missing translation, and is stored as "" (never as an
    empty paragraph), so it stays missing. A StreamField translation is built on the
    source's structure and block ids; a block with nothing translated is left out, so
    visitors never see a blank block and the status report still counts it as missing.
    """
    changed = []
    units = {unit.key: unit for unit in units_for(item, language)}
    by_field = {}
    for key, text in texts.items():
        unit = units[key]
        by_field.setdefault(unit.field, []).append((unit, text))
    for field_name, entries in by_field.items():
        field = item._meta.get_field(field_name)
        attname = build_localized_fieldname(field_name, language)
        if isinstance(field, StreamField):
            if _apply_stream(item, field_name, language, entries, units):
                changed.append(field_name)
        else:
            (unit, text), *_rest = entries
            if not same_text(text, unit.target):
                setattr(item, attname, "" if is_blank(text) else text)
                changed.append(field_name)
    return changed


def _apply_stream(item, field_name, language, entries, units):
    wanted = {unit.key: text for unit, text in entries}
    field_units = [u for u in units.values() if u.field == field_name]
    final = {u.key: wanted.get(u.key, u.target) for u in field_units}
    if all(same_text(final[u.key], u.target) for u in field_units):
        return False
    attname = build_localized_fieldname(field_name, language)
    if all(is_blank(text) for text in final.values()):
        # Nothing left to read: the whole field falls back to the source.
        setattr(item, attname, [])
        return True
    by_block = {}
    for unit in field_units:
        by_block.setdefault(unit.path[0], []).append(unit)
    translated = []
    for block in _raw(getattr(item, build_localized_fieldname(field_name, SOURCE_LANGUAGE))):
        block_units = by_block.get(block["id"], [])
        if block_units and all(is_blank(final[u.key]) for u in block_units):
            continue
        for unit in block_units:
            text = final[unit.key]
            block["value"] = set_path(block["value"], unit.path[1:], "" if is_blank(text) else text)
        translated.append(block)
    setattr(item, attname, json.dumps(translated))
    return True
