"""Checks of a translation before it is submitted: what a reviewer would otherwise catch.

Each check names what is wrong in words a translator acts on. The side-by-side editor
and PO imports run them on the texts a translator changed; the translation check in the
workflow runs the glossary on every text of the item.
"""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

from django.utils.translation import gettext as _

from campaign.markets.languages import SOURCE_LANGUAGE, base_language
from campaign.translations.diffs import reading_text
from campaign.translations.models import GlossaryTerm
from campaign.translations.texts import RICH, is_blank
from campaign.translations.units import units_for

# A term in Latin script must stand as a whole word ("Games" is not in "Gamesmanship"),
# though it may touch CJK text ("BBDO制作"); CJK terms match anywhere.
LATIN_TERM = re.compile(r"^[A-Za-z0-9\u00c0-\u024f\s'’.&+-]+$")
LATIN_LETTER = r"A-Za-z0-9\u00c0-\u024f"


@dataclass(frozen=True)
class Problem:
    """What is wrong with one translated text; ``term`` names a glossary term it breaks."""

    code: str
    message: str
    term: str = ""


def columns(text):
    """How many columns a text takes: a wide (CJK) character takes two, as on a card."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def display_room(model, field):
    """The columns the place of ``field`` on the page has room for (None: no limit)."""
    return getattr(model, "display_widths", {}).get(field)


def glossary(language):
    return list(GlossaryTerm.objects.filter(language=language))


def contains(text, term):
    """Whether ``text`` holds ``term``, regardless of case; Latin terms as whole words."""
    if not term:
        return False
    if LATIN_TERM.match(term):
        pattern = rf"(?<![{LATIN_LETTER}]){re.escape(term)}(?![{LATIN_LETTER}])"
        return re.search(pattern, text, re.IGNORECASE) is not None
    return term.casefold() in text.casefold()


def terms_in(source, terms):
    """The glossary terms ``source`` uses."""
    text = reading_text(source)
    return [term for term in terms if contains(text, term.term)]


def glossary_problems(source, translation, terms):
    problems = []
    text = reading_text(translation)
    for term in terms_in(source, terms):
        if contains(text, term.required_text):
            continue
        if term.keeps_source:
            message = _("“%(term)s” is never translated: keep it as it is.") % {"term": term.term}
        else:
            message = _("“%(term)s” must be translated as “%(translation)s”.") % {
                "term": term.term,
                "translation": term.translation,
            }
        problems.append(Problem("glossary", message, term.term))
    return problems


class _Links(HTMLParser):
    """The addresses a rich text links to, and the elements it has."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attributes = dict(attrs)
        for name in ("href", "id"):
            if attributes.get(name):
                self.links.append(attributes[name])


def _markup(text):
    parser = _Links()
    if text:
        parser.feed(text)
    parser.close()
    return parser


def markup_kept_problems(source, translation):
    """Links and emphasis of the source the translation lost (or added)."""
    before, after = _markup(source), _markup(translation)
    problems = []
    lost = [link for link in before.links if link not in after.links]
    if lost:
        problems.append(
            Problem(
                "links",
                _("The source links to %(links)s; the translation must keep these links.")
                % {"links": ", ".join(lost)},
            )
        )
    before_tags, after_tags = Counter(before.tags), Counter(after.tags)
    changed = sorted(
        tag
        for tag in before_tags.keys() | after_tags.keys()
        if tag not in ("p", "br") and before_tags[tag] != after_tags[tag]
    )
    if changed and not lost:
        problems.append(
            Problem(
                "markup",
                _("The translation's %(elements)s differ from the source's.")
                % {"elements": ", ".join(f"<{tag}>" for tag in changed)},
            )
        )
    return problems


def same_as_source_allowed(language, source, terms=()):
    """Whether a translation may read exactly as the source: in a language sharing the
    source's (British English), or a text with no letters but figures and terms that are
    never translated ("2024", "Team GB")."""
    if base_language(language) == base_language(SOURCE_LANGUAGE):
        return True
    text = reading_text(source)
    for term in terms:
        if term.keeps_source:
            text = re.sub(re.escape(term.term), "", text, flags=re.IGNORECASE)
    return not any(char.isalpha() for char in text)


def text_problems(unit, text, language, terms, room=None, same_on_purpose=False):
    """Every problem of ``text`` as the ``language`` translation of ``unit``."""
    if is_blank(text):
        return []
    problems = []
    if unit.kind != RICH and text != text.strip():
        problems.append(Problem("spaces", _("The text starts or ends with spaces.")))
    reading = reading_text(text).strip()
    if room is not None and columns(reading) > room:
        problems.append(
            Problem(
                "room",
                _(
                    "The text takes %(columns)s columns; its place on the page has room for "
                    "%(room)s (a Chinese, Japanese or Korean character takes two)."
                )
                % {"columns": columns(reading), "room": room},
            )
        )
    if unit.kind == RICH:
        problems += markup_kept_problems(unit.source, text)
    if (
        not same_on_purpose
        and reading == reading_text(unit.source).strip()
        and not same_as_source_allowed(language, unit.source, terms)
    ):
        problems.append(
            Problem(
                "same",
                _(
                    "The translation is the source text itself. Tick “Same as the source on "
                    "purpose” if it should read so."
                ),
            )
        )
    problems += glossary_problems(unit.source, text, terms)
    return problems


def item_glossary_problems(item, languages):
    """``[(unit, language, problem)]``: every glossary term ``item``'s translations break."""
    found = []
    for language in languages:
        terms = glossary(language)
        if not terms:
            continue
        for unit in units_for(item, language):
            if not is_blank(unit.target):
                found += [
                    (unit, language, p) for p in glossary_problems(unit.source, unit.target, terms)
                ]
    return found
