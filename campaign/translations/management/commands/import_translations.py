"""Reads a translated PO file back: one revision per changed item, submitted for review."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from campaign.platform.uploads import check_po_file
from campaign.translations.po import ImportRefused, import_catalog


class Command(BaseCommand):
    help = (
        "Imports a PO file made by export_translations. All or nothing: if any entry is refused, "
        "or an item it changes is locked for the user, nothing is written. Never publishes: "
        "changed items get a revision, listed in their History, submitted for review."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The translated .po file.")
        parser.add_argument(
            "--user",
            help=(
                "The username the revisions are saved as, and whose locks apply. Without it, "
                "every item under review or locked counts as locked."
            ),
        )
        parser.add_argument("--language", help="Refuse the file unless it is for this language.")

    def handle(self, *args, file, user, language, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        author = None
        if user:
            author = get_user_model().objects.filter(username=user).first()
            if author is None:
                raise CommandError(f"No such user: {user}")
        try:
            with path.open("rb") as handle:
                catalog = check_po_file(File(handle))
            report = import_catalog(catalog, user=author, expected_language=language)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        except ImportRefused as error:
            raise CommandError(f"{error} Nothing was written.") from error
        if report.refused:
            # Nothing was applied: only the refusals are worth reading.
            for key, reason in report.refused:
                self.stdout.write(f"Refused {key}: {reason}")
            raise CommandError(f"{len(report.refused)} entries were refused; nothing was written.")
        self.print_report(report)

    def print_report(self, report):
        self.stdout.write(f"Applied: {len(report.applied)}")
        self.stdout.write(f"Unchanged: {len(report.unchanged)}")
        if report.outdated:
            self.stdout.write(
                f"Outdated (source changed since the export, not applied): {len(report.outdated)}"
            )
            for key in report.outdated:
                self.stdout.write(f"  {key}")
        if report.revised:
            self.stdout.write(
                f"{len(report.revised)} items have a new revision waiting for review."
            )
