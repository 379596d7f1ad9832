"""What the side-by-side editor shows beside each text: what changed in its source since it
was translated, what the memory offers, and the glossary terms it holds."""

import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from campaign.translations.checks import terms_in
from campaign.translations.diffs import diff_html, has_changes, text_diff
from campaign.translations.gaps import sort_key
from campaign.translations.items import working_copy
from campaign.translations.memory import close_matches
from campaign.translations.models import TranslationGap
from campaign.translations.status import STALE, kept_sources, sources_made_from
from campaign.translations.texts import RICH, is_blank
from campaign.translations.units import source_before, units_for

TAG = re.compile(r"(<[^>]*>)")


@dataclass
class UnitAid:
    """The help offered beside one text unit."""

    source_html: str
    source_diff: str = ""
    before_unknown: bool = False
    matches: list = field(default_factory=list)
    terms: list = field(default_factory=list)


def _mark_terms(text, terms):
    """``text`` (escaped HTML) with each glossary term in a ``<mark>`` saying what it needs."""
    for term in sorted(terms, key=lambda t: -len(t.term)):
        if term.keeps_source:
            note = _("Glossary: never translated")
        else:
            note = _("Glossary: “%(translation)s”") % {"translation": term.translation}
        pattern = re.compile(re.escape(escape(term.term)), re.IGNORECASE)
        text = pattern.sub(
            lambda found, note=note: (
                f'<mark class="glossary-term" title="{escape(note)}" data-glossary-term>'
                f"{found.group(0)}</mark>"
            ),
            text,
        )
    return text


def highlighted_source(unit, terms):
    """The unit's source as the editor shows it, its glossary terms marked.

    Rich text keeps its (sanitised, stored) markup; terms are marked in its text only.
    """
    if unit.kind == RICH:
        parts = TAG.split(unit.source)
        marked = "".join(
            part if TAG.fullmatch(part) else _mark_terms(part, terms) for part in parts
        )
        # Stored rich text is sanitised when saved; only the marks are added to it.
        return mark_safe(marked)  # noqa: S308
    text = _mark_terms(escape(unit.source), terms)
    return mark_safe(text.replace("\n", "<br>"))  # noqa: S308 - the text is escaped above


def unit_aids(units, language, stale_fields, made_from, terms):
    """``{unit key: UnitAid}`` for every unit of an item in ``language``."""
    aids = {}
    for unit in units:
        used = terms_in(unit.source, terms)
        aid = UnitAid(source_html=highlighted_source(unit, used), terms=used)
        # A stream's translated texts show their change even while another is missing.
        before = source_before(unit, made_from) if not is_blank(unit.target) else None
        if before is not None:
            pieces = text_diff(before, unit.source)
            if has_changes(pieces):
                aid.source_diff = diff_html(pieces)
        elif unit.field in stale_fields and not is_blank(unit.target):
            aid.before_unknown = True
        aid.matches = [
            match
            for match in close_matches(language, unit.source)
            if match.entry.translation != unit.target
        ]
        aids[unit.key] = aid
    return aids


def next_item_to_translate(item, language):
    """The next item (in the report's order) with a gap in ``language``, after ``item``."""
    content_type = ContentType.objects.get_for_model(item)
    gaps = (
        TranslationGap.objects.filter(language=language)
        .exclude(state=TranslationGap.COVERED)
        .exclude(content_type=content_type, object_id=str(item.pk))
    )
    return gaps.filter(sort_key__gt=sort_key(item)).first() or gaps.first()


def source_changes(rows):
    """``{row index: [(text label, diff HTML)]}`` for the report's out-of-date rows.

    What changed in each out-of-date field's source since its translation was made, read
    for all rows of a page with one query.
    """
    stale = [(index, row) for index, row in enumerate(rows) if row.state == STALE]
    if not stale:
        return {}
    kept = kept_sources([row.item for _index, row in stale])
    changes = {}
    for index, row in stale:
        item = working_copy(row.item)
        made_from = sources_made_from(item, row.language, kept)
        found = []
        for unit in units_for(item, row.language):
            if unit.field != row.field:
                continue
            before = source_before(unit, made_from)
            if before is None:
                continue
            pieces = text_diff(before, unit.source)
            if has_changes(pieces):
                found.append((unit.label, diff_html(pieces)))
        changes[index] = found
    return changes
