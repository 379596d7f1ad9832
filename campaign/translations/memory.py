"""The translation memory: translations that passed the translation check, offered again.

An exact match is a translation of the same source text (spaces and case at its ends
aside); a close match one of a similar source, scored 0-100 by rapidfuzz on the text a
reader sees. Candidates are narrowed in the database to the language and to sources of a
similar length, so a lookup reads a small part of tens of thousands of entries.
"""

import hashlib
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import capfirst

from rapidfuzz import fuzz, process

from campaign.translations.checks import glossary, glossary_problems
from campaign.translations.diffs import diff_html, reading_text, text_diff
from campaign.translations.models import MemoryEntry
from campaign.translations.status import STALE, translation_problems
from campaign.translations.texts import is_blank
from campaign.translations.units import units_for

# Close matches score at least this (rapidfuzz's ratio, 0-100) and are at most this many.
CLOSE_MATCH_SCORE = 70
CLOSE_MATCHES = 3
# A close match's source is within this share of the looked-up source's length.
LENGTH_SPREAD = 0.4


def normalised(text):
    return " ".join(reading_text(text).split())


def source_key(text):
    return hashlib.sha256(normalised(text).casefold().encode()).hexdigest()[:40]


@dataclass(frozen=True)
class Match:
    """A remembered translation offered for a source text, with how the two sources differ."""

    entry: MemoryEntry
    score: int
    source_diff: tuple

    @property
    def is_exact(self):
        return self.score == 100

    @property
    def diff_html(self):
        return diff_html(self.source_diff)


def _match(entry, score, source):
    return Match(entry, score, tuple(text_diff(entry.source_text, source)))


def remember(language, source, translation, origin=""):
    """Keep one translation (a text already in the memory is only brought up to date)."""
    if is_blank(source) or is_blank(translation):
        return None
    entry, _created = MemoryEntry.objects.update_or_create(
        language=language,
        source_key=source_key(source),
        translation=translation,
        defaults={
            "source_text": source,
            "source_length": len(normalised(source)),
            "origin": origin[:255],
        },
    )
    return entry


def remember_item(item, languages):
    """Keep every translation of ``item`` in ``languages`` that passes the checks.

    A text counts when its field is neither missing nor out of date and it breaks no
    glossary term; one with problems would teach the memory a mistake.
    """
    kept = 0
    with transaction.atomic():
        for language in languages:
            problems = {p.field for p in translation_problems(item, [language]) if p.state == STALE}
            terms = glossary(language)
            for unit in units_for(item, language):
                if unit.field in problems or is_blank(unit.target):
                    continue
                if glossary_problems(unit.source, unit.target, terms):
                    continue
                origin = f"{capfirst(item._meta.verbose_name)} · {item} · {unit.label}"
                if remember(language, unit.source, unit.target, origin):
                    kept += 1
    return kept


def exact_matches(language, source):
    entries = MemoryEntry.objects.filter(language=language, source_key=source_key(source))
    return [_match(entry, 100, source) for entry in entries.order_by("-remembered_at")]


def close_matches(language, source, limit=CLOSE_MATCHES):
    """The best remembered translations of sources like ``source`` (exact ones first)."""
    text = normalised(source)
    if not text:
        return []
    spread = max(3, int(len(text) * LENGTH_SPREAD))
    candidates = MemoryEntry.objects.filter(
        language=language,
        source_length__gte=len(text) - spread,
        source_length__lte=len(text) + spread,
    ).only("id", "source_text", "source_key", "translation", "origin", "language")
    entries = list(candidates)
    choices = [normalised(entry.source_text) for entry in entries]
    found = process.extract(
        text, choices, scorer=fuzz.ratio, score_cutoff=CLOSE_MATCH_SCORE, limit=limit * 3
    )
    key = source_key(source)
    matches = []
    seen = set()
    for _choice, score, index in found:
        entry = entries[index]
        if entry.translation in seen:
            continue
        seen.add(entry.translation)
        exact = entry.source_key == key
        matches.append(_match(entry, 100 if exact else min(int(score), 99), source))
    matches.sort(key=lambda match: -match.score)
    return matches[:limit]


def exact_translations(language, sources):
    """``{source key: translation}`` for the sources the memory knows exactly one answer to.

    One query per thousand sources, for exports of a whole campaign.
    """
    keys = sorted({source_key(source) for source in sources if not is_blank(source)})
    found = {}
    for start in range(0, len(keys), 1000):
        rows = MemoryEntry.objects.filter(
            language=language, source_key__in=keys[start : start + 1000]
        ).values_list("source_key", "translation")
        for key, translation in rows:
            found.setdefault(key, set()).add(translation)
    return {key: answers.pop() for key, answers in found.items() if len(answers) == 1}
