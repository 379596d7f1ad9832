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
