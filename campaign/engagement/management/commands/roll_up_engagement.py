"""Rolls the buffered engagement events up into the daily counts now."""

from django.core.management.base import BaseCommand, CommandError

from campaign.engagement.buffer import BufferUnavailable
from campaign.engagement.rollup import roll_up


class Command(BaseCommand):
    help = (
        "Adds the engagement events buffered since the last roll-up to the daily counts, as "
        "the worker does every minute, and deletes the visitor marks of days that are over."
    )

    def handle(self, *args, **options):
        try:
            result = roll_up()
        except BufferUnavailable as error:
            raise CommandError(f"The event buffer cannot be read: {error}") from error
        self.stdout.write(
            f"Rolled up {result.events} events ({result.dropped} dropped) into "
            f"{result.counts} counts; {result.new_visitors} new visitors."
        )
