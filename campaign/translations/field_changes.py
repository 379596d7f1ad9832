"""Whether a posted field changes what a stored field *means*, as the editor sees it.

Rich text reaches the database from many routes (the editor, the demo loader, PO imports,
scripts), each spelling the same text its own way: the editor adds a random
``data-block-key`` to every block, writes ``<b>`` for ``<strong>``, and drops markup it
cannot show. An untouched form posts the editor's spelling back, so comparing markup would
call that a change. Rich text is compared as the editor's own representation (Draftail's
contentstate, without block keys), and StreamField values block by block, without ids.
"""

import copy
import json

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.base import BlockField


def unix_line_endings(value):
    """Browsers post a textarea's lines ending in CRLF; stored texts end them in LF."""
    return value.replace("\r\n", "\n") if isinstance(value, str) else value


def rich_text_meaning(html, converter):
    """``html`` as the rich-text editor holds it: blocks, styles and links, without keys."""
    if converter is None:  # a rich-text editor other than Draftail: its markup is all we have
        return (html or "").strip()
    state = json.loads(converter.from_database_format(html or ""))
    for block in state["blocks"]:
        del block["key"]
    # An editor with nothing typed in it posts one empty paragraph: the same as no text.
    # (A rule or an embed has no text of its own, but an entity.)
    if not state["entityMap"] and not any(block["text"] for block in state["blocks"]):
        return None
    return state


def _converter(form_field):
    return getattr(form_field.widget, "converter", None)


def block_meaning(block, value):
    """A block's JSON value with rich text as the editor holds it and ids left out."""
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_meaning(value, _converter(block.field))
    if isinstance(block, blocks.StreamBlock):
        return [
            (child["type"], block_meaning(block.child_blocks[child["type"]], child.get("value")))
            for child in value or []
            if child.get("type") in block.child_blocks
        ]
    if isinstance(block, blocks.ListBlock):
        items = [
            item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            for item in value or []
        ]
        return [block_meaning(block.child_block, item) for item in items]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            name: block_meaning(child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(value, str):
        return value.strip()
    return value


def means_something_else(form_field, initial, data):
    """Whether ``data`` (as posted) changes the meaning of ``initial`` (as stored)."""
    probe = copy.copy(form_field)
    # A disabled field reports no change; ask an enabled copy what was posted.
    probe.disabled = False
    try:
        if isinstance(probe, BlockField):
            # A StreamField's block: a stored None is prepared as an empty stream.
            block = probe.block
            return block_meaning(block, block.get_prep_value(initial)) != block_meaning(
                block, block.get_prep_value(data)
            )
        converter = _converter(probe)
        if converter is not None:
            return rich_text_meaning(initial, converter) != rich_text_meaning(data, converter)
        return probe.has_changed(unix_line_endings(initial), unix_line_endings(data))
    except (TypeError, ValueError, KeyError, ValidationError):
        return True
