"""The translation status report: every missing or stale field, per language and market."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.text import capfirst

from campaign.markets import runs_in
from campaign.translations.items import campaign_items, records_by_item, records_of
from campaign.translations.status import target_languages, translation_problems

LANGUAGE_NAMES = dict(settings.LANGUAGES)


@dataclass
class ReportRow:
    """One field of one item that needs work in one language."""

    item: object
    field: str
    field_label: str
    language: str
    state: str

    @property
    def language_name(self):
        return LANGUAGE_NAMES[self.language]


def status_rows(language=None, market=None, content_type=None):
    """Rows of the report; a market narrows to its items and, unless given, its language."""
    languages = [language] if language else target_languages()
    if market is not None and not language:
        languages = [market.language] if market.language in target_languages() else []
    items = campaign_items(content_type)
    if market is not None:
        items = [item for item in items if runs_in(item, market)]
    records = records_by_item(items)
    rows = []
    for item in items:
        for problem in translation_problems(item, languages, records_of(records, item)):
            label = item._meta.get_field(problem.field).verbose_name
            rows.append(
                ReportRow(item, problem.field, capfirst(label), problem.language, problem.state)
            )
    return rows


def counts_per_language(rows):
    """``{language: {"missing": n, "stale": n}}`` for every target language."""
    counts = {language: {"missing": 0, "stale": 0} for language in target_languages()}
    for row in rows:
        counts[row.language][row.state] += 1
    return counts
