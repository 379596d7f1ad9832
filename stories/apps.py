from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    """Athlete stories: the true stories behind the campaign's films."""

    name = "stories"
    verbose_name = _("Athlete stories")
