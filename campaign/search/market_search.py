"""A search in one market: what it runs, in its language, ranked, with excerpts.

Wagtail's database backend finds the candidates (each language indexed with its own
text configuration, CJK also as bigrams); the candidates are then read as the
market's visitors read them, so a page is a result only when the words are in the
text a visitor of that market sees, and its excerpt shows them there.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from modeltranslation.utils import build_localized_fieldname

from campaign.market_pages import available_pages_q
from campaign.markets import activate_market
from campaign.search.backend import search_backend_for
from campaign.search.fields import LocalizedSearchField
from campaign.search.text import (
    TextMatch,
    find_terms,
    highlight,
    index_query,
    query_terms,
    term_patterns,
)

# Enough for a campaign's films and stories; results past it are not worth paging to.
MAX_CANDIDATES = 200
# A word in the title counts more than one in the summary, which counts more than the body.
FIELD_WEIGHTS = {"title": 5, "logline": 2, "summary": 2, "athlete": 2}
RESULT_KINDS = {"FilmPage": _("Film"), "AthleteStoryPage": _("Athlete story")}


def searchable_models():
    from campaign.models import FilmPage
    from stories.models import AthleteStoryPage

    return (FilmPage, AthleteStoryPage)


@dataclass
class SearchHit:
    """One result: the page (specific, in the market's language) and its excerpt."""

    page: Page
    excerpt: SafeString
    score: int

    @property
    def kind(self):
        """What the result is, in the visitor's words."""
        return RESULT_KINDS.get(type(self.page).__name__, "")


def _visible_texts(page, market):
    """(source field, text) as the market's visitors read the page.

    An empty translation reads as the source text, as django-modeltranslation shows it.
    """
    source_language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    for field in page.search_fields:
        if type(field) is not LocalizedSearchField or field.language != market.language:
            continue
        source = field.field_name.removesuffix("_" + market.language.replace("-", "_"))
        value = field.get_value(page)
        if not value:
            default = build_localized_fieldname(source, source_language)
            value = LocalizedSearchField(default, source_language).get_value(page)
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        if value:
            yield source, str(value)


def _read(page, market, patterns):
    matches: list[tuple[str, TextMatch]] = [
        (source, find_terms(text, patterns)) for source, text in _visible_texts(page, market)
    ]
    found = frozenset().union(*(match.matched_terms for _source, match in matches))
    if len(found) < len(patterns):
        return None
    score = sum(FIELD_WEIGHTS.get(source, 1) * len(match.spans) for source, match in matches)
    excerpt_from = next(
        (match for source, match in matches if source != "title" and match.spans),
        next((match for source, match in matches if source != "title"), None),
    )
    excerpt = highlight(excerpt_from) if excerpt_from else SafeString("")
    return SearchHit(page=page, excerpt=excerpt, score=score)


def search_market(market, query: str) -> list[SearchHit]:
    """The pages ``market`` runs that match ``query`` in its language, best first."""
    terms = query_terms(query)
    if market is None or not terms:
        return []
    models = searchable_models()
    # Wagtail's search filters on plain field lookups only, so the availability
    # rules (markets, schedules, translations) are resolved to page ids first.
    available = Page.objects.filter(available_pages_q(market, models)).values_list("pk", flat=True)
    candidates = Page.objects.live().filter(pk__in=list(available))
    backend_query = index_query(terms)
    if backend_query:
        backend = search_backend_for(market.language)
        found = backend.search(backend_query, candidates, operator="and")[:MAX_CANDIDATES]
    else:
        # Only single CJK characters: every page the market runs is read for them.
        found = candidates.order_by("-last_published_at")[:MAX_CANDIDATES]
    rank = {page.pk: position for position, page in enumerate(found)}
    pages = Page.objects.filter(pk__in=rank).specific()
    patterns = term_patterns(terms)
    hits = []
    with activate_market(market):
        for page in pages:
            hit = _read(page, market, patterns)
            if hit is not None:
                hits.append(hit)
    hits.sort(key=lambda hit: (-hit.score, rank[hit.page.pk]))
    return hits
