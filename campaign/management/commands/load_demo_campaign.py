"""Loads the demo campaign; safe to run again (what exists is kept)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction

from campaign.demo.loader import DemoCampaignLoader
from campaign.demo.users import ensure_demo_users, read_credentials, remember_credentials


class Command(BaseCommand):
    help = (
        "Builds the demo campaign (markets, films, athlete stories, quotes, statistics in five "
        "languages) and the demo users. Running it again creates nothing new."
    )

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                created = DemoCampaignLoader().load()
                new_credentials = ensure_demo_users()
        except (DatabaseError, OSError) as error:
            raise CommandError(
                f"The demo campaign could not be loaded; nothing was saved. {error}"
            ) from error
        if new_credentials:
            remember_credentials(new_credentials)
        if created:
            summary = ", ".join(f"{count} {kind}" for kind, count in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo campaign loaded: created {summary}."))
        else:
            self.stdout.write("Demo campaign already loaded: nothing to do.")
        self.print_credentials()

    def print_credentials(self):
        existing = set(get_user_model().objects.values_list("username", flat=True))
        for username, password in read_credentials():
            if username in existing:
                self.stdout.write(
                    f"Admin login at /admin/: user “{username}”, password “{password}”"
                )
