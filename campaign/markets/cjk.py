"""Chinese, Japanese and Korean text: written without spaces between words.

Chinese and Japanese are written without spaces and Korean glues particles to its
words, so a full-text index sees a whole run of CJK characters as one word. The index
and the query therefore also carry the run's overlapping two-character pairs (bigrams):
a two-character word anywhere inside a longer run is then found.
"""

import re
import unicodedata

# Languages written without spaces between words (or, for Korean, with particles
# glued to them): their text is also indexed as bigrams.
CJK_LANGUAGES = {"zh-hans", "ja", "ko"}

# Han (with extension A and compatibility ideographs), kana and Hangul.
CJK_CHARACTERS = (
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\uff66-\uff9f"
)
CJK_RUN = re.compile(f"[{CJK_CHARACTERS}]+")


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
