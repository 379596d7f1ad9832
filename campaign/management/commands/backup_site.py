"""Backs up the database and the uploaded media into a new folder under backups/."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from campaign.platform.backups import BackupError, make_backup


class Command(BaseCommand):
    help = (
        "Writes a backup of the database (pg_dump) and of MEDIA_ROOT (tar) into "
        "BACKUP_DIR/<time>/. Media kept in object storage is left to the bucket's versioning."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=settings.BACKUP_DIR, help="Where to write.")

    def handle(self, *args, **options):
        local_media = isinstance(default_storage, FileSystemStorage)
        try:
            folder = make_backup(
                connections["default"].settings_dict,
                settings.MEDIA_ROOT,
                options["output_dir"],
                include_media=local_media,
            )
        except (BackupError, OSError) as error:
            raise CommandError(f"The backup failed: {error}") from error
        if not local_media:
            self.stdout.write(
                "Media is in object storage: its versioning keeps it, not this backup."
            )
        self.stdout.write(self.style.SUCCESS(f"Backup written to {folder}"))
