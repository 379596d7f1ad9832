"""Creates the campaign's roles (groups and permissions) and its approval workflow."""

from django.core.management.base import BaseCommand
from django.db import transaction

from campaign.workflow.setup import setup_campaign_roles


class Command(BaseCommand):
    help = (
        "Creates the groups of the campaign's roles (editors, translators per language, market "
        "leads per market, brand approvers) and the “Campaign approval” workflow. Safe to re-run."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            groups, workflow = setup_campaign_roles()
        count = sum(len(role_groups) for role_groups in groups.values())
        self.stdout.write(
            self.style.SUCCESS(f"{count} role groups and the workflow “{workflow.name}” are ready.")
        )
