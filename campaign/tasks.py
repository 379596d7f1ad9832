"""The site's own periodic job, run by the worker (huey's consumer, ``manage.py run_huey``).

Go-lives and expiries fall on whole minutes: their pages are rendered ahead in the run
before, and again at that minute for what changed since (``campaign.markets.golive``).
Huey checks its periodic jobs once a minute counted from the worker's start, so a periodic
job alone may come up to a minute late: each run therefore books the next one at the next
whole minute (huey's schedule is checked every second), and the periodic job keeps that
chain going should a booking be lost.
"""

from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task, db_task
from huey.exceptions import TaskLockedException

from campaign.markets.golive import render_coming_changes, render_schedule_changes

BOOKED_PREFIX = "golive:booked:"


@db_periodic_task(crontab(minute="*"))
def render_go_lives():
    """Every minute (from the worker's start): the pages go-lives and expiries changed."""
    _render_and_book_the_next_minute()


@db_task()
def render_go_lives_at_the_minute():
    """At a whole minute: the pages go-lives and expiries changed."""
    _render_and_book_the_next_minute()


def _render_and_book_the_next_minute():
    try:
        # One run at a time: a periodic run and a booked one may meet; the one that finds
        # the other running leaves the changes to it.
        with HUEY.lock_task("render-go-lives"):
            render_schedule_changes()
            render_coming_changes()
    except TaskLockedException:
        pass
    book_the_next_minute()


def book_the_next_minute(now=None):
    """Book one run at the next whole minute; returns it, or None if it was booked already."""
    now = now or timezone.now()
    minute = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
    if not cache.add(f"{BOOKED_PREFIX}{minute.timestamp():.0f}", 1, 180):
        return None
    render_go_lives_at_the_minute.schedule(eta=minute)
    return minute
