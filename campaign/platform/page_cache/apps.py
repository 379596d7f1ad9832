from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    """Full-page caching of public pages, refreshed exactly when what they show changes."""

    name = "campaign.platform.page_cache"
    label = "campaign_caching"
    verbose_name = _("Page cache")

    def ready(self):
        # Signals of Wagtail's models are connected once the app registry is ready.
        from campaign.platform.page_cache import invalidation

        invalidation.connect()
