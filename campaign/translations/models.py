"""Which source text each translation was written from."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


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

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    field = models.CharField(max_length=64)
    language = models.CharField(max_length=10)
    state = models.CharField(
        max_length=8, choices=[(MISSING, _("missing")), (STALE, _("out of date"))]
    )
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
