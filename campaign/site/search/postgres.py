"""PostgreSQL indexing where every language of a page gets its own text configuration."""

import copy

from django.contrib.postgres.search import SearchVector
from django.db.models import TextField, Value
from django.utils.functional import cached_property

from wagtail.search.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    Index,
    ObjectIndexer,
    PostgresSearchBackend,
)
from wagtail.search.index import AutocompleteField, SearchField
from wagtail.search.models import IndexEntry
from wagtail.search.utils import ADD, get_content_type_pk

from campaign.site.search.text_configs import DEFAULT_TEXT_CONFIG, text_config


class MultilingualObjectIndexer(ObjectIndexer):
    """Builds the index vectors with the configuration of each field's language."""

    def _vector(self, wanted, default_config):
        parts = []
        for field in self.search_fields:
            for current, weight, value in self.prepare_field(self.obj, field):
                value = value.strip()
                if not value or not wanted(current):
                    continue
                language = getattr(current, "language", None)
                config = text_config(language) if language else default_config
                parts.append(
                    SearchVector(
                        Value(value, output_field=TextField()), weight=weight, config=config
                    )
                )
        return ADD(parts) if parts else EMPTY_VECTOR

    @cached_property
    def title(self):
        return self._vector(
            lambda f: isinstance(f, SearchField) and f.field_name == "title", self.config
        )

    @cached_property
    def body(self):
        return self._vector(
            lambda f: isinstance(f, SearchField) and f.field_name != "title", self.config
        )

    @cached_property
    def autocomplete(self):
        return self._vector(lambda f: isinstance(f, AutocompleteField), self.autocomplete_config)


class MultilingualIndex(Index):
    """Writes one index entry per object, built by ``MultilingualObjectIndexer``."""

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        content_type_pk = get_content_type_pk(model)
        entries = IndexEntry._default_manager.using(self.write_connection.alias)
        for obj in objs:
            indexer = MultilingualObjectIndexer(obj, self.backend)
            entries.update_or_create(
                content_type_id=content_type_pk,
                object_id=indexer.id,
                defaults={
                    "title": indexer.title,
                    "body": indexer.body,
                    "autocomplete": indexer.autocomplete,
                    "title_norm": 1.0,
                },
            )
        self._refresh_title_norms()


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    """Wagtail's PostgreSQL database backend, indexing each language with its config."""

    def __init__(self, params):
        super().__init__(params)
        # Fields that are not tied to a language (names, the active-language title
        # Wagtail indexes) use a configuration that neither stems nor drops words.
        self.config = self.config or DEFAULT_TEXT_CONFIG

    def get_index_for_model(self, model):
        return MultilingualIndex(self)

    def for_language(self, language):
        """A copy that parses queries with ``language``'s configuration."""
        backend = copy.copy(self)
        backend.config = text_config(language)
        return backend
