"""/healthz: whether this app server can reach the database and the cache.

Load balancers call it by the server's address, over plain HTTP and without
cookies, so it answers before host checks, HTTPS redirects, sessions and markets.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    # The cache reads errors as misses, so a round trip is the only way to tell.
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    ok = cache.get(key) == "ok"
    cache.delete(key)
    if not ok:
        raise ConnectionError("the cache did not keep a value")


def health_report():
    """Each check's result, and whether the server can serve pages."""
    checks = {}
    for name, check in (("database", check_database), ("cache", check_cache)):
        try:
            check()
        except Exception as error:  # Any failure is a result to report, not a crash.
            logger.warning("Health check %s failed: %s", name, error)
            checks[name] = "unavailable"
        else:
            checks[name] = "ok"
    # Pages need the database. Without the cache they are slower but still
    # served, and taking every server out of the pool for a cache outage
    # would turn a slowdown into a full outage.
    if checks["database"] != "ok":
        status = "unavailable"
    elif checks["cache"] != "ok":
        status = "degraded"
    else:
        status = "ok"
    return status, checks


class HealthCheckMiddleware:
    """Answers ``/healthz`` with JSON: 200 when pages can be served, 503 when not."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") != HEALTH_PATH:
            return self.get_response(request)
        status, checks = health_report()
        response = JsonResponse(
            {"status": status, "checks": checks}, status=503 if status == "unavailable" else 200
        )
        response["Cache-Control"] = "no-store"
        return response
