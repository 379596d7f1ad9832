"""The collection endpoint, answered before sessions, CSRF, markets and the page cache.

A beacon costs one buffer write: no database query, no session, no cookie. Whatever happens
it answers 204 (counted or not) or 400 (not a beacon), never an error page.
"""

import logging
import time

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse

from campaign.engagement.buffer import BufferUnavailable, event_buffer
from campaign.engagement.collection import buffered_event
from campaign.engagement.events import MAX_BODY_BYTES, InvalidBeacon, parse_beacon
from campaign.engagement.privacy import is_counted
from campaign.platform.security import client_ip

logger = logging.getLogger(__name__)
# During an outage every beacon is dropped: one log line per minute says so.
DROPPED_LOG_SECONDS = 60
_last_dropped_log = {"at": float("-inf")}


def _answer(status):
    response = HttpResponse(status=status)
    response["Cache-Control"] = "no-store"
    return response


class CollectionMiddleware:
    """Answers ``POST ENGAGEMENT_COLLECT_PATH`` with 204 after buffering the event it carries."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.path = settings.ENGAGEMENT_COLLECT_PATH

    def __call__(self, request):
        if request.path_info != self.path:
            return self.get_response(request)
        if request.method != "POST":
            response = _answer(405)
            response["Allow"] = "POST"
            return response
        meta = request.META
        # Another site's page cannot report on this one (browsers say where a request is from).
        if meta.get("HTTP_SEC_FETCH_SITE") == "cross-site" or not is_counted(meta):
            return _answer(204)
        try:
            length = int(meta.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if not 0 < length <= MAX_BODY_BYTES:
            return _answer(400)
        try:
            beacon = parse_beacon(request.read(length))
        except (InvalidBeacon, OSError):
            return _answer(400)
        try:
            event = buffered_event(
                beacon,
                address=client_ip(request),
                user_agent=meta.get("HTTP_USER_AGENT", ""),
                host=meta.get("HTTP_HOST", ""),
            )
            if event is not None:
                event_buffer().push(event)
        except (BufferUnavailable, DatabaseError) as error:
            # Losing a beacon is better than failing a visitor's page; the outage is logged.
            now = time.monotonic()
            if now - _last_dropped_log["at"] >= DROPPED_LOG_SECONDS:
                _last_dropped_log["at"] = now
                logger.warning("Engagement events are being dropped: %s", error)
        return _answer(204)
