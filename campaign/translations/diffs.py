"""What changed between two texts, as a translator reads it.

Latin text changes by words, Chinese, Japanese and Korean by characters (they have no
spaces between words). Rich text is compared by the text a reader sees, not its markup.
"""

import difflib
import re
from dataclasses import dataclass
from html import unescape

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from campaign.translations.texts import MARKUP

# One token: a CJK character (Han, kana, Hangul, CJK punctuation), a run of letters and
# digits, a run of spaces, or any other single character.
TOKEN = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
    r"|[^\W_]+|\s+|.",
    re.DOTALL,
)

KEPT = "kept"
ADDED = "added"
REMOVED = "removed"


@dataclass(frozen=True)
class Piece:
    """A run of text the two versions share, or that one of them adds or removes."""

    kind: str
    text: str


def reading_text(text):
    """The text a reader sees: rich text without its markup."""
    text = "" if text is None else str(text)
    return unescape(strip_tags(text)) if MARKUP.search(text) else text


def tokens(text):
    return TOKEN.findall(text)


def text_diff(before, after):
    """The pieces that turn ``before`` into ``after``, by words and CJK characters."""
    old, new = tokens(reading_text(before)), tokens(reading_text(after))
    pieces = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece(KEPT, "".join(old[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece(REMOVED, "".join(old[i1:i2])))
        if j2 > j1:
            pieces.append(Piece(ADDED, "".join(new[j1:j2])))
    return pieces


def has_changes(pieces):
    return any(piece.kind != KEPT for piece in pieces)


def diff_html(pieces):
    """The pieces as HTML: ``<del>`` what went, ``<ins>`` what came."""
    tags = {REMOVED: "del", ADDED: "ins"}
    parts = []
    for piece in pieces:
        text = escape(piece.text)
        tag = tags.get(piece.kind)
        parts.append(f"<{tag}>{text}</{tag}>" if tag else text)
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


def diff_plain(pieces):
    """The pieces as text, for a PO comment: ``[-went-]{+came+}``."""
    marks = {REMOVED: ("[-", "-]"), ADDED: ("{+", "+}")}
    return "".join(
        f"{marks[p.kind][0]}{p.text}{marks[p.kind][1]}" if p.kind in marks else p.text
        for p in pieces
    )
