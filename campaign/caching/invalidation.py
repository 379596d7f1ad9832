"""What makes cached pages stale: publishing, unpublishing, moving or deleting a page, and
changing a quote, a statistic or a market. Go-live and expiry times need no signal: a page
is cached only until the next one that could change it.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from campaign.caching.dependencies import MARKETS, changed, item_tag, listing_tag
from campaign.caching.frontend import purge_frontend_cache


def page_changed(instance, **kwargs):
    page = instance.specific if isinstance(instance, Page) else instance
    tags = {item_tag(page), listing_tag(type(page))}
    changed(*tags)
    purge_frontend_cache(tags)


def snippet_changed(sender, instance, **kwargs):
    tags = {item_tag(instance), listing_tag(type(instance))}
    changed(*tags)
    purge_frontend_cache(tags)


def market_changed(**kwargs):
    changed(MARKETS)
    purge_frontend_cache({MARKETS})


def connect():
    from campaign.models import Market, Quote, Statistic

    page_published.connect(page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(page_changed, dispatch_uid="page_cache_moved")
    post_delete.connect(_page_deleted, dispatch_uid="page_cache_deleted")
    published.connect(snippet_changed, dispatch_uid="page_cache_snippet_published")
    unpublished.connect(snippet_changed, dispatch_uid="page_cache_snippet_unpublished")
    for model in (Quote, Statistic):
        label = model._meta.label_lower
        post_save.connect(_snippet_saved, sender=model, dispatch_uid=f"page_cache_saved_{label}")
        post_delete.connect(snippet_changed, sender=model, dispatch_uid=f"page_cache_del_{label}")
    post_save.connect(market_changed, sender=Market, dispatch_uid="page_cache_market_saved")
    post_delete.connect(market_changed, sender=Market, dispatch_uid="page_cache_market_deleted")


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is not Page:
        page_changed(instance)


def _snippet_saved(sender, instance, **kwargs):
    # Saving a draft does not change what visitors see; only the live row counts.
    if getattr(instance, "live", True) and not getattr(instance, "has_unpublished_changes", False):
        snippet_changed(sender, instance)
