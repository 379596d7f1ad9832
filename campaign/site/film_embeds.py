"""External films (YouTube, Vimeo, Youku): the player address to load once a visitor asks.

Nothing is requested from the provider before the visitor clicks the poster, so the
page itself only holds the address; YouTube's privacy-enhanced host sets no cookies
until the film plays.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class ExternalFilm:
    """A film hosted by a video service, and how to embed it."""

    provider: str
    embed_src: str
    watch_url: str


def _youtube(parts):
    host = parts.hostname or ""
    video_id = ""
    if host == "youtu.be":
        video_id = parts.path.strip("/")
    elif host.endswith("youtube.com") or host.endswith("youtube-nocookie.com"):
        if parts.path == "/watch":
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parts.path.split("/")[2]
    if _ID.match(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    return None


def _vimeo(parts):
    if not (parts.hostname or "").endswith("vimeo.com"):
        return None
    numbers = [piece for piece in parts.path.split("/") if piece.isdigit()]
    return f"https://player.vimeo.com/video/{numbers[-1]}" if numbers else None


def _youku(parts):
    if not (parts.hostname or "").endswith("youku.com"):
        return None
    match = re.search(r"/(?:v_show/id_|embed/)([A-Za-z0-9=_-]+?)(?:\.html)?$", parts.path)
    return f"https://player.youku.com/embed/{match.group(1)}" if match else None


PROVIDERS = (("YouTube", _youtube), ("Vimeo", _vimeo), ("Youku", _youku))


def external_film(url: str) -> ExternalFilm | None:
    """The embeddable film at ``url``, or None for an address no provider here knows."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    for provider, embed in PROVIDERS:
        embed_src = embed(parts)
        if embed_src:
            return ExternalFilm(provider, embed_src, url)
    return None
