"""What an item's stored content means, field by field, as the admin's editors show it.

Two versions of an item mean the same when every field a person edits holds the same value,
rich text and StreamField values compared as the rich-text editor holds them (see
``campaign.translations.field_changes``), so bookkeeping (timestamps, revision pointers) and the
spelling of markup do not count.
"""

from django.db import models

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from campaign.translations.field_changes import block_meaning, rich_text_meaning

BOOKKEEPING = {
    "id",
    "page_ptr",
    "latest_revision",
    "live_revision",
    "latest_revision_created_at",
    "last_published_at",
    "first_published_at",
    "has_unpublished_changes",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "live",
    "url_path",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "locale",
}


def _field_meaning(field, value):
    if isinstance(field, StreamField):
        return block_meaning(field.stream_block, field.stream_block.get_prep_value(value))
    if isinstance(field, RichTextField):
        return rich_text_meaning(value, ContentstateConverter(field.features))
    if isinstance(field, models.CharField | models.TextField):
        # An empty text field is stored as NULL or "" depending on the route; both are empty.
        return value or ""
    return value


def content_meaning(item):
    """``{field: meaning}`` of every field a person edits, markets and schedules included."""
    meaning = {
        field.name: _field_meaning(field, field.value_from_object(item))
        for field in item._meta.concrete_fields
        if field.name not in BOOKKEEPING and not field.name.startswith("url_path")
    }
    meaning["markets"] = sorted(market.pk for market in item.markets.all())
    meaning["market_schedules"] = sorted(
        (s.market_id, s.go_live_at, s.expire_at) for s in item.market_schedules.all()
    )
    return meaning


def latest_meaning(item):
    """The meaning of what the editor shows: the draft if there is one, else the item."""
    item = item.specific if isinstance(item, Page) else item
    if item.has_unpublished_changes:
        item = item.get_latest_revision_as_object()
    return content_meaning(item)
