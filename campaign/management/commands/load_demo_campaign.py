"""Loads the demo campaign; safe to run again (what exists is kept)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction

from campaign.demo.data import DemoContentError
from campaign.demo.engagement import load_demo_engagement
from campaign.demo.loader import DemoCampaignLoader
from campaign.demo.moderation import ensure_late_go_live, ensure_story_in_moderation
from campaign.demo.users import EDITOR, ensure_demo_users, read_credentials, remember_credentials
from campaign.workflow.setup import setup_campaign_roles


class Command(BaseCommand):
    help = (
        "Builds the demo campaign (markets, films, athlete stories, quotes, statistics in five "
        "languages), the roles and approval workflow, one demo user per role, an edit waiting "
        "for approval, a later go-live in one market, QR placements and a generated history of "
        "engagement (flagged as demo data). Running it again creates nothing new, and renews "
        "the history so that it ends today."
    )

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                created = DemoCampaignLoader().load()
                setup_campaign_roles()
                new_credentials = ensure_demo_users()
                if ensure_story_in_moderation(EDITOR):
                    created["edits waiting for approval"] = 1
                ensure_late_go_live()
                engagement = load_demo_engagement()
        except (DatabaseError, OSError, DemoContentError) as error:
            raise CommandError(
                f"The demo campaign could not be loaded; nothing was saved. {error}"
            ) from error
        if new_credentials:
            remember_credentials(new_credentials)
        if engagement.get("placements"):
            created["placements"] = engagement["placements"]
        self.stdout.write(
            f"Demo engagement: {engagement.get('days of demo engagement', 0)} days of generated "
            "history, flagged as demo data in the report."
        )
        if created:
            summary = ", ".join(f"{kind}: {count}" for kind, count in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo campaign loaded: created {summary}."))
        else:
            self.stdout.write("Demo campaign already loaded: nothing to do.")
        self.print_credentials()

    def print_credentials(self):
        existing = set(get_user_model().objects.values_list("username", flat=True))
        self.stdout.write("Admin logins at http://127.0.0.1:8000/admin/ (generated passwords):")
        for username, password in read_credentials():
            if username in existing:
                self.stdout.write(f"  {username:<22} {password}")
