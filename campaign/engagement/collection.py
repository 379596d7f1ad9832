"""Turning one beacon into one buffered event: the market's day, the visitor's daily hash.

What is buffered never holds the visitor's address or user agent: only a hash of them with
the market's code and a salt of the market's day. The salt is made on the day's first event,
kept in the buffer's store and deleted once the day is over in every market (by the roll-up),
so a hash cannot be recomputed afterwards, nor linked to the same visitor's other days.
"""

import hashlib
import json
import time
from datetime import date, datetime, timedelta

from campaign.engagement.buffer import event_buffer
from campaign.engagement.events import Event, campaign_tags, referrer_host
from campaign.markets.current import load_markets

# The markets' time zones are read from the shared market list at most this often per process:
# a beacon needs them, and must not query the database.
MARKETS_SECONDS = 30

_markets = {"read_at": 0.0, "zones": {}}
# Each process remembers the salts of the days it is serving, and forgets the others.
_salts = {}


def market_zones():
    """``{code: tzinfo}`` of the active markets."""
    now = time.monotonic()
    if now - _markets["read_at"] > MARKETS_SECONDS:
        _markets["zones"] = {m.code: m.tzinfo for m in load_markets() if m.is_active}
        _markets["read_at"] = now
    return _markets["zones"]


def forget_markets():
    """Read the market list again on the next beacon (a market changed, or a test begins)."""
    _markets["read_at"] = 0.0
    _salts.clear()


def local_day(timestamp, zone) -> str:
    return datetime.fromtimestamp(timestamp, zone).date().isoformat()


def day_salt(day: str) -> bytes:
    salt = _salts.get(day)
    if salt is None:
        salt = event_buffer().salt(day)
        # The markets' days are at most a day apart: anything older is over everywhere.
        yesterday = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
        for old in [known for known in _salts if known < yesterday]:
            del _salts[old]
        _salts[day] = salt
    return salt


def visitor_hash(salt: bytes, address: str, user_agent: str, market: str) -> str:
    """64 bits of a keyed BLAKE2 hash: enough to tell a day's visitors apart."""
    digest = hashlib.blake2b(digest_size=8, key=salt)
    digest.update(f"{address}\n{user_agent}\n{market}".encode())
    return digest.hexdigest()


def buffered_event(beacon, *, address, user_agent, host, timestamp=None):
    """The JSON line buffered for ``beacon``, or None when its market is unknown."""
    zone = market_zones().get(beacon.market)
    if zone is None:
        return None
    timestamp = int(time.time() if timestamp is None else timestamp)
    salt = day_salt(local_day(timestamp, zone))
    event = {
        "t": timestamp,
        "m": beacon.market,
        "e": beacon.event,
        "p": beacon.page_id,
        "v": visitor_hash(salt, address, user_agent, beacon.market),
    }
    if beacon.film_id:
        event["f"] = beacon.film_id
    if beacon.event == Event.VIEW:
        source = referrer_host(beacon.referrer)
        # A view whose referrer is the site itself continues a visit; any other starts one.
        if source != host.split(":", 1)[0].lower().removeprefix("www."):
            event["x"] = 1
            if source:
                event["r"] = source
            event.update(campaign_tags(beacon.query))
    return json.dumps(event, separators=(",", ":")).encode()


def record_scan(placement, market, timestamp=None):
    """Buffer one scan of ``placement``'s QR code (no visitor hash: a scan is only counted)."""
    event = {
        "t": int(time.time() if timestamp is None else timestamp),
        "m": market.code,
        "e": Event.SCAN.value,
        "p": placement.page_id or 0,
        "s": placement.pk,
    }
    event_buffer().push(json.dumps(event, separators=(",", ":")).encode())
