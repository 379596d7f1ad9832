"""Text handling for search: terms of a query, CJK bigrams, matches and excerpts.

Chinese and Japanese are written without spaces and Korean glues particles to its
words, so a full-text index sees a whole run of CJK characters as one word. Both the
index and the query therefore also carry the run's overlapping two-character pairs
(bigrams): a two-character word anywhere inside a longer run is then found.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Han (with extension A and compatibility ideographs), kana and Hangul.
_CJK = (
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\uff66-\uff9f"
)
CJK_RUN = re.compile(f"[{_CJK}]+")
# A query keeps only letters and digits: search operators and quotes of the
# database engines never reach them from a visitor's input.
WORD = re.compile(r"\w+")
MAX_TERMS = 12
# English endings dropped so that "skating" also finds "skate" and "skaters",
# as PostgreSQL's English configuration does when it stems.
_ENDINGS = ("ings", "ing", "ers", "er", "es", "ed", "s")


def normalize(text: str) -> str:
    """Full-width letters and digits made ordinary, and case folded."""
    return unicodedata.normalize("NFKC", text or "").casefold()


def bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def cjk_bigrams(text: str) -> str:
    """The bigrams of every CJK run in ``text``, separated by spaces, for the index."""
    pairs = []
    for run in CJK_RUN.findall(normalize(text)):
        pairs.extend(bigrams(run))
    return " ".join(pairs)


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
        for piece in re.split(f"([{_CJK}]+)", term):
            if not CJK_RUN.fullmatch(piece or " "):
                words.extend(piece.split())
            elif len(piece) > 1:
                words.extend(bigrams(piece))
    return " ".join(dict.fromkeys(words))


def _pattern(term: str) -> str:
    if CJK_RUN.search(term):
        return re.escape(term)
    stem = term
    for ending in _ENDINGS:
        if term.endswith(ending) and len(term) - len(ending) >= 3:
            stem = term[: -len(ending)]
            break
    # Latin words match from the start of a word: "ice" is not found inside "price".
    return rf"(?<!\w){re.escape(stem)}\w*"


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
