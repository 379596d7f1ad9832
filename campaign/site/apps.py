from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The public site: template tags, search, SEO, the sitemap and the read-only API."""

    name = "campaign.site"
    label = "campaign_site"
    verbose_name = _("Public site")

    def ready(self):
        # The page models the search documents follow are ready only now: Django forces
        # this import here.
        from campaign.site.search import documents

        documents.connect()
