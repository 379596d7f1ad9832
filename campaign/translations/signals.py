"""Record translation texts whenever translated content or a revision of it is saved."""

from django.db.models.signals import post_save

from wagtail.models import Revision

from modeltranslation.translator import translator

from campaign.translations.status import record_translations

PROJECT_APPS = {"campaign", "stories"}


def _on_item_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        record_translations(instance)


def _on_revision_saved(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    model = instance.content_type.model_class()
    if model is not None and model in translator.get_registered_models():
        record_translations(instance.as_object())


def connect():
    for model in translator.get_registered_models():
        if model._meta.app_label in PROJECT_APPS and not model._meta.abstract:
            post_save.connect(
                _on_item_saved, sender=model, dispatch_uid=f"record_{model._meta.label}"
            )
    post_save.connect(
        _on_revision_saved, sender=Revision, dispatch_uid="record_revision_translations"
    )
