"""Sending beacons as the engagement script does, and reading what was buffered."""

import json

from django.conf import settings

from campaign.engagement.buffer import event_buffer

BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)


def send_beacon(client, body=None, *, user_agent=BROWSER, address="203.0.113.7", **fields):
    """POST a beacon (``fields`` as the script names them: m, e, p, f, r, q)."""
    if body is None:
        body = json.dumps({"m": "jp", "e": "view", **fields})
    return client.post(
        settings.ENGAGEMENT_COLLECT_PATH,
        data=body,
        content_type="text/plain;charset=UTF-8",
        HTTP_USER_AGENT=user_agent,
        REMOTE_ADDR=address,
        HTTP_HOST="testserver",
    )


def buffered():
    """The events waiting in the buffer, decoded, without taking them out."""
    buffer = event_buffer()
    return [json.loads(event) for event in _raw(buffer)]


def buffered_bytes():
    return b"\n".join(_raw(event_buffer()))


def _raw(buffer):
    rows = buffer._execute("SELECT event FROM events ORDER BY id").fetchall()
    return [event for (event,) in rows]
