"""What counts as text, and where the texts of a StreamField sit.

The status report, the side-by-side editor and PO files all read translations through
this module, so they agree on what is translated: rich text counts by the text a reader
sees, not by its markup, and a StreamField by each text inside its blocks.
"""

import re
from dataclasses import dataclass
from html import unescape

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH = "rich"
TEXT = "text"
CHAR = "char"
MARKUP = re.compile(r"<\s*[a-zA-Z!/?]")


def is_blank(value):
    """Whether a text shows a reader nothing: ``<p></p>`` and ``<p><br/></p>`` count as empty."""
    if value is None:
        return True
    text = str(value)
    if MARKUP.search(text):
        text = unescape(strip_tags(text))
    return not text.strip()


@dataclass(frozen=True)
class BlockText:
    """One text inside a block's JSON value, at ``path`` below the block."""

    path: tuple[str, ...]
    kind: str
    label: str
    text: str
    max_length: int | None
    # Wagtail refuses a block whose required text is empty: a translation must not leave one.
    required: bool


def block_texts(block, value, path=()):
    """Every text in a block's JSON value."""
    if isinstance(block, blocks.RichTextBlock):
        return [BlockText(path, RICH, block.label, value or "", None, block.required)]
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        max_length = getattr(block.field, "max_length", None)
        return [BlockText(path, TEXT, block.label, value or "", max_length, block.required)]
    if isinstance(block, ImageBlock):
        # The alt text is required unless the image is decorative, which leaves it empty.
        alt_text = (value or {}).get("alt_text") or ""
        return [BlockText((*path, "alt_text"), CHAR, _("Alt text"), alt_text, 255, True)]
    if isinstance(block, blocks.StructBlock):
        texts = []
        for name, child in block.child_blocks.items():
            texts += block_texts(child, (value or {}).get(name), (*path, name))
        return texts
    return []


def get_path(value, path):
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    return value


def set_path(value, path, text):
    if not path:
        return text
    target = value
    for part in path[:-1]:
        target = target.setdefault(part, {})
    target[path[-1]] = text
    return value


def aligned_blocks(source, target):
    """``[(source block, its translation or None)]`` for two streams' raw JSON.

    Streams the translators' tools build keep the source's block ids; streams written in
    the page editor have ids of their own and are paired by position and type instead.
    """
    by_id = {block.get("id"): block for block in target if block.get("id")}
    by_ids = any(block.get("id") in by_id for block in source)
    pairs = []
    for index, block in enumerate(source):
        if by_ids:
            same = by_id.get(block.get("id"))
        else:
            same = target[index] if index < len(target) else None
        if same is not None and same.get("type") != block.get("type"):
            same = None
        pairs.append((block, same))
    return pairs


def translated_text(same, path):
    """The text at ``path`` in a translated block (empty when there is no such block)."""
    if same is None:
        return ""
    return (get_path(same.get("value"), path) if path else same.get("value")) or ""


def has_untranslated_text(stream_block, source, target):
    """Whether a source text of the stream has no translation (its block or its text is empty)."""
    for block, same in aligned_blocks(source, target):
        child = stream_block.child_blocks.get(block.get("type"))
        if child is None:
            continue
        for text in block_texts(child, block.get("value")):
            if not is_blank(text.text) and is_blank(translated_text(same, text.path)):
                return True
    return False
