"""Production: everything comes from the environment; a missing or unsafe value stops start-up.

The README's deployment section lists every variable.
"""

import copy
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

from campaign.platform.logging import json_logging
from campaign.settings.cache import cache_settings
from campaign.settings.environment import (
    env_bool,
    env_int,
    env_list,
    optional_env,
    origin_of,
    required_env,
)

from .base import *  # noqa: F403
from .base import ADMIN_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY, STATIC_ROOT

# Copies: the policies below get production's additions without changing the shared ones.
CONTENT_SECURITY_POLICY = copy.deepcopy(CONTENT_SECURITY_POLICY)
ADMIN_CONTENT_SECURITY_POLICY = copy.deepcopy(ADMIN_CONTENT_SECURITY_POLICY)

DEBUG = False

# Django's own test for a strong key: long and varied, and not one made for development.
SECRET_KEY = required_env("SECRET_KEY")
if (
    len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
    or SECRET_KEY.startswith(("dev-", "test-", "django-insecure"))
):
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak: use at least 50 random characters, not a development key."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", required=True)
if "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the site's hosts, not “*”.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Several app servers share one PostgreSQL: SQLite would give each its own data.
_database_url = required_env("DATABASE_URL")
if urlsplit(_database_url).scheme not in ("postgres", "postgresql", "pgsql"):
    raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL (postgres://…).")
DATABASES = {
    "default": dj_database_url.parse(
        _database_url,
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        # A connection broken by a database restart is noticed and replaced, not reused.
        conn_health_checks=True,
    )
}
DATABASES["default"]["OPTIONS"] = {
    # Never hang on a database that does not answer: fail fast and show a 503.
    "connect_timeout": env_int("DB_CONNECT_TIMEOUT", 3),
    "options": f"-c statement_timeout={env_int('DB_STATEMENT_TIMEOUT_MS', 30000)}",
}

# Every app server must see the same cache; a per-process one would go stale.
CACHES = cache_settings(required_env("REDIS_URL"))

# Media: S3-compatible object storage when a bucket is named; otherwise a
# directory that every app server shares (MEDIA_ROOT must be said explicitly).
AWS_STORAGE_BUCKET_NAME = optional_env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = optional_env("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = optional_env("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = optional_env("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_LOCATION = optional_env("AWS_LOCATION", "media")
    # Media is public (films, posters); names are never overwritten in place,
    # so a CDN never serves an old file under a new upload's name.
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=86400"}
    STORAGES = {  # noqa: F405
        **STORAGES,  # noqa: F405
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    }
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_URL = f"https://{AWS_S3_CUSTOM_DOMAIN}/{AWS_LOCATION}/"
    elif AWS_S3_ENDPOINT_URL:
        MEDIA_URL = f"{AWS_S3_ENDPOINT_URL.rstrip('/')}/{AWS_STORAGE_BUCKET_NAME}/{AWS_LOCATION}/"
    else:
        MEDIA_URL = f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com/{AWS_LOCATION}/"
else:
    MEDIA_ROOT = Path(
        required_env("MEDIA_ROOT", hint="or AWS_STORAGE_BUCKET_NAME for object storage")
    )
    MEDIA_URL = optional_env("MEDIA_URL", "/media/")

# Media served from another origin (bucket, CDN) must be allowed by the policies.
_media_origin = origin_of(MEDIA_URL)
if _media_origin:
    for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        for _directive in ("img-src", "media-src"):
            _policy["DIRECTIVES"][_directive] = [*_policy["DIRECTIVES"][_directive], _media_origin]

STATIC_ROOT = Path(optional_env("STATIC_ROOT") or STATIC_ROOT)

# E-mail: Wagtail sends password resets and moderation notices.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = required_env("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = optional_env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = optional_env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = required_env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Links in Wagtail's e-mails and the CDN purge use this address.
WAGTAILADMIN_BASE_URL = required_env("WAGTAILADMIN_BASE_URL")
if not WAGTAILADMIN_BASE_URL.startswith("https://"):
    raise ImproperlyConfigured("WAGTAILADMIN_BASE_URL must be an https:// address.")

# HTTPS only. TLS ends at the load balancer, which says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz/?$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)

# A CDN in front of the site is told when a page changes (Wagtail's frontend cache).
if _purge_url := optional_env("FRONTEND_CACHE_PURGE_URL"):
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": _purge_url,
        }
    }
elif _distribution := optional_env("CLOUDFRONT_DISTRIBUTION_ID"):
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": _distribution,
        }
    }

LOGGING = json_logging(optional_env("LOG_LEVEL", "INFO").upper())

if _sentry_dsn := optional_env("SENTRY_DSN"):
    from campaign.settings.sentry import init_sentry

    init_sentry(_sentry_dsn)
