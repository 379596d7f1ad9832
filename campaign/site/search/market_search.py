"""A search in one market: what it runs, in its language, ranked, with excerpts.

Searches read the market's search documents (``documents``), never the pages. On
PostgreSQL the database finds, ranks (``ts_rank`` over title, summary and body, each
weighted) and highlights (``ts_headline``) the matches in the market's text
configuration; CJK words are matched by their bigrams and then as written. On other
databases the documents' normalised text is matched and ranked in Python. The ranked
list of one normalised query is kept for a minute at most, and never past a change of
the documents or the next minute (go-lives and expiries fall on whole minutes).
"""

import hashlib
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.cache import cache
from django.db import connection
from django.db.models import F, Min, Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from campaign.markets.cjk import CJK_LANGUAGES, CJK_RUN, bigrams
from campaign.markets.languages import bcp47
from campaign.platform.page_cache import dependencies as page_cache
from campaign.platform.page_cache import moment as rendering
from campaign.site.search.documents import searchable_models, version
from campaign.site.search.models import SearchDocument
from campaign.site.search.text import find_terms, highlight, query_terms, stem, term_patterns
from campaign.site.search.text_configs import text_config

# Enough for a campaign's films and stories; results past it are not worth paging to.
MAX_RESULTS = 200
# A word in the title counts more than one in the summary, which counts more than the body.
FIELD_WEIGHTS = {"title": 5, "summary": 2, "names": 2, "body": 1}
RESULTS_SECONDS = 60
EXCERPT_FIELDS = ("summary", "body")
EXCERPT_LENGTH = 180
# Marks around highlighted words that no text contains: the rest is escaped around them.
START, STOP = "\x02", "\x03"


@dataclass
class SearchHit:
    """One result: a document of the market and its excerpt."""

    document: SearchDocument
    excerpt: SafeString

    @property
    def title(self):
        return self.document.title

    @property
    def url(self):
        return self.document.url

    @property
    def kind(self):
        """What the result is, in the visitor's words."""
        return self.document.kind

    @property
    def title_lang(self):
        """The title's language tag where it falls back to another language, else ""."""
        language = self.document.title_language
        return "" if language == self.document.market.language else bcp47(language)


class SearchResults:
    """The ranked results of one search, read a page at a time (a Paginator's object list)."""

    def __init__(self, market, terms, document_ids):
        self.market = market
        self.terms = terms
        self.document_ids = document_ids

    def __len__(self):
        return len(self.document_ids)

    def __getitem__(self, index):
        ids = self.document_ids[index]
        if isinstance(index, int):
            return self._hits([ids])[0]
        return self._hits(ids)

    def _hits(self, ids):
        documents = SearchDocument.objects.filter(pk__in=ids).select_related("market")
        query = _database_query(self.market, self.terms)
        if _headlines_in_database(self.market) and query is not None:
            documents = documents.annotate(
                **{
                    f"{field}_headline": SearchHeadline(
                        field,
                        query,
                        config=text_config(self.market.language),
                        start_sel=START,
                        stop_sel=STOP,
                        max_words=30,
                        min_words=15,
                        max_fragments=1,
                    )
                    for field in EXCERPT_FIELDS
                }
            )
        by_id = {document.pk: document for document in documents}
        patterns = term_patterns(self.terms)
        return [_hit(by_id[pk], patterns) for pk in ids if pk in by_id]


def _hit(document, patterns):
    """The document with an excerpt of the first of its summary and body that matches."""
    if hasattr(document, "summary_headline"):
        headlines = [getattr(document, f"{field}_headline") for field in EXCERPT_FIELDS]
        chosen = next((h for h in headlines if START in h), None) or next(
            (getattr(document, field)[:EXCERPT_LENGTH] for field in EXCERPT_FIELDS), ""
        )
        marked = escape(chosen).replace(START, "<mark>").replace(STOP, "</mark>")
        return SearchHit(document, mark_safe(marked))  # noqa: S308 - the text is escaped
    matches = [find_terms(getattr(document, field), patterns) for field in EXCERPT_FIELDS]
    chosen = next((m for m in matches if m.spans), None) or next(
        (m for m in matches if m.text), None
    )
    return SearchHit(document, highlight(chosen) if chosen else SafeString(""))


def search_market(market, query: str) -> SearchResults:
    """The pages ``market`` runs that match ``query`` in its language, best first."""
    terms = query_terms(query)
    if market is None or not terms:
        return SearchResults(market, [], [])
    _report_dependencies(market)
    key = _results_key(market, terms)
    ids = cache.get(key)
    if ids is None:
        ids = _ranked_ids(market, terms)
        if not rendering.is_ahead():
            cache.set(key, ids, _seconds_to_keep())
    return SearchResults(market, terms, ids)


def _report_dependencies(market):
    """A cached results page depends on every searchable page, and on the next go-live or
    expiry among the market's documents."""
    if not page_cache.is_collecting():
        return
    next_change = _next_change(market)
    for model in searchable_models():
        page_cache.lists(model, next_change)


def _next_change(market):
    """The next go-live or expiry among the market's documents.

    Every search of the market asks it: it is kept until that moment comes or the documents
    change, a minute at most.
    """
    now = rendering.now()
    key = f"search:next-change:{market.pk}:{version()}"
    kept = cache.get(key)
    if kept is not None and (kept[0] is None or kept[0] > now):
        return kept[0]
    upcoming = SearchDocument.objects.filter(market=market).aggregate(
        go_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
        expiry=Min("expire_at", filter=Q(expire_at__gt=now)),
    )
    next_change = min((moment for moment in upcoming.values() if moment), default=None)
    if not rendering.is_ahead():
        cache.set(key, (next_change,), RESULTS_SECONDS)
    return next_change


def _results_key(market, terms):
    digest = hashlib.sha256(" ".join(terms).encode()).hexdigest()
    minute = rendering.now().strftime("%Y%m%d%H%M")
    return f"search:results:{market.pk}:{version()}:{minute}:{digest}"


def _seconds_to_keep():
    # No longer than the current minute: a go-live or expiry may change what matches.
    return max(1, min(RESULTS_SECONDS, 60 - timezone.now().second))


def _candidates(market, terms):
    # A market's documents are those of the pages it runs and may show: only their go-live
    # and expiry are left to the moment of the search.
    now = rendering.now()
    documents = SearchDocument.objects.filter(
        Q(go_live_at__isnull=True) | Q(go_live_at__lte=now),
        Q(expire_at__isnull=True) | Q(expire_at__gt=now),
        market=market,
    )
    # CJK words are found as written, not only by their bigrams somewhere in the text.
    for term in terms:
        if CJK_RUN.search(term) or connection.vendor != "postgresql":
            documents = documents.filter(terms__contains=stem(term))
    return documents


def _ranked_ids(market, terms):
    documents = _candidates(market, terms)
    if connection.vendor == "postgresql" and _database_query(market, terms) is not None:
        query = _database_query(market, terms)
        ranked = documents.filter(vector=query).annotate(rank=SearchRank(F("vector"), query))
        return list(ranked.order_by("-rank", "pk").values_list("pk", flat=True)[:MAX_RESULTS])
    return _ranked_in_python(documents, terms)


def _ranked_in_python(documents, terms):
    patterns = term_patterns(terms)
    scored = []
    for document in documents.only("pk", *FIELD_WEIGHTS)[: MAX_RESULTS * 5]:
        matches = {field: find_terms(getattr(document, field), patterns) for field in FIELD_WEIGHTS}
        found = frozenset().union(*(match.matched_terms for match in matches.values()))
        if len(found) < len(patterns):
            continue
        score = sum(FIELD_WEIGHTS[field] * len(match.spans) for field, match in matches.items())
        scored.append((-score, document.pk))
    return [pk for _score, pk in sorted(scored)[:MAX_RESULTS]]


def _database_query(market, terms):
    """The tsquery of ``terms`` in the market's configuration, or None (single CJK characters)."""
    parts = []
    for term in terms:
        if CJK_RUN.fullmatch(term):
            parts += bigrams(term)
        else:
            parts.append(f"{term}:*")
    if not parts:
        return None
    return SearchQuery(" & ".join(parts), config=text_config(market.language), search_type="raw")


def _headlines_in_database(market):
    # ts_headline finds words by its parser; Chinese, Japanese and Korean text has no spaces
    # to find them by, so their excerpts are highlighted in Python.
    return connection.vendor == "postgresql" and market.language not in CJK_LANGUAGES
