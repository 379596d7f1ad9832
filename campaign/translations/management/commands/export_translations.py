"""Writes a PO file of the campaign's content in one language, for translators."""

import sys

from django.core.management.base import BaseCommand, CommandError

from campaign.markets.languages import target_languages
from campaign.models import Market
from campaign.translations.po import export_catalog


class Command(BaseCommand):
    help = (
        "Exports every translatable text of the campaign's pages and snippets as a PO file: "
        "msgctxt names the item and field, msgid is the source text, msgstr the translation."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language", required=True, help=f"One of {', '.join(target_languages())}."
        )
        parser.add_argument("--market", help="Only items that run in this market (its code).")
        parser.add_argument(
            "--only-missing", action="store_true", help="Only texts that are missing or stale."
        )
        parser.add_argument(
            "--output", "-o", help="The file to write (standard output if left out)."
        )

    def handle(self, *args, language, market, only_missing, output, **options):
        if language not in target_languages():
            raise CommandError(
                f"Unknown language “{language}”: choose one of {', '.join(target_languages())}."
            )
        chosen_market = None
        if market:
            chosen_market = Market.objects.filter(code=market).first()
            if chosen_market is None:
                codes = ", ".join(Market.objects.values_list("code", flat=True))
                raise CommandError(f"Unknown market “{market}”: choose one of {codes}.")
        catalog = export_catalog(language, chosen_market, only_missing)
        if output:
            try:
                catalog.save(output)
            except OSError as error:
                raise CommandError(f"Could not write {output}: {error}") from error
            self.stderr.write(f"Wrote {len(catalog)} entries to {output}.")
        else:
            sys.stdout.write(str(catalog))
