"""Which requests are never counted: robots, prefetches, and visitors who asked not to be.

The script itself sends nothing when the browser asks not to be tracked; the server checks
again, so that a beacon sent by another client is refused for the same reasons.
"""

from crawlerdetect import CrawlerDetect

# CrawlerDetect's list of crawler, spider, headless-browser and monitoring user agents.
_crawlers = CrawlerDetect()


def is_robot(user_agent: str) -> bool:
    """Whether ``user_agent`` is a crawler's, or missing (every browser sends one)."""
    return not user_agent or _crawlers.isCrawler(user_agent)


def is_prefetch(meta) -> bool:
    """Whether the request fetches ahead of a visit that may never happen."""
    purpose = (meta.get("HTTP_SEC_PURPOSE") or meta.get("HTTP_PURPOSE") or "").lower()
    return "prefetch" in purpose or "prerender" in purpose or meta.get("HTTP_X_MOZ") == "prefetch"


def asks_not_to_be_tracked(meta) -> bool:
    """Do Not Track (``DNT: 1``) or Global Privacy Control (``Sec-GPC: 1``)."""
    return meta.get("HTTP_DNT") == "1" or meta.get("HTTP_SEC_GPC") == "1"


def is_counted(meta) -> bool:
    """Whether a request with these headers may be counted at all."""
    return not (
        asks_not_to_be_tracked(meta)
        or is_prefetch(meta)
        or is_robot(meta.get("HTTP_USER_AGENT", ""))
    )
