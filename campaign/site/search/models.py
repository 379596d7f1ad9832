"""A searchable page as the visitors of one market read it.

The site search reads these documents, never the pages themselves: a document holds the
texts a market's visitors see (their language, or the source where a translation is
missing), its address in that market and, on PostgreSQL, a weighted full-text vector
in the language's text configuration, with the bigrams of Chinese, Japanese and Korean.

A page has a document only in the markets that run it (and, where a market hides what is
untranslated, only once it is translated); its go-live and expiry there are copied in, so
that a search filters one table.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    market = models.ForeignKey("campaign.Market", on_delete=models.CASCADE, related_name="+")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    url = models.CharField(max_length=2048)
    title = models.TextField()
    # The language the title is read in: the market's, or the source it falls back to.
    title_language = models.CharField(max_length=10)
    # The sentence that describes the page (its logline or summary) ranks above the body.
    summary = models.TextField(blank=True)
    # The people the page is about (an athlete or a team): ranked like the summary.
    names = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # Every text normalised (width and case folded), with CJK bigrams: what databases
    # without full-text search match against.
    terms = models.TextField(blank=True)
    vector = SearchVectorField(null=True)
    go_live_at = models.DateTimeField(null=True, blank=True)
    expire_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "market"], name="one_document_per_market")
        ]
        indexes = [models.Index(fields=["market", "page"])]

    def __str__(self):
        return f"{self.title} ({self.market_id})"

    @property
    def kind(self):
        """What the result is, in the visitor's words (the page type's search result kind)."""
        model = ContentType.objects.get_for_id(self.content_type_id).model_class()
        return getattr(model, "search_result_kind", "")
