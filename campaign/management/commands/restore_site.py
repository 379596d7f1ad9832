"""Restores a backup made by backup_site: the database, then the uploaded media."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from campaign.platform.backups import BackupError, database_from_url, latest_backup, restore_backup


class Command(BaseCommand):
    help = (
        "Restores a backup folder (the newest in BACKUP_DIR when none is named) into the "
        "database and MEDIA_ROOT. What the backup holds replaces what is there."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", nargs="?", help="A folder written by backup_site.")
        parser.add_argument(
            "--database-url", help="Restore into this database instead of the configured one."
        )
        parser.add_argument("--media-root", help="Restore media here instead of MEDIA_ROOT.")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive",
            help="Do not ask for confirmation.",
        )  # fmt: skip

    def handle(self, *args, **options):
        try:
            folder = options["backup"] or latest_backup(settings.BACKUP_DIR)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if options["database_url"]:
            database = database_from_url(options["database_url"])
        else:
            database = connections["default"].settings_dict
        media_root = options["media_root"] or settings.MEDIA_ROOT
        if options["interactive"]:
            answer = input(
                f"Restore {folder} into database “{database['NAME']}” and {media_root}? "
                "What is there now will be replaced. Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        connections.close_all()
        try:
            restore_backup(
                folder,
                database,
                media_root,
                include_media=isinstance(default_storage, FileSystemStorage),
            )
        except (BackupError, OSError) as error:
            raise CommandError(f"The restore failed: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Restored {folder}"))
