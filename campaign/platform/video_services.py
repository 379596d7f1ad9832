"""Video services: which one an address belongs to, and the player address to embed.

YouTube, Vimeo, and the services that play in mainland China (Youku, Bilibili, Tencent
Video, iQIYI). Nothing is requested from a service before the visitor clicks the poster,
so a page only holds the address; YouTube's privacy-enhanced host sets no cookies until
the film plays. Which services a market cannot reach is the market's data, not this
module's.
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


def _bilibili(parts):
    if not (parts.hostname or "").endswith("bilibili.com"):
        return None
    match = re.search(r"/video/(BV[0-9A-Za-z]{10})", parts.path)
    bvid = match.group(1) if match else parse_qs(parts.query).get("bvid", [""])[0]
    if re.fullmatch(r"BV[0-9A-Za-z]{10}", bvid or ""):
        return f"https://player.bilibili.com/player.html?bvid={bvid}&autoplay=0"
    return None


def _tencent(parts):
    if (parts.hostname or "") not in ("v.qq.com", "m.v.qq.com"):
        return None
    vid = parse_qs(parts.query).get("vid", [""])[0]
    if not vid:
        match = re.search(r"/([A-Za-z0-9]{11})\.html$", parts.path)
        vid = match.group(1) if match else ""
    if re.fullmatch(r"[A-Za-z0-9]{11}", vid):
        return f"https://v.qq.com/txp/iframe/player.html?vid={vid}"
    return None


def _iqiyi(parts):
    # iQIYI offers no player to embed for others' pages: its films are linked to.
    return None


YOUTUBE = "YouTube"
PROVIDERS = (
    (YOUTUBE, _youtube),
    ("Vimeo", _vimeo),
    ("Youku", _youku),
    ("Bilibili", _bilibili),
    ("Tencent Video", _tencent),
    ("iQIYI", _iqiyi),
)
# The hosts each service's addresses are on, to name the service of any of its links.
SERVICE_HOSTS = {
    YOUTUBE: ("youtube.com", "youtu.be", "youtube-nocookie.com"),
    "Vimeo": ("vimeo.com",),
    "Youku": ("youku.com",),
    "Bilibili": ("bilibili.com", "b23.tv"),
    "Tencent Video": ("v.qq.com",),
    "iQIYI": ("iqiyi.com",),
}
SERVICE_NAMES = [name for name, _embed in PROVIDERS]


def service_of(url: str) -> str | None:
    """The name of the video service ``url`` is on ("YouTube"), or None for another site."""
    try:
        host = (urlsplit(url or "").hostname or "").lower()
    except ValueError:
        return None
    for name, hosts in SERVICE_HOSTS.items():
        if any(host == known or host.endswith(f".{known}") for known in hosts):
            return name
    return None


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
