"""The engagement's periodic job, run by the huey consumer (``manage.py run_huey``).

huey finds the ``tasks`` module of every installed app: another periodic job is one more
``db_periodic_task`` in its own app's ``tasks.py``, with its own lock.
"""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from campaign.engagement.rollup import roll_up


@db_periodic_task(crontab(minute="*"))
@lock_task("engagement-roll-up")
def roll_up_engagement():
    """Every minute: buffered events into the daily counts (one run at a time)."""
    roll_up()
