"""Rich text is cleaned to the editor's safe subset of HTML whenever a model is saved.

Wagtail renders stored rich text as it is. Its editor only writes safe HTML,
but imports, translation files and scripts can write to the database directly:
cleaning on save keeps a script that arrives that way off public pages.
"""

from functools import cache

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

import nh3
from modeltranslation.translator import NotRegistered, translator

# The elements and attributes of Wagtail's stored rich text (its "contentstate"
# converter's output for every built-in feature), and nothing else.
RICH_TEXT_TAGS = {
    "p", "h2", "h3", "h4", "h5", "h6", "b", "i", "strong", "em", "ol", "ul", "li", "br",
    "hr", "a", "embed", "code", "sup", "sub", "s", "blockquote",
}  # fmt: skip
RICH_TEXT_ATTRIBUTES = {
    "*": {"data-block-key"},
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "url", "id", "format", "alt"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Elements whose content is code, not text: dropped with their content.
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "svg", "math", "template"}


def clean_rich_text(html):
    """``html`` with only the elements, attributes and link schemes rich text may hold."""
    if not html:
        return html
    return nh3.clean(
        html,
        tags=RICH_TEXT_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=RICH_TEXT_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
    )


def clean_block_value(block, value):
    """Clean every rich text inside a StreamField value, however deeply nested."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        value.source = clean_rich_text(value.source)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            clean_block_value(child.block, child.value)
    elif isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
        # (Some struct blocks, such as ImageBlock, give a model instance instead.)
        for name, child_block in block.child_blocks.items():
            clean_block_value(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            clean_block_value(block.child_block, item)


def _translated_originals(model):
    # django-modeltranslation's original field reads and writes the active
    # language's copy; the copies (intro_en, intro_ja, ...) are cleaned instead.
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


@cache
def rich_fields(model):
    """The model's rich text and StreamFields, without translated originals."""
    skipped = _translated_originals(model)
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField | StreamField) and field.name not in skipped
    ]


def clean_rich_fields(sender, instance, **kwargs):
    """pre_save receiver: cleans the instance's rich text in place."""
    for field in rich_fields(type(instance)):
        # Read the stored value directly: descriptors could fall back to another language.
        value = instance.__dict__.get(field.attname)
        if value is None:
            continue
        if isinstance(field, StreamField):
            if hasattr(value, "stream_block"):
                clean_block_value(value.stream_block, value)
        elif isinstance(value, str):
            instance.__dict__[field.attname] = clean_rich_text(value)
