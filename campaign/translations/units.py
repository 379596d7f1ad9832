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
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock

from modeltranslation.utils import build_localized_fieldname

from campaign.translations.status import SOURCE_LANGUAGE, translated_fields

RICH = "rich"
TEXT = "text"
CHAR = "char"


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

    @property
    def is_missing(self):
        return bool(self.source.strip()) and not self.target.strip()


def item_key(item):
    return f"{item._meta.app_label}.{item._meta.model_name}:{item.pk}"


def _block_texts(block, value, path=()):
    """``[(path, kind, label, text, max_length)]`` for every text in a block's JSON value."""
    if isinstance(block, blocks.RichTextBlock):
        return [(path, RICH, block.label, value or "", None)]
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return [(path, TEXT, block.label, value or "", getattr(block.field, "max_length", None))]
    if isinstance(block, ImageBlock):
        alt_text = (value or {}).get("alt_text") or ""
        return [((*path, "alt_text"), CHAR, _("Alt text"), alt_text, 255)]
    if isinstance(block, blocks.StructBlock):
        texts = []
        for name, child in block.child_blocks.items():
            texts += _block_texts(child, (value or {}).get(name), (*path, name))
        return texts
    return []


def _get_path(value, path):
    for part in path:
        value = (value or {}).get(part) if isinstance(value, dict) else None
    return value


def _set_path(value, path, text):
    if not path:
        return text
    target = value
    for part in path[:-1]:
        target = target.setdefault(part, {})
    target[path[-1]] = text
    return value


def _raw(stream):
    return copy.deepcopy(list(stream.raw_data)) if stream is not None else []


def _stream_units(item, field_name, field, language):
    source = _raw(getattr(item, build_localized_fieldname(field_name, SOURCE_LANGUAGE)))
    target = _raw(getattr(item, build_localized_fieldname(field_name, language)))
    units = []
    for index, block_data in enumerate(source):
        block = field.stream_block.child_blocks.get(block_data["type"])
        if block is None:
            continue
        same = target[index] if index < len(target) else None
        if same is not None and same.get("type") != block_data["type"]:
            same = None
        for path, kind, label, text, max_length in _block_texts(block, block_data["value"]):
            translated = _get_path(same["value"], path) if same and path else None
            if same and not path:
                translated = same["value"]
            units.append(
                TextUnit(
                    key=f"{item_key(item)}:{field_name}:{block_data['id']}"
                    + (f":{'.'.join(path)}" if path else ""),
                    field=field_name,
                    path=(block_data["id"], *path),
                    kind=kind,
                    label=f"{capfirst(field.verbose_name)} · {block.label}"
                    + (f" · {label}" if path else ""),
                    source=str(text or ""),
                    target=str(translated or ""),
                    max_length=max_length,
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
    return [unit for unit in units if unit.source.strip()]


def apply_translations(item, language, texts):
    """Write ``{unit key: text}`` into ``item``'s ``language`` fields; return what changed.

    A StreamField translation is built on the source's structure; a text left empty in a
    stream that has other translated texts keeps the source text, so no block is blank.
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
            if text != unit.target:
                setattr(item, attname, text)
                changed.append(field_name)
    return changed


def _apply_stream(item, field_name, language, entries, units):
    wanted = {unit.key: text for unit, text in entries}
    field_units = [u for u in units.values() if u.field == field_name]
    final = {u.key: wanted.get(u.key, u.target) for u in field_units}
    if all(final[u.key] == u.target for u in field_units):
        return False
    attname = build_localized_fieldname(field_name, language)
    if not any(text.strip() for text in final.values()):
        setattr(item, attname, "[]")
        return True
    stream = _raw(getattr(item, build_localized_fieldname(field_name, SOURCE_LANGUAGE)))
    by_id = {block["id"]: block for block in stream}
    for unit in field_units:
        block_id, *path = unit.path
        text = final[unit.key] or unit.source
        block = by_id[block_id]
        block["value"] = _set_path(block["value"], tuple(path), text)
    setattr(item, attname, json.dumps(stream))
    return True
