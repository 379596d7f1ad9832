"""The translatable items of the campaign, as translators work on them."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from campaign.markets.related import prefetch_market_data
from campaign.models import CAMPAIGN_SNIPPETS
from campaign.translations.models import TranslationRecord


def is_campaign_item(model):
    """Whether translators work on items of ``model``: campaign pages and snippets."""
    if issubclass(model, Page):
        return hasattr(model, "translation_key_fields")
    return model in CAMPAIGN_SNIPPETS


def working_copy(item):
    """The item as translators should see it: its latest draft if it has one."""
    if getattr(item, "has_unpublished_changes", False):
        return item.get_latest_revision_as_object()
    return item


def campaign_items(content_type=None):
    """Every page and snippet of the campaign, specific and as their latest drafts."""
    items = []
    if content_type in (None, "", "page"):
        pages = Page.objects.filter(depth__gt=1).specific()
        items += [page for page in pages if hasattr(page, "translation_key_fields")]
    for model in CAMPAIGN_SNIPPETS:
        if content_type in (None, "", model._meta.model_name):
            items += list(model.objects.all())
    return [working_copy(item) for item in prefetch_market_data(items)]


def records_by_item(items):
    """The translation records of many items in one query, keyed like ``_records``."""
    content_types = {ContentType.objects.get_for_model(item) for item in items}
    grouped = {}
    rows = TranslationRecord.objects.filter(content_type__in=content_types).values_list(
        "content_type_id",
        "object_id",
        "field",
        "language",
        "translation_fingerprint",
        "source_fingerprint",
    )
    for ct_id, object_id, field, language, translation_fp, source_fp in rows:
        grouped.setdefault((ct_id, object_id), {})[(field, language, translation_fp)] = source_fp
    return grouped


def records_of(records, item):
    return records.get((ContentType.objects.get_for_model(item).pk, str(item.pk)), {})


def find_item(app_label, model_name, pk):
    """The specific item named by a unit key, or None."""
    try:
        content_type = ContentType.objects.get_by_natural_key(app_label, model_name)
    except ContentType.DoesNotExist:
        return None
    model = content_type.model_class()
    if model is None or not is_campaign_item(model):
        return None
    item = model._default_manager.filter(pk=pk).first()
    return item.specific if isinstance(item, Page) else item
