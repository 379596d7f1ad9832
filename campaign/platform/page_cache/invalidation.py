"""What makes cached pages stale: publishing, unpublishing, moving or deleting a page, and
changing an item of a model the app asks the cache to watch. Go-live and expiry times need
no signal: a page is cached only until the next one that could change it.

The cache knows pages (Wagtail's signals) and nothing of the campaign's other models:
apps name them with ``watch_item_model`` (a change stales the pages that showed that
item or listed its model) and ``watch_site_wide_model`` (a change stales every page).
"""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from campaign.platform.page_cache.dependencies import (
    MENU,
    SITE_WIDE,
    changed,
    item_tag,
    listing_tag,
)
from campaign.platform.page_cache.frontend import purge_frontend_cache


def _stale(tags):
    changed(*tags)
    purge_frontend_cache(tags)


# Functions ``(page, revision) -> set of variants or None`` an app registers to say that a
# publish changed only some variants of a page (see ``register_change_scope``).
_change_scopes = []


def register_change_scope(scope):
    """Let ``scope(page, revision)`` narrow what a publish stales to the variants it names.

    It answers None whenever anything else may have changed: then every page that showed
    the item is stale, as without it.
    """
    _change_scopes.append(scope)


def _changed_variants(page, revision):
    if revision is None:
        return None
    for scope in _change_scopes:
        variants = scope(page, revision)
        if variants is not None:
            return variants
    return None


def page_changed(instance, revision=None, **kwargs):
    page = instance.specific if isinstance(instance, Page) else instance
    variants = _changed_variants(page, revision)
    if variants is not None:
        _stale({item_tag(page, variant) for variant in variants})
        return
    tags = {item_tag(page), listing_tag(type(page))}
    if getattr(page, "show_in_menus", False):
        tags.add(MENU)
    _stale(tags)


def item_changed(sender, instance, **kwargs):
    _stale({item_tag(instance), listing_tag(type(instance))})


def _item_published(sender, instance, **kwargs):
    # Pages announce their publishing twice; ``page_changed`` answers for them.
    if not isinstance(instance, Page):
        item_changed(sender, instance, **kwargs)


def site_wide_change(**kwargs):
    _stale({SITE_WIDE})


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is not Page:
        page_changed(instance)


def _item_saved(sender, instance, **kwargs):
    # Saving a draft does not change what visitors see; only the live row counts.
    if getattr(instance, "live", True) and not getattr(instance, "has_unpublished_changes", False):
        item_changed(sender, instance)


def connect():
    page_published.connect(page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(page_changed, dispatch_uid="page_cache_moved")
    post_delete.connect(_page_deleted, dispatch_uid="page_cache_deleted")
    # Snippets with drafts announce their publishing like pages do.
    published.connect(_item_published, dispatch_uid="page_cache_item_published")
    unpublished.connect(_item_published, dispatch_uid="page_cache_item_unpublished")


def watch_item_model(model):
    """Stale the pages that showed an item of ``model`` (or listed them) when one changes."""
    label = model._meta.label_lower
    post_save.connect(_item_saved, sender=model, dispatch_uid=f"page_cache_saved_{label}")
    post_delete.connect(item_changed, sender=model, dispatch_uid=f"page_cache_deleted_{label}")


def watch_site_wide_model(model):
    """Stale every cached page when an object of ``model`` changes."""
    label = model._meta.label_lower
    post_save.connect(site_wide_change, sender=model, dispatch_uid=f"page_cache_site_{label}")
    post_delete.connect(site_wide_change, sender=model, dispatch_uid=f"page_cache_site_del_{label}")
