"""Keeps each market's search documents in step with the pages visitors read.

A page's documents are rewritten whenever the page row changes (a publish, an unpublish,
a move) and removed with it; a market's change rewrites them all. Drafts never reach a
document: the page row holds the live version.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import TextField, Value
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from modeltranslation.utils import build_localized_fieldname

from campaign.markets.availability import (
    is_translated,
    market_page_models,
    restricted_paths,
    runs_in,
)
from campaign.markets.cjk import CJK_LANGUAGES, cjk_bigrams, normalize
from campaign.markets.current import activate_market
from campaign.markets.languages import SOURCE_LANGUAGE, field_suffix
from campaign.markets.models import Market, PageMarketSchedule
from campaign.markets.schedules import market_schedule
from campaign.models.search_fields import LocalizedSearchField
from campaign.site.search.models import SearchDocument
from campaign.site.search.text_configs import text_config

# The sentence that describes the page ranks above its body (and below its title).
SUMMARY_FIELDS = ("logline", "summary")
# Names rank like the summary; excerpts quote prose, never a lone name.
NAME_FIELDS = ("athlete",)
VERSION_KEY = "search:documents:version"


def searchable_models():
    """The page types whose pages are search results: those that name their kind."""
    return [model for model in market_page_models() if model.search_result_kind]


def visible_texts(page, market):
    """``{source field: text}`` as the market's visitors read the page.

    An empty translation reads as the text of the first language of the market's fallback
    chain that has one, then as the source text, as django-modeltranslation shows it.
    """
    texts = {}
    for field in page.search_fields:
        if type(field) is not LocalizedSearchField or field.language != market.language:
            continue
        source = field.field_name.removesuffix("_" + field_suffix(market.language))
        value = field.get_value(page)
        for code in (*market.reading_order[1:], SOURCE_LANGUAGE):
            if value:
                break
            value = LocalizedSearchField(build_localized_fieldname(source, code), code).get_value(
                page
            )
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        if value:
            texts[source] = " ".join(str(value).split())
    return texts


def _vector(document, language):
    config = text_config(language)
    parts = []
    weighted = (
        (document.title, "A"),
        (document.summary, "B"),
        (document.names, "B"),
        (document.body, "C"),
    )
    for text, weight in weighted:
        parts.append(
            SearchVector(Value(text, output_field=TextField()), weight=weight, config=config)
        )
        if language in CJK_LANGUAGES:
            bigrams = Value(cjk_bigrams(text), output_field=TextField())
            parts.append(SearchVector(bigrams, weight=weight, config="simple"))
    vector = parts[0]
    for part in parts[1:]:
        vector = vector + part
    return vector


def document_for(page, market, restricted=()):
    """The page's document in ``market`` (unsaved), or None where visitors cannot find it:
    it does not run there, is hidden there until translated, sits behind a password or a
    login (paths in ``restricted``), or has no address."""
    if not runs_in(page, market) or page.path.startswith(tuple(restricted)):
        return None
    if market.hides_untranslated and not is_translated(page, market):
        return None
    schedule = market_schedule(page, market)
    with activate_market(market):
        url = page.get_url()
        texts = visible_texts(page, market)
    if not url:
        return None
    title = texts.pop("title", "") or page.title
    title_language = next(
        (
            code
            for code in market.reading_order
            if getattr(page, build_localized_fieldname("title", code), "")
        ),
        SOURCE_LANGUAGE,
    )
    summary = " ".join(texts.pop(field) for field in SUMMARY_FIELDS if field in texts)
    names = " ".join(texts.pop(field) for field in NAME_FIELDS if field in texts)
    body = " ".join(texts.values())
    words = normalize(" ".join((title, summary, names, body)))
    return SearchDocument(
        page_id=page.pk,
        market=market,
        content_type=ContentType.objects.get_for_model(page),
        url=url,
        title=title,
        title_language=title_language,
        summary=summary,
        names=names,
        body=body,
        terms=f"{words} {cjk_bigrams(words)}",
        go_live_at=schedule.go_live_at if schedule else None,
        expire_at=schedule.expire_at if schedule else None,
    )


def index_page(page, markets=None):
    """Rewrite ``page``'s documents in every market (drop them when it is not live).

    The page is read afresh: an instance being saved may hold a draft the row does not.
    """
    page = Page.objects.filter(pk=page.pk).specific().first()
    if page is None:
        return
    markets = markets if markets is not None else list(Market.objects.all())
    with transaction.atomic():
        SearchDocument.objects.filter(page_id=page.pk).delete()
        if page.live and type(page) in searchable_models():
            restricted = restricted_paths()
            made = (document_for(page, market, restricted) for market in markets)
            documents = [document for document in made if document is not None]
            SearchDocument.objects.bulk_create(documents)
            if connection.vendor == "postgresql":
                for document in SearchDocument.objects.filter(page_id=page.pk):
                    SearchDocument.objects.filter(pk=document.pk).update(
                        vector=_vector(document, document.market.language)
                    )
    documents_changed()


def unindex_page(page):
    SearchDocument.objects.filter(page_id=page.pk).delete()
    documents_changed()


def rebuild_documents():
    """Every searchable page's documents in every market, written afresh."""
    markets = list(Market.objects.all())
    SearchDocument.objects.all().delete()
    for model in searchable_models():
        for page_id in model.objects.live().exact_type(model).values_list("pk", flat=True):
            index_page(Page(pk=page_id), markets)


def documents_changed():
    """Searches cached before now are outdated (``version``)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def version():
    return cache.get(VERSION_KEY, 0)


def connect():
    for model in market_page_models():
        label = model._meta.label_lower
        post_save.connect(_page_saved, sender=model, dispatch_uid=f"search_saved_{label}")
        post_delete.connect(_page_deleted, sender=model, dispatch_uid=f"search_del_{label}")
        # A page's markets are written after the page itself (and sent as m2m_changed).
        m2m_changed.connect(
            _markets_changed, sender=model.markets.through, dispatch_uid=f"search_m2m_{label}"
        )
    page_published.connect(_page_saved, dispatch_uid="search_published")
    page_unpublished.connect(_page_saved, dispatch_uid="search_unpublished")
    post_page_move.connect(_page_saved, dispatch_uid="search_moved")
    post_save.connect(_schedule_changed, sender=PageMarketSchedule, dispatch_uid="search_sched")
    post_delete.connect(_schedule_changed, sender=PageMarketSchedule, dispatch_uid="search_unsched")
    post_save.connect(_market_changed, sender=Market, dispatch_uid="search_market_saved")
    post_save.connect(_market_changed, sender=PageViewRestriction, dispatch_uid="search_restricted")
    post_delete.connect(
        _market_changed, sender=PageViewRestriction, dispatch_uid="search_unrestricted"
    )
    post_migrate.connect(_build_when_missing, dispatch_uid="search_documents_after_migrate")


def _build_when_missing(sender, app_config=None, **kwargs):
    # A site migrated to a release with search documents gets them without another step. A
    # new database has no pages yet (and its translated page columns come after migrate).
    if getattr(app_config, "label", None) != "campaign_site":
        return
    searchable_pages = (model.objects.exists() for model in searchable_models())
    if not SearchDocument.objects.exists() and any(searchable_pages):
        rebuild_documents()


def _page_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index_page(instance)


def _markets_changed(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        index_page(instance)


def _schedule_changed(sender, instance, raw=False, **kwargs):
    if not raw and instance.page_id:
        index_page(Page(pk=instance.page_id))


def _page_deleted(sender, instance, **kwargs):
    unindex_page(instance)


def _market_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        rebuild_documents()
