"""Background work: the huey queue and the buffer that the engagement events wait in.

With ``REDIS_URL`` both live in Redis, shared by every app server and the worker. Without it
(``make run``'s zero-setup default) both are SQLite files beside the database, shared by
``runserver`` and ``run_huey`` on one machine.
"""

from pathlib import Path


def huey_settings(redis_url: str, sqlite_path: Path) -> dict:
    """``HUEY`` for ``huey.contrib.djhuey``: Redis when ``redis_url`` is set, else SQLite."""
    consumer = {
        # Periodic jobs (``db_periodic_task`` in an app's tasks.py) are run by the consumer.
        "periodic": True,
        "workers": 2,
        "worker_type": "thread",
        "check_worker_health": True,
    }
    if redis_url:
        return {
            "name": "campaign",
            "huey_class": "huey.RedisHuey",
            "immediate": False,
            "url": redis_url,
            "consumer": consumer,
        }
    return {
        "name": "campaign",
        "huey_class": "huey.SqliteHuey",
        "immediate": False,
        "filename": str(sqlite_path),
        "consumer": consumer,
    }


def engagement_buffer_settings(redis_url: str, spool_path: Path, max_events: int) -> dict:
    """Where collected events wait for the next roll-up (``campaign.engagement.buffer``)."""
    if redis_url:
        return {
            "BACKEND": "redis",
            "URL": redis_url,
            "PREFIX": "campaign:engagement",
            "MAX_EVENTS": max_events,
        }
    return {"BACKEND": "spool", "PATH": str(spool_path)}
