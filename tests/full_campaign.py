"""A campaign whose every visitor-facing text is one given string, on every public page type.

Fields are found by introspection, so a field or block added later is filled too,
and a block type this module cannot fill fails loudly instead of being skipped.
"""

import json

from django.db import models

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock

import wagtail_factories
from modeltranslation.translator import NotRegistered, translator

from campaign.models import (
    FilmPage,
    HomePageFeature,
    HomePageQuote,
    HomePageStatistic,
    Market,
)
from tests.factories import (
    AthleteStoryPageFactory,
    FilmPageFactory,
    FilmRunFactory,
    QuoteFactory,
    StatisticFactory,
)

# Fields that name or route things rather than say something to a visitor.
NOT_TEXT = {"slug", "url_path", "path", "draft_title", "code", "url_prefix", "time_zone"}
NOT_TEXT_PREFIXES = ("slug_", "url_path_")


def _translated_originals(model):
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def text_fields(model):
    """The model's free-text fields (every language's copy), rich text included."""
    originals = _translated_originals(model)
    fields = []
    for field in model._meta.concrete_fields:
        if (
            isinstance(field, models.CharField | models.TextField)
            and not isinstance(field, models.URLField | models.EmailField | models.SlugField)
            and not field.choices
            and field.name not in NOT_TEXT
            and not field.name.startswith(NOT_TEXT_PREFIXES)
            and field.name not in originals
            and field.editable
        ):
            fields.append(field)
    return fields


def stream_fields(model):
    originals = _translated_originals(model)
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, StreamField) and field.name not in originals
    ]


def fill_text(instance, text_for):
    for field in text_fields(type(instance)):
        setattr(instance, field.attname, text_for(field))


def raw_block_value(block, text, refs):
    """Raw (JSON) data for ``block`` with every text in it set to ``text``."""
    if isinstance(block, blocks.RichTextBlock):
        # Straight into the database, past the editor: the site must still be safe.
        return f"<p>{text}</p>"
    if isinstance(block, ImageBlock):
        return {"image": refs["image"].pk, "alt_text": text, "decorative": False}
    if isinstance(block, blocks.PageChooserBlock):
        return refs["film"].pk
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return text[: block.field.max_length] if block.field.max_length else text
    if isinstance(block, blocks.StructBlock):
        return {
            name: raw_block_value(child, text, refs) for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [{"type": "item", "value": raw_block_value(block.child_block, text, refs)}]
    raise AssertionError(f"tests.full_campaign cannot fill a {type(block).__name__} yet")


def fill_streams(instance, text, refs):
    for field in stream_fields(type(instance)):
        stream = [
            {"type": name, "value": raw_block_value(child, text, refs)}
            for name, child in field.stream_block.child_blocks.items()
        ]
        setattr(instance, field.attname, json.dumps(stream))


def build_campaign(home, film_index, story_index, text, text_for=None):
    """Fill the home page, both indexes, a film, a story, a quote and a statistic with ``text``.

    ``text_for(field)`` may choose another text for short fields; by default ``text`` is cut
    to the field's length.
    Returns the pages and snippets by name.
    """
    text_for = text_for or (lambda field: text[: field.max_length] if field.max_length else text)
    image = wagtail_factories.ImageFactory(title=text[:255])
    film = FilmPageFactory(parent=film_index, poster=image)
    FilmRunFactory(film=film, channel="online")
    story = AthleteStoryPageFactory(parent=story_index, hero_image=image)
    quote = QuoteFactory()
    statistic = StatisticFactory()
    refs = {"image": image, "film": FilmPage.objects.get(pk=film.pk)}

    for snippet in (*Market.objects.all(), quote, statistic):
        fill_text(snippet, text_for)
        snippet.save()
    for page in (film, story, film_index, story_index, home):
        fill_text(page, text_for)
        fill_streams(page, text, refs)
        page.save()
    home.hero_film = film
    home.save()
    HomePageStatistic.objects.create(page=home, statistic=statistic)
    HomePageQuote.objects.create(page=home, quote=quote)
    HomePageFeature.objects.create(page=home, feature=film, sort_order=0)
    HomePageFeature.objects.create(page=home, feature=story, sort_order=1)
    return {
        "home": home,
        "film_index": film_index,
        "film": film,
        "story_index": story_index,
        "story": story,
        "quote": quote,
        "statistic": statistic,
        "image": image,
    }
