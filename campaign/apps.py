from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_save
from django.urls import clear_url_caches
from django.utils.translation import gettext_lazy as _


def _forget_market_routes(**kwargs):
    from campaign.routing import forget_markets

    # URL reversal remembers each language's market prefix; a new market changes it.
    clear_url_caches()
    forget_markets()


class CampaignConfig(AppConfig):
    """The campaign site: markets, the home page, films, quotes and statistics."""

    name = "campaign"
    verbose_name = _("Campaign")

    def ready(self):
        from campaign.models import Market
        from campaign.sanitising import clean_rich_fields

        post_save.connect(_forget_market_routes, sender=Market, dispatch_uid="market_routes_saved")
        post_delete.connect(
            _forget_market_routes, sender=Market, dispatch_uid="market_routes_deleted"
        )
        # After wagtail-modeltranslation's own patch (its app is set up first): route by
        # an indexed query rather than by loading every child page.
        from wagtail.models import get_page_models

        from campaign.models import BasePage
        from campaign.routing import route_by_localized_slug

        for model in get_page_models():
            if issubclass(model, BasePage):
                model.route = route_by_localized_slug
        # Rich text written by imports or scripts is cleaned like the editor's.
        pre_save.connect(clean_rich_fields, dispatch_uid="clean_rich_text_on_save")
