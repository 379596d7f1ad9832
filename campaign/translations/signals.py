"""Record translation texts, and store each item's gaps, whenever translated content or a
revision of it is saved."""

from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save, pre_save

from wagtail.models import Revision
from wagtail.signals import published

from modeltranslation.translator import translator

from campaign.markets.availability import market_page_models
from campaign.markets.languages import target_languages
from campaign.markets.models import Market
from campaign.translations.gaps import forget_gaps, rebuild_gaps, refresh_gaps
from campaign.translations.items import is_campaign_item
from campaign.translations.memory import remember_item
from campaign.translations.models import TranslationGap
from campaign.translations.status import record_translations

PROJECT_APPS = {"campaign", "stories"}


def _on_item_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        record_translations(instance)
        refresh_gaps(instance)


def _on_item_published(sender, instance, **kwargs):
    # What goes live has been through review: its sound translations join the memory.
    if is_campaign_item(type(instance)):
        remember_item(instance, target_languages())


def _on_item_deleted(sender, instance, **kwargs):
    forget_gaps(instance)


def _on_revision_saved(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    model = instance.content_type.model_class()
    if model is not None and model in translator.get_registered_models():
        # Its gaps are stored when the item is saved with it (``save_revision`` saves both).
        record_translations(instance.as_object())


def _note_market_chain(sender, instance, raw=False, **kwargs):
    stored = Market.objects.filter(pk=instance.pk).values_list("falls_back_to", flat=True)
    instance._stored_chain = (stored.first() if instance.pk else None) or []


def _on_market_saved(sender, instance, raw=False, **kwargs):
    # A market's chain decides which of its empty fields are covered: every item's gaps
    # are worked out again once the change is committed (and the markets' cache is fresh).
    if not raw and getattr(instance, "_stored_chain", []) != list(instance.falls_back_to or []):
        transaction.on_commit(rebuild_gaps)


def _build_when_missing(sender, app_config, **kwargs):
    # A site migrated to a release that stores gaps gets them without another step. A new
    # database has no pages yet (and its translated page columns come after migrate).
    if app_config.label != "campaign_translations":
        return
    campaign_pages = (model.objects.exists() for model in market_page_models())
    if not TranslationGap.objects.exists() and any(campaign_pages):
        rebuild_gaps()


# It runs once, as Django starts, before a mutant could be switched on: not mutated.
# pragma: no mutate start
def connect():
    for model in translator.get_registered_models():
        if model._meta.app_label in PROJECT_APPS and not model._meta.abstract:
            label = model._meta.label
            post_save.connect(_on_item_saved, sender=model, dispatch_uid=f"record_{label}")
            if is_campaign_item(model):
                published.connect(_on_item_published, sender=model, dispatch_uid=f"memory_{label}")
                post_delete.connect(_on_item_deleted, sender=model, dispatch_uid=f"gaps_{label}")
    post_save.connect(
        _on_revision_saved, sender=Revision, dispatch_uid="record_revision_translations"
    )
    pre_save.connect(_note_market_chain, sender=Market, dispatch_uid="market_chain_before")
    post_save.connect(_on_market_saved, sender=Market, dispatch_uid="market_chain_saved")
    post_migrate.connect(_build_when_missing, dispatch_uid="translation_gaps_after_migrate")


# pragma: no mutate end
