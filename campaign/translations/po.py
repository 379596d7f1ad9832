"""PO files of content translations: export for translators, import of their work.

Each entry is one text unit: ``msgctxt`` names the item and field (and, in a StreamField,
the source block and the text in it), ``msgid`` is the source text and ``msgstr`` the
translation. An import never publishes: it saves revisions and submits them for review,
and it writes nothing at all when an entry is refused or an item it changes is locked.
"""

import html.parser
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import to_language, to_locale

import polib

from campaign.markets.availability import runs_in
from campaign.markets.languages import language_name, target_languages
from campaign.markets.roles import roles_for
from campaign.platform.sanitising import RICH_TEXT_ATTRIBUTES, RICH_TEXT_TAGS, URL_SCHEMES
from campaign.translations.checks import display_room, glossary, text_problems
from campaign.translations.diffs import diff_plain, text_diff
from campaign.translations.items import (
    campaign_items,
    find_item,
    records_by_item,
    records_of,
    working_copy,
)
from campaign.translations.memory import exact_translations, source_key
from campaign.translations.revisions import (
    PO_IMPORT,
    describe_lock,
    lock_against,
    save_translation,
    submit_for_review,
)
from campaign.translations.status import (
    COVERED,
    STALE,
    kept_sources,
    sources_made_from,
    translation_problems,
)
from campaign.translations.texts import MARKUP, RICH, is_blank
from campaign.translations.units import (
    apply_translations,
    incomplete_blocks,
    source_before,
    units_for,
)

STALE_FLAG = "fuzzy"


class ImportRefused(Exception):
    """The whole file is refused; nothing was written."""


@dataclass
class ImportReport:
    """What an import did, entry by entry."""

    language: str
    applied: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    outdated: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    revised: list[object] = field(default_factory=list)

    @property
    def written(self):
        return bool(self.revised)


def export_catalog(language, market=None, only_missing=False):
    """A PO catalog of every text unit in ``language`` (of one market's items if given)."""
    if language not in target_languages():
        raise ValueError(
            _("“%(language)s” is not a language to translate into.") % {"language": language}
        )
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Project-Id-Version": "Greatness of Small content",
        "Language": to_locale(language),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Campaign-Market": market.code if market else "",
    }
    items = [item for item in campaign_items() if market is None or runs_in(item, market)]
    records = records_by_item(items)
    problems_of = {
        item: translation_problems(item, [language], records_of(records, item), with_covered=True)
        for item in items
    }
    # The sources that out-of-date translations were made from, for all items at once.
    kept = kept_sources(
        [item for item, problems in problems_of.items() if any(p.state == STALE for p in problems)]
    )
    units_of = {}
    for item, problems in problems_of.items():
        stale_fields = {p.field for p in problems if p.state == STALE}
        covered = {p.field: p.covered_by for p in problems if p.state == COVERED}
        made_from = sources_made_from(item, language, kept)
        units_of[item] = [
            _Export(
                unit,
                unit.field in stale_fields and bool(unit.target),
                made_from,
                covered.get(unit.field, ""),
            )
            for unit in units_for(item, language)
        ]
    remembered = exact_translations(
        language,
        [
            export.unit.source
            for exports in units_of.values()
            for export in exports
            if export.missing
        ],
    )
    for item, exports in units_of.items():
        for export in exports:
            if only_missing and not (export.missing or export.stale):
                continue
            catalog.append(_entry(item, export, remembered))
    return catalog


@dataclass(frozen=True)
class _Export:
    """A text unit on its way into a PO file, with what the file says about it."""

    unit: object
    stale: bool
    made_from: dict
    covered_by: str

    @property
    def missing(self):
        """Missing and not covered by the market's fallback chain: a text to translate."""
        return self.unit.is_missing and not self.covered_by


def _entry(item, export, remembered):
    """One unit as a PO entry; out-of-date and memory-filled ones are fuzzy.

    An out-of-date entry says, for the translator, what changed in the source; a missing
    one the memory knows exactly is pre-filled, fuzzy, for the translator to accept; one the
    fallback chain covers says which language's text visitors read instead.
    """
    unit, stale, made_from = export.unit, export.stale, export.made_from
    entry = polib.POEntry(
        msgctxt=unit.key,
        msgid=unit.source,
        msgstr=unit.target,
        comment=f"{item} · {unit.label}",
        flags=[STALE_FLAG] if stale else [],
    )
    if stale:
        before = source_before(unit, made_from)
        if before is not None:
            entry.tcomment = _("Source changed since this was translated: %(diff)s") % {
                "diff": diff_plain(text_diff(before, unit.source))
            }
    elif export.covered_by:
        entry.tcomment = _(
            "Visitors read the %(language)s text: translate only where it should differ."
        ) % {"language": language_name(export.covered_by)}
    elif export.missing and (known := remembered.get(source_key(unit.source))) is not None:
        entry.msgstr = known
        entry.flags = [STALE_FLAG]
        entry.tcomment = _("From the translation memory: check it, then remove the fuzzy flag.")
    return entry


class _MarkupCheck(html.parser.HTMLParser):
    """Finds elements, attributes and link schemes that rich text may not hold."""

    def __init__(self):
        super().__init__()
        self.problems = set()

    def handle_starttag(self, tag, attrs):
        if tag not in RICH_TEXT_TAGS:
            self.problems.add(f"<{tag}>")
        allowed = RICH_TEXT_ATTRIBUTES["*"] | RICH_TEXT_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name not in allowed:
                self.problems.add(name)
            if name == "href" and value and ":" in value.partition("/")[0]:
                scheme = value.partition(":")[0].strip().lower()
                if scheme not in URL_SCHEMES:
                    self.problems.add(f"{scheme}:")


def markup_problems(text):
    check = _MarkupCheck()
    check.feed(text)
    check.close()
    return sorted(check.problems)


def _parse_key(key):
    """``("campaign", "filmpage", "12")`` from ``campaign.filmpage:12:logline...``."""
    try:
        model_label, pk, _rest = key.split(":", 2)
        app_label, model_name = model_label.split(".", 1)
    except ValueError:
        return None
    return app_label, model_name, pk


def catalog_language(catalog):
    code = to_language(catalog.metadata.get("Language", "").strip() or "-")
    if code not in target_languages():
        raise ImportRefused(
            _("The file's Language header names no language this site is translated into.")
        )
    return code


def import_catalog(catalog, user=None, expected_language=None):
    """Check every entry; if none is refused, save and submit one revision per changed item."""
    language = catalog_language(catalog)
    if expected_language and language != expected_language:
        raise ImportRefused(
            _("This file is for %(file)s, not %(expected)s.")
            % {"file": language_name(language), "expected": language_name(expected_language)}
        )
    if user is not None and not roles_for(user).may_edit_language(language):
        raise ImportRefused(
            _("You may not edit %(language)s translations.") % {"language": language_name(language)}
        )
    report = ImportReport(language=language)
    terms = glossary(language)
    pending = {}
    copies = {}
    unit_index = {}
    for entry in catalog:
        if entry.obsolete or not entry.msgctxt:
            continue
        _check_entry(entry, language, terms, report, pending, copies, unit_index)
    for item_id, texts in pending.items():
        for unit in incomplete_blocks(unit_index[item_id].values(), texts):
            report.refused.append(
                (
                    unit.key,
                    _("The other texts of this block are translated, so this one is needed too."),
                )
            )
    if report.refused:
        return report
    locked = [
        describe_lock(copies[item_id], lock)
        for item_id in pending
        if (lock := lock_against(copies[item_id], user)) is not None
    ]
    if locked:
        raise ImportRefused(
            _("These items are locked for you, as in the page editor: %(items)s.")
            % {"items": ", ".join(locked)}
        )
    with transaction.atomic():
        for item_id, texts in pending.items():
            item = copies[item_id]
            if apply_translations(item, language, texts):
                save_translation(item, user, PO_IMPORT, language)
                submit_for_review(item, user)
                report.revised.append(item)
    return report


def _check_entry(entry, language, terms, report, pending, copies, unit_index):
    key = entry.msgctxt
    item_id = _parse_key(key)
    # Each item is read, and its units worked out, once per file.
    if item_id not in copies:
        copies[item_id] = working_copy(find_item(*item_id) if item_id else None)
    if copies[item_id] is None:
        report.refused.append((key, _("There is no such item.")))
        return
    if item_id not in unit_index:
        unit_index[item_id] = {u.key: u for u in units_for(copies[item_id], language)}
    unit = unit_index[item_id].get(key)
    if unit is None:
        report.refused.append((key, _("This item has no such translatable text.")))
        return
    if entry.msgid != unit.source:
        report.outdated.append(key)
        return
    text = entry.msgstr
    # An empty text (an empty paragraph too) never replaces a translation, nor fills a gap.
    if STALE_FLAG in entry.flags or is_blank(text) or text == unit.target:
        report.unchanged.append(key)
        return
    if unit.max_length and len(text) > unit.max_length:
        report.refused.append(
            (key, _("The text is longer than %(limit)s characters.") % {"limit": unit.max_length})
        )
        return
    if unit.kind != RICH and MARKUP.search(text):
        report.refused.append((key, _("Plain text may not contain HTML markup.")))
        return
    if unit.kind == RICH and (problems := markup_problems(text)):
        report.refused.append(
            (
                key,
                _("Markup that rich text may not hold: %(markup)s.")
                % {"markup": ", ".join(problems)},
            )
        )
        return
    # A file cannot say "the same as the source on purpose": that check is the editor's.
    model = type(copies[item_id])
    room = None if unit.path else display_room(model, unit.field)
    problems = text_problems(unit, text, language, terms, room=room, same_on_purpose=True)
    if problems:
        report.refused.append((key, " ".join(problem.message for problem in problems)))
        return
    pending.setdefault(item_id, {})[key] = text
    report.applied.append(key)
