"""Works out every campaign item's missing and out-of-date translations afresh."""

from django.core.management.base import BaseCommand

from campaign.translations.gaps import rebuild_gaps
from campaign.translations.models import TranslationGap


class Command(BaseCommand):
    help = "Store the translation status of every campaign item anew (after a change of fields)."

    def handle(self, *args, **options):
        rebuild_gaps()
        self.stdout.write(f"{TranslationGap.objects.count()} fields need translating.")
