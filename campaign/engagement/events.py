"""What the site counts, and the checks an incoming beacon must pass before it is buffered.

A beacon is one small JSON object sent by ``campaign_engagement/js/engagement.js``:
``{"m": market code, "e": event, "p": page id, "f": film id, "r": referrer, "q": query}``.
Anything else, or anything larger, is refused.
"""

import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from django.db import models
from django.utils.translation import gettext_lazy as _


class Event(models.TextChoices):
    VIEW = "view", _("Page views")
    # Not sent by the script: a page view that arrived from outside the site.
    VISIT = "visit", _("Visits")
    PLAY = "play", _("Plays")
    PLAYED_25 = "played_25", _("Watched 25%")
    PLAYED_50 = "played_50", _("Watched 50%")
    PLAYED_75 = "played_75", _("Watched 75%")
    PLAYED_100 = "played_100", _("Watched to the end")
    CAPTIONS = "captions", _("Captions switched on or changed")
    POSTER = "poster", _("External film's poster clicked")
    # Not sent by the script: counted by the placement's short URL (campaign.engagement.shortlinks).
    SCAN = "scan", _("QR scans")


# The events a page may send; film events need a film.
PAGE_EVENTS = {Event.VIEW}
FILM_EVENTS = {
    Event.PLAY,
    Event.PLAYED_25,
    Event.PLAYED_50,
    Event.PLAYED_75,
    Event.PLAYED_100,
    Event.CAPTIONS,
    Event.POSTER,
}
FUNNEL = [Event.PLAY, Event.PLAYED_25, Event.PLAYED_50, Event.PLAYED_75, Event.PLAYED_100]

MAX_BODY_BYTES = 2048
MAX_ID = 2**31 - 1
MAX_SOURCE_LENGTH = 100
UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign")
# A host name as browsers send it in a referrer: letters, digits, dots, dashes.
HOST_PATTERN = re.compile(r"^[a-z0-9.-]{1,253}$")


class InvalidBeacon(ValueError):
    """The body is not a beacon the script sends: refused with 400, never stored."""


@dataclass(frozen=True)
class Beacon:
    """One event as the page reported it, checked."""

    market: str
    event: str
    page_id: int
    film_id: int
    referrer: str
    query: str


def _identifier(data, key, required):
    value = data.get(key)
    if value is None and not required:
        return 0
    # bool is an int in Python, and never an identifier.
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise InvalidBeacon(f"{key} is not an identifier")
    return value


def _text(data, key, limit):
    value = data.get(key, "")
    if not isinstance(value, str) or len(value) > limit:
        raise InvalidBeacon(f"{key} is not a short text")
    return value


def parse_beacon(body: bytes) -> Beacon:
    """The beacon in ``body``, or ``InvalidBeacon``: size, shape, names and identifiers."""
    if not body or len(body) > MAX_BODY_BYTES:
        raise InvalidBeacon("empty or too large")
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidBeacon("not JSON") from error
    if not isinstance(data, dict) or not set(data) <= {"m", "e", "p", "f", "r", "q"}:
        raise InvalidBeacon("unknown fields")
    event = data.get("e")
    if event not in PAGE_EVENTS and event not in FILM_EVENTS:
        raise InvalidBeacon("unknown event")
    market = data.get("m")
    if not isinstance(market, str) or not 0 < len(market) <= 8:
        raise InvalidBeacon("no market")
    return Beacon(
        market=market,
        event=event,
        page_id=_identifier(data, "p", required=False),
        film_id=_identifier(data, "f", required=event in FILM_EVENTS),
        referrer=_text(data, "r", 512),
        query=_text(data, "q", 512),
    )


def referrer_host(referrer: str) -> str:
    """The host of a referrer, without ``www.``; empty when there is none or it is not one."""
    try:
        host = (urlsplit(referrer).hostname or "").lower()
    except ValueError:
        return ""
    host = host.removeprefix("www.")
    return host if HOST_PATTERN.match(host) else ""


def campaign_tags(query: str) -> dict[str, str]:
    """``utm_source``, ``utm_medium`` and ``utm_campaign`` of a page's query string, trimmed."""
    tags = {}
    for name, value in parse_qsl(query.lstrip("?"), keep_blank_values=False):
        if name in UTM_FIELDS and name not in tags:
            tags[name] = value.strip().lower()[:MAX_SOURCE_LENGTH]
    return tags
