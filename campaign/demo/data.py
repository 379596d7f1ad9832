"""The demo campaign's content, read from the YAML files in ``content/`` beside this module.

The texts are edited by writers and translators, so they are kept as data rather than code.
They are checked as they are read, so that a missing text is reported with its file and
entry instead of ending up as an empty field, or a ``KeyError`` halfway through a load.

British English is written only where it differs from American English: a repeated copy
would drift from the original the first time one of the two is corrected.
"""

from dataclasses import dataclass
from pathlib import Path

import yaml

from campaign.markets.languages import all_languages

CONTENT_FOLDER = Path(__file__).parent / "content"
LANGUAGES = all_languages()
# A language whose texts may be left out, and the language whose text then stands in.
FALLS_BACK_TO = {"en-gb": "en"}
REQUIRED_LANGUAGES = [language for language in LANGUAGES if language not in FALLS_BACK_TO]


def text_in(texts, language):
    """A language's text, or the text of the language it falls back to: en-gb -> en."""
    if language in texts:
        return texts[language]
    return texts[FALLS_BACK_TO[language]]


class DemoContentError(ValueError):
    """A demo content file that cannot be read, or an entry in it that lacks a text or value."""


@dataclass(frozen=True)
class Shape:
    """What an entry must have: texts in every language, other values, and lists of either."""

    texts: tuple[str, ...] = ()
    # Texts an entry may leave out; where given, they are held to the same rules.
    optional_texts: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    text_lists: tuple[str, ...] = ()
    blocks: tuple[str, ...] = ()
    named_by: str = "key"


MARKET = Shape(
    texts=("name",),
    values=("code", "language", "url_prefix", "time_zone", "fallback_policy", "sort_order"),
    named_by="code",
)
HOME = Shape(
    texts=("title", "slug", "seo_description", "hero_heading", "intro"),
    values=("hero_film",),
    text_lists=("manifesto",),
)
INDEX = Shape(texts=("title", "slug", "intro"))
FILM = Shape(
    texts=("title", "slug", "logline", "description", "agency", "director", "transcript"),
    optional_texts=("call_to_action",),
    values=("key", "duration_seconds", "release_date", "markets", "runs", "poster_colours"),
)
STORY = Shape(
    texts=("title", "slug", "athlete", "games", "summary"),
    values=("key", "sport", "country", "year", "markets", "colours"),
    blocks=("body",),
)
QUOTE = Shape(texts=("text", "speaker", "role", "source"), values=("key", "markets"))
STATISTIC = Shape(texts=("label", "source"), values=("key", "figure"))
GLOSSARY = Shape(values=("term",), named_by="term")
# The texts and values of each kind of story body block.
BLOCKS = {
    "paragraph": Shape(texts=("value",)),
    "pull_quote": Shape(texts=("text", "attribution")),
    "image": Shape(texts=("caption", "alt")),
    "related_film": Shape(values=("film",)),
}


@dataclass(frozen=True)
class DemoContent:
    """The demo's content by kind, each entry as it is written in its file."""

    markets: list
    home: dict
    film_index: dict
    story_index: dict
    films: list
    stories: list
    quotes: list
    statistics: list
    glossary: list


def read_content(folder=None):
    """Every demo text and setting, checked; raises ``DemoContentError`` naming what is wrong."""
    folder = Path(folder or CONTENT_FOLDER)
    return DemoContent(
        markets=_read_list(folder / "markets.yaml", MARKET),
        home=_read_one(folder / "home.yaml", HOME),
        film_index=_read_one(folder / "film_index.yaml", INDEX),
        story_index=_read_one(folder / "story_index.yaml", INDEX),
        films=_read_list(folder / "films.yaml", FILM),
        stories=_read_list(folder / "stories.yaml", STORY),
        quotes=_read_list(folder / "quotes.yaml", QUOTE),
        statistics=_read_list(folder / "statistics.yaml", STATISTIC),
        glossary=_read_list(folder / "glossary.yaml", GLOSSARY),
    )


def _read(path):
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.safe_load(stream)
    except OSError as error:
        raise DemoContentError(f"{path.name}: cannot be read ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise DemoContentError(f"{path.name}: not valid YAML: {error}") from error


def _read_one(path, shape):
    entry = _read(path)
    _check_entry(entry, shape, path.name)
    return entry


def _read_list(path, shape):
    entries = _read(path)
    if not isinstance(entries, list):
        raise DemoContentError(f"{path.name}: expected a list of entries")
    for number, entry in enumerate(entries, start=1):
        name = entry.get(shape.named_by) if isinstance(entry, dict) else None
        where = f'{path.name}, entry "{name}"' if name else f"{path.name}, entry {number}"
        _check_entry(entry, shape, where)
    return entries


def _check_entry(entry, shape, where):
    if not isinstance(entry, dict):
        raise DemoContentError(f"{where}: expected a mapping of fields")
    lists = (*shape.text_lists, *shape.blocks)
    missing = [key for key in (*shape.texts, *shape.values, *lists) if key not in entry]
    if missing:
        raise DemoContentError(f"{where}: missing {', '.join(missing)}")
    for field in lists:
        if not isinstance(entry[field], list):
            raise DemoContentError(f'{where}: "{field}" should be a list')
    for field in (*shape.texts, *(f for f in shape.optional_texts if f in entry)):
        _check_texts(entry[field], f'{where}, "{field}"')
    for field in shape.text_lists:
        for number, texts in enumerate(entry[field], start=1):
            _check_texts(texts, f'{where}, "{field}" item {number}')
    for field in shape.blocks:
        for number, block in enumerate(entry[field], start=1):
            _check_block(block, f'{where}, "{field}" block {number}')


def _check_block(block, where):
    kind = block.get("type") if isinstance(block, dict) else None
    if kind not in BLOCKS:
        raise DemoContentError(f"{where}: type should be one of {', '.join(BLOCKS)}")
    _check_entry(block, BLOCKS[kind], f"{where} ({kind})")


def _check_texts(texts, where):
    if not isinstance(texts, dict):
        raise DemoContentError(
            f"{where}: expected texts keyed by language ({', '.join(LANGUAGES)})"
        )
    unknown = [language for language in texts if language not in LANGUAGES]
    if unknown:
        raise DemoContentError(
            f"{where}: unknown language {', '.join(map(str, unknown))} "
            f"(the languages are {', '.join(LANGUAGES)})"
        )
    missing = [language for language in REQUIRED_LANGUAGES if language not in texts]
    if missing:
        raise DemoContentError(f"{where}: no text in {', '.join(missing)}")
    empty = [language for language, text in texts.items() if not isinstance(text, str) or not text]
    if empty:
        raise DemoContentError(f"{where}: the text in {', '.join(empty)} should be non-empty text")
