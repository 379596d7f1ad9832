"""Text handling for search: terms of a query, matches and excerpts.

A query is split as the index is (``campaign.markets.cjk``): a run of Chinese, Japanese
or Korean characters becomes its bigrams, so a word inside a longer run is found.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from campaign.markets.cjk import CJK_CHARACTERS, CJK_RUN, bigrams, normalize

# A query keeps only letters and digits: search operators and quotes of the
# database engines never reach them from a visitor's input.
WORD = re.compile(r"\w+")
MAX_TERMS = 12
# English endings dropped so that "skating" also finds "skate" and "skaters",
# as PostgreSQL's English configuration does when it stems.
_ENDINGS = ("ings", "ing", "ers", "er", "es", "ed", "s")


def query_terms(query: str) -> list[str]:
    """The words of a visitor's query, normalized; CJK runs stay whole here."""
    return WORD.findall(normalize(query))[:MAX_TERMS]


def index_query(terms: list[str]) -> str:
    """The query sent to the search backend: CJK runs become their bigrams.

    A lone CJK character has no bigram of its own; it is left to the reading of the
    candidates (``find_terms``), and an empty query here means "every candidate".
    """
    words = []
    for term in terms:
        for piece in re.split(f"([{CJK_CHARACTERS}]+)", term):
            if not CJK_RUN.fullmatch(piece or " "):
                words.extend(piece.split())
            elif len(piece) > 1:
                words.extend(bigrams(piece))
    return " ".join(dict.fromkeys(words))


def stem(term: str) -> str:
    """A Latin word without the English ending it may carry; CJK words as they are."""
    if CJK_RUN.search(term):
        return term
    for ending in _ENDINGS:
        if term.endswith(ending) and len(term) - len(ending) >= 3:
            return term[: -len(ending)]
    return term


def _pattern(term: str) -> str:
    if CJK_RUN.search(term):
        return re.escape(term)
    # Latin words match from the start of a word: "ice" is not found inside "price".
    return rf"(?<!\w){re.escape(stem(term))}\w*"


def term_patterns(terms: list[str]) -> list[re.Pattern]:
    return [re.compile(_pattern(term)) for term in terms]


@dataclass
class TextMatch:
    """Where the terms of a query occur in one text."""

    text: str
    spans: list[tuple[int, int]]
    # The positions, in the query, of the terms found in this text.
    matched_terms: frozenset[int]


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` normalized for matching, and for each of its characters the original index.

    Matching ignores width and case ("ｒｉｎｋ" finds "Rink"), but excerpts show the
    text as written, full-width punctuation included.
    """
    folded, origin = [], []
    for index, char in enumerate(text):
        for piece in normalize(char):
            folded.append(piece)
            origin.append(index)
    return "".join(folded), origin


def find_terms(text: str, patterns: list[re.Pattern]) -> TextMatch:
    text = text or ""
    folded, origin = _folded(text)
    spans, matched = [], set()
    for position, pattern in enumerate(patterns):
        found = [
            (origin[m.start()], origin[m.end() - 1] + 1)
            for m in pattern.finditer(folded)
            if m.end() > m.start()
        ]
        if found:
            matched.add(position)
        spans.extend(found)
    return TextMatch(text, sorted(spans), frozenset(matched))


def highlight(match: TextMatch, width: int = 180) -> SafeString:
    """An excerpt around the first match, escaped, with every match in ``<mark>``."""
    text = match.text
    if not match.spans:
        excerpt = text[:width]
        return escape(excerpt + ("…" if len(text) > width else ""))
    first = match.spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    parts = ["…" if start else ""]
    position = start
    for span_start, span_end in match.spans:
        if span_end <= position or span_start >= end:
            continue
        span_start = max(span_start, position)
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    parts.append("…" if end < len(text) else "")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above
