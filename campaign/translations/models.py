"""Which source text each translation was written from; the memory and the glossary."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from campaign.markets.languages import language_name, target_languages


def target_language_choices():
    return [(code, language_name(code)) for code in target_languages()]


class TranslationRecord(models.Model):
    """A translation text, by fingerprint, and the fingerprint of the source it was made from.

    A translation is stale when its text was first seen beside a source text that has
    changed since. Keyed by the translation's own fingerprint, so drafts and published
    versions of an item are judged alike.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    field = models.CharField(max_length=64)
    language = models.CharField(max_length=10)
    translation_fingerprint = models.CharField(max_length=64)
    source_fingerprint = models.CharField(max_length=64)
    # The source text itself (a StreamField's as its JSON), so that an out-of-date
    # translation can show what changed in the source since it was made.
    source_text = models.TextField(blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("translation record")
        verbose_name_plural = _("translation records")
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "content_type",
                    "object_id",
                    "field",
                    "language",
                    "translation_fingerprint",
                ],
                name="one_record_per_translation_text",
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.field} [{self.language}]"


class TranslationGap(models.Model):
    """A field of an item that needs work in one language, as the item's latest version has it.

    Rewritten whenever the item or a revision of it is saved (the moment its texts and
    their fingerprints change), so that reports and counts read this table instead of
    every item's fields in five languages.
    """

    MISSING = "missing"
    STALE = "stale"
    # Empty in this language, but the market's fallback chain shows another language's
    # text (``covered_by``): nothing to translate, listed only when asked for.
    COVERED = "covered"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    field = models.CharField(max_length=64)
    language = models.CharField(max_length=10)
    state = models.CharField(
        max_length=8,
        choices=[
            (MISSING, _("missing")),
            (STALE, _("out of date")),
            (COVERED, _("covered by the fallback chain")),
        ],
    )
    covered_by = models.CharField(max_length=10, blank=True)
    # The markets the item runs in, as ",jp,us," (empty: every market), for the market filter.
    market_codes = models.CharField(max_length=255, blank=True)
    # Where the row stands in the report: the item's place (pages as in the page tree,
    # then snippets), then the field's and the language's (as ``translation_problems``).
    sort_key = models.CharField(max_length=300, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("translation gap")
        verbose_name_plural = _("translation gaps")
        ordering = ["sort_key", "position"]
        indexes = [
            models.Index(fields=["content_type", "object_id"]),
            models.Index(fields=["language", "state"]),
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.field} [{self.language}]"


class MemoryEntry(models.Model):
    """A translation that passed the translation check, to offer again for the same source.

    ``source_key`` is the normalised source's fingerprint (exact matches are one indexed
    lookup); ``source_length`` narrows the candidates of a close match to similar lengths.
    """

    language = models.CharField(max_length=10)
    source_text = models.TextField()
    source_key = models.CharField(max_length=40)
    source_length = models.PositiveIntegerField()
    translation = models.TextField()
    # Where the translation was made: "Stories · The rower · Logline".
    origin = models.CharField(max_length=255, blank=True)
    remembered_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation memory entry")
        verbose_name_plural = _("translation memory entries")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "source_key", "translation"], name="one_memory_entry_per_pair"
            )
        ]
        indexes = [
            models.Index(fields=["language", "source_key"]),
            models.Index(fields=["language", "source_length"]),
        ]

    def __str__(self):
        return f"{self.source_text[:40]} [{self.language}]"


class GlossaryTerm(models.Model):
    """A brand term and the translation it must have in one language (or none at all)."""

    language = models.CharField(_("language"), max_length=10, choices=target_language_choices)
    term = models.CharField(_("term"), max_length=120, help_text=_("As the source text has it."))
    translation = models.CharField(
        _("required translation"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty for a term that is never translated."),
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["language", "term"]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "term"], name="one_glossary_term_per_language"
            )
        ]

    def __str__(self):
        return f"{self.term} → {self.required_text} [{self.language}]"

    @property
    def keeps_source(self):
        return not self.translation

    @property
    def required_text(self):
        """What a translation must contain wherever the source has the term."""
        return self.translation or self.term
