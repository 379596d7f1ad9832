"""Fill missing translations of one language with the memory's exact matches, in bulk.

Each changed item gets a revision and goes to review, as a translator's edit would: the
memory proposes, reviewers decide. Locked items are left alone and named.
"""

from dataclasses import dataclass, field

from django.db import transaction

from campaign.translations.items import working_copy
from campaign.translations.memory import exact_translations, source_key
from campaign.translations.models import TranslationGap
from campaign.translations.report import rows_for
from campaign.translations.revisions import (
    MEMORY_FILL,
    describe_lock,
    lock_against,
    save_translation,
    submit_for_review,
)
from campaign.translations.status import COVERED, translation_problems
from campaign.translations.units import apply_translations, incomplete_blocks, units_for


@dataclass
class FillReport:
    texts: int = 0
    items: list = field(default_factory=list)
    locked: list = field(default_factory=list)


def _items_missing(language):
    gaps = TranslationGap.objects.filter(language=language, state=TranslationGap.MISSING)
    seen, items = set(), []
    for row in rows_for(gaps):
        key = (type(row.item), row.item.pk)
        if key not in seen:
            seen.add(key)
            items.append(row.item)
    return items


def fill_exact_matches(language, user=None):
    """Write every exact match into the missing texts of ``language``; return what was done."""
    report = FillReport()
    with transaction.atomic():
        for original in _items_missing(language):
            item = working_copy(original)
            units = units_for(item, language)
            # A text the market's fallback chain covers is not missing: it is left alone.
            covered = {
                p.field
                for p in translation_problems(item, [language], with_covered=True)
                if p.state == COVERED
            }
            missing = [unit for unit in units if unit.is_missing and unit.field not in covered]
            known = exact_translations(language, [unit.source for unit in missing])
            texts = {
                unit.key: known[source_key(unit.source)]
                for unit in missing
                if source_key(unit.source) in known
            }
            # A block is filled whole or not at all, as the editor requires.
            unfinished = {unit.block for unit in incomplete_blocks(units, texts)}
            by_key = {unit.key: unit for unit in units}
            texts = {k: t for k, t in texts.items() if by_key[k].block not in unfinished}
            if not texts:
                continue
            lock = lock_against(original, user)
            if lock is not None:
                report.locked.append(describe_lock(original, lock))
                continue
            if apply_translations(item, language, texts):
                save_translation(item, user, MEMORY_FILL, language)
                submit_for_review(original, user)
                report.texts += len(texts)
                report.items.append(original)
    return report
