from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    """Campaign engagement per market: visits, film plays, sources and QR placements."""

    name = "campaign.engagement"
    label = "campaign_engagement"
    verbose_name = _("Engagement")
