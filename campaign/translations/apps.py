from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translation status of content fields: what is missing and what is stale."""

    name = "campaign.translations"
    label = "campaign_translations"
    verbose_name = _("Translations")

    def ready(self):
        # The models the signals name are ready only now: Django forces this import here.
        from campaign.translations import signals

        signals.connect()
