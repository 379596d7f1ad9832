"""Which PostgreSQL text search configuration reads each language.

PostgreSQL ships stemmers for English but none for Chinese, Japanese or Korean:
"simple" keeps their words (and bigrams) as written, only lower-cased.
"""

TEXT_CONFIGS = {"en": "english", "en-gb": "english"}
DEFAULT_TEXT_CONFIG = "simple"


def text_config(language: str | None) -> str:
    """The PostgreSQL text search configuration for ``language``."""
    return TEXT_CONFIGS.get(language or "", DEFAULT_TEXT_CONFIG)
