"""Wagtail's database search, with PostgreSQL stemming in each page's language.

Wagtail's PostgreSQL backend stems every document and query with one text
search configuration. Here each translatable object is indexed with the
configuration of its own language (Spanish pages with "spanish", and so on),
others with "simple". A query is stemmed with every configuration and the
results combined, so it finds pages of any language; the reader's language
comes first. On SQLite and other databases Wagtail's backend is used as is:
they offer no stemming.
"""

from collections import defaultdict

from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.models import TranslatableMixin

SEARCH_CONFIGS = {
    "es": "spanish",
    "en": "english",
    "pt": "portuguese",
    "fr": "french",
}
UNSTEMMED = "simple"


def config_for(language: str | None) -> str:
    return SEARCH_CONFIGS.get((language or "")[:2], UNSTEMMED)


def build_postgres_backend(params: dict):
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class LanguageIndex(PostgresIndex):
        """Indexes each group of objects with the configuration of its language."""

        def add_items(self, model, objs):
            languages: dict[int, str] = {}
            groups = defaultdict(list)
            for obj in objs:
                if isinstance(obj, TranslatableMixin):
                    if obj.locale_id not in languages:
                        languages[obj.locale_id] = obj.locale.language_code
                    groups[config_for(languages[obj.locale_id])].append(obj)
                else:
                    groups[UNSTEMMED].append(obj)
            default = self.backend.config
            try:
                for config, group in groups.items():
                    # ObjectIndexer reads the backend's configuration.
                    self.backend.config = config
                    super().add_items(model, group)
            finally:
                self.backend.config = default

    class LanguageQueryCompiler(PostgresSearchQueryCompiler):
        """Stems the query in every language, the reader's first."""

        def get_config(self, backend):
            return config_for(translation.get_language())

        def build_tsquery(self, query, config=None):
            configs = [config or UNSTEMMED] + [
                other
                for other in [*SEARCH_CONFIGS.values(), UNSTEMMED]
                if other != config
            ]
            combined = None
            for each in configs:
                part = self.build_tsquery_content(query, config=each)
                combined = part if combined is None else combined | part
            return combined

    class LanguageSearchBackend(PostgresSearchBackend):
        index_class = LanguageIndex
        query_compiler_class = LanguageQueryCompiler

    return LanguageSearchBackend(params)


def SearchBackend(params: dict):  # noqa: N802 (the name Wagtail looks up)
    if connection.vendor == "postgresql":
        return build_postgres_backend(params)
    return DatabaseSearchBackend(params)
