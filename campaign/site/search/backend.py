"""Wagtail's database search backend, with a PostgreSQL text configuration per language.

On PostgreSQL each language of a page is indexed with its own configuration (English
is stemmed; Chinese, Japanese and Korean are kept as written, with their bigrams) and
a market's query is parsed with its language's configuration. On other databases
Wagtail's database backend is used as it is: the bigrams make CJK work there too.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "campaign.site.search.backend"}}``.
"""

from django.db import connection

from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database import SearchBackend as database_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The database backend for the current database, per-language on PostgreSQL."""
    if connection.vendor == "postgresql":
        # Only PostgreSQL sites load its backend (and django.contrib.postgres with it).
        from campaign.site.search.postgres import MultilingualPostgresSearchBackend

        return MultilingualPostgresSearchBackend(params)
    return database_backend(params)


def search_backend_for(language: str | None):
    """The backend that parses a query written in ``language``."""
    backend = get_search_backend()
    for_language = getattr(backend, "for_language", None)
    return for_language(language) if for_language else backend
