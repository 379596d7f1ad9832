"""The translation status report: every missing or stale field, per language and market.

Read from the stored gaps (``gaps``): the report, its CSV and the dashboard's counts cost
the same few queries however many items the campaign has.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.utils.text import capfirst

from wagtail.models import Page

from campaign.markets.languages import language_name, target_languages
from campaign.models import CAMPAIGN_SNIPPETS
from campaign.translations.models import TranslationGap


@dataclass
class ReportRow:
    """One field of one item that needs work in one language."""

    item: object
    field: str
    field_label: str
    language: str
    state: str
    covered_by: str = ""

    @property
    def language_name(self):
        return language_name(self.language)

    @property
    def covered_by_name(self):
        return language_name(self.covered_by) if self.covered_by else ""


def report_gaps(languages, market=None, content_type=None, covered=False):
    """The stored gaps in ``languages``, of the items of ``market`` and ``content_type``:
    the fields to translate, or (``covered``) those the fallback chain covers."""
    gaps = _scoped_gaps(languages, market, content_type)
    if covered:
        return gaps.filter(state=TranslationGap.COVERED)
    return gaps.exclude(state=TranslationGap.COVERED)


def _scoped_gaps(languages, market, content_type):
    gaps = TranslationGap.objects.filter(language__in=languages)
    if market is not None:
        gaps = gaps.filter(Q(market_codes="") | Q(market_codes__contains=f",{market.code},"))
    if content_type == "page":
        snippet_types = ContentType.objects.get_for_models(*CAMPAIGN_SNIPPETS).values()
        gaps = gaps.exclude(content_type__in=snippet_types)
    elif content_type:
        model = next(m for m in CAMPAIGN_SNIPPETS if m._meta.model_name == content_type)
        gaps = gaps.filter(content_type=ContentType.objects.get_for_model(model))
    return gaps


def report_languages(language=None, market=None, allowed=None):
    """The languages a report shows: the one asked for, else the market's, else every one."""
    allowed = target_languages() if allowed is None else allowed
    if language:
        languages = [language]
    elif market is not None:
        languages = [market.language]
    else:
        languages = allowed
    return [language for language in languages if language in allowed]


def _items(gaps):
    """The items the gaps name, one query per kind of item."""
    ids = {}
    for gap in gaps:
        ids.setdefault(gap.content_type_id, set()).add(gap.object_id)
    items = {}
    for content_type_id, object_ids in ids.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        found = model.objects.filter(pk__in=object_ids)
        if issubclass(model, Page):
            found = found.specific()
        items.update({(content_type_id, str(item.pk)): item for item in found})
    return items


def rows_for(gaps):
    """Report rows for ``gaps``, with their items (loaded in one query per kind of item)."""
    gaps = list(gaps)
    items = _items(gaps)
    rows = []
    for gap in gaps:
        item = items.get((gap.content_type_id, gap.object_id))
        if item is None:
            continue
        label = capfirst(item._meta.get_field(gap.field).verbose_name)
        rows.append(ReportRow(item, gap.field, label, gap.language, gap.state, gap.covered_by))
    return rows


def status_rows(language=None, market=None, content_type=None):
    """Rows of the report; a market narrows to its items and, unless given, its language."""
    return rows_for(report_gaps(report_languages(language, market), market, content_type))


def counts_per_language(languages, market=None, content_type=None):
    """``{language: {"missing": n, "stale": n, "covered": n}}`` for ``languages``."""
    states = (TranslationGap.MISSING, TranslationGap.STALE, TranslationGap.COVERED)
    counts = {language: dict.fromkeys(states, 0) for language in languages}
    gaps = _scoped_gaps(languages, market, content_type)
    totals = gaps.values("language", "state").annotate(n=Count("pk"))
    for total in totals.order_by():
        counts[total["language"]][total["state"]] = total["n"]
    return counts
