from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_save
from django.urls import clear_url_caches
from django.utils.translation import gettext_lazy as _


def _forget_market_routes(**kwargs):
    # apps.py is imported before the models are ready: Django forces this import here.
    from campaign.markets.current import forget_markets

    # URL reversal remembers each language's market prefix; a new market changes it.
    clear_url_caches()
    forget_markets()


class CampaignConfig(AppConfig):
    """The campaign site: markets, the home page, films, quotes and statistics."""

    name = "campaign"
    verbose_name = _("Campaign")

    def ready(self):
        # Models are read once the app registry is ready: Django forces these imports here.
        from wagtail.models import get_page_models

        from campaign.markets import availability, fallbacks, routing
        from campaign.markets.change_scopes import market_values_scope
        from campaign.markets.routing import route_by_localized_slug
        from campaign.models import CAMPAIGN_SNIPPETS, BasePage, Market
        from campaign.platform.page_cache import invalidation
        from campaign.platform.sanitising import clean_rich_fields

        post_save.connect(_forget_market_routes, sender=Market, dispatch_uid="market_routes_saved")
        post_delete.connect(
            _forget_market_routes, sender=Market, dispatch_uid="market_routes_deleted"
        )
        # After wagtail-modeltranslation's own patch (its app is set up first): route by
        # an indexed query rather than by loading every child page.
        for model in get_page_models():
            if issubclass(model, BasePage):
                model.route = route_by_localized_slug
        routing.connect()
        availability.connect()
        # A market's fallback chain decides which text its visitors read.
        fallbacks.install()
        # Rich text written by imports or scripts is cleaned like the editor's.
        pre_save.connect(clean_rich_fields, dispatch_uid="clean_rich_text_on_save")
        # Cached pages that showed a quote or a statistic go stale when it changes; every
        # cached page does when a market does (its navigation and chooser list them).
        for model in CAMPAIGN_SNIPPETS:
            invalidation.watch_item_model(model)
        invalidation.watch_site_wide_model(Market)
        # A publish that changes only some markets' own values of a film stales only theirs.
        invalidation.register_change_scope(market_values_scope)
