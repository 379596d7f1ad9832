from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    """Full-page caching of public pages, refreshed exactly when what they show changes."""

    name = "campaign.caching"
    label = "campaign_caching"
    verbose_name = _("Page cache")

    def ready(self):
        from campaign.caching import invalidation

        invalidation.connect()
