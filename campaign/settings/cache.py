"""The cache backend: per-process memory by default, a shared Redis when REDIS_URL is set."""

from django.core.exceptions import ImproperlyConfigured

from redis.backoff import NoBackoff
from redis.retry import Retry

from campaign.platform.redis_breaker import FailFastConnection, FailFastSSLConnection

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def cache_settings(redis_url: str) -> dict:
    """CACHES for ``redis_url``, or a local memory cache when it is empty.

    A Redis outage must never take pages down: errors are logged and read as
    cache misses, and short timeouts keep a dead server from holding a request.
    """
    if not redis_url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    if not redis_url.startswith(REDIS_SCHEMES):
        raise ImproperlyConfigured(
            "REDIS_URL must start with redis://, rediss:// or unix:// "
            f"(it starts with “{redis_url.split(':', 1)[0]}”)."
        )
    pool_options = {
        # One attempt per call, no back-off: a failed call is a cache miss anyway.
        "retry": Retry(NoBackoff(), 0),
    }
    if not redis_url.startswith("unix://"):
        # After a failure, skip Redis for a few seconds (campaign.platform.redis_breaker).
        pool_options["connection_class"] = (
            FailFastSSLConnection if redis_url.startswith("rediss://") else FailFastConnection
        )
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "campaign",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "CONNECTION_POOL_KWARGS": pool_options,
            },
        }
    }
