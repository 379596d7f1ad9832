"""Writes every market's search documents afresh (after an import that skipped signals)."""

from django.core.management.base import BaseCommand

from campaign.site.search.documents import rebuild_documents
from campaign.site.search.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the search documents of every searchable page in every market."

    def handle(self, *args, **options):
        rebuild_documents()
        self.stdout.write(f"{SearchDocument.objects.count()} search documents written.")
