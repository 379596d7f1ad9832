"""Renders pages into the cache before visitors ask for them.

Each address goes through the whole site, as an anonymous visitor's request would: the
page cache stores what it renders, and every app server then serves it. Rendered ahead of
a coming go-live (``ahead_to``), a page is stored as the version that follows the one
served now, and visitors get it from that moment on.
"""

import logging
from io import BytesIO
from urllib.parse import unquote_to_bytes, urlsplit

from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler

logger = logging.getLogger(__name__)

# Set in the environ of the job's own requests: no HTTP header can set a key without the
# "HTTP_" prefix, so a visitor cannot pass for the job.
PRERENDER_ENVIRON_KEY = "campaign.prerender"
AHEAD_ENVIRON_KEY = "campaign.prerender.ahead-to"
JOB_SEEN_KEY = "page-cache:prerender-job"
# The job runs every minute: one missed run is not yet a stopped job.
JOB_SEEN_SECONDS = 150


def job_is_running():
    """Whether the job that renders pages ahead of visitors ran in the last minutes."""
    return bool(cache.get(JOB_SEEN_KEY))


def is_prerender(request):
    """Whether ``request`` is one of the job's own renders."""
    return bool(request.META.get(PRERENDER_ENVIRON_KEY))


def renders_ahead_to(request):
    """The coming moment (a timestamp) the job renders ``request`` for, or None."""
    return request.META.get(AHEAD_ENVIRON_KEY) if is_prerender(request) else None


def _environ(url, ahead_to=None):
    parts = urlsplit(url)
    https = parts.scheme == "https"
    host = parts.hostname or "localhost"
    port = str(parts.port or (443 if https else 80))
    return {
        "REQUEST_METHOD": "GET",
        # WSGI hands on the path decoded, its bytes as Latin-1 (PEP 3333), as servers do.
        "PATH_INFO": unquote_to_bytes(parts.path or "/").decode("iso-8859-1"),
        "QUERY_STRING": parts.query,
        "SERVER_NAME": host,
        "SERVER_PORT": port,
        "HTTP_HOST": parts.netloc,
        "wsgi.url_scheme": parts.scheme or "http",
        "wsgi.input": BytesIO(),
        "wsgi.errors": BytesIO(),
        "wsgi.version": (1, 0),
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        PRERENDER_ENVIRON_KEY: True,
        **({AHEAD_ENVIRON_KEY: ahead_to.timestamp()} if ahead_to else {}),
        # Behind the load balancer that forwards visitors' HTTPS, the site sees this.
        **({"HTTP_X_FORWARDED_PROTO": "https"} if https else {}),
    }


def _request(handler, url, ahead_to=None):
    """The status code the site answers ``url`` with ("error" if it failed)."""
    answered = []
    try:
        body = handler(
            _environ(url, ahead_to), lambda status, headers, *args: answered.append(status)
        )
        b"".join(body)
    except Exception:  # noqa: BLE001 - one page failing must not stop the others
        logger.exception("Could not render %s ahead of visitors.", url)
        return "error"
    return answered[0].split(" ")[0] if answered else "error"


def prerender(urls, ahead_to=None):
    """Request each of ``urls`` (absolute) through the site, as it will be at ``ahead_to``
    if given (a coming datetime), else now; returns ``{url: status}``.

    Every call, even with nothing to render, tells visitors' requests that the job runs.
    """
    cache.set(JOB_SEEN_KEY, 1, JOB_SEEN_SECONDS)
    handler = WSGIHandler()
    return {url: _request(handler, url, ahead_to) for url in urls}
