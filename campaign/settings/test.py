"""Test runs: the database comes from DATABASE_URL (PostgreSQL in CI), else SQLite."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests change content directly; the page cache is switched on by the tests about it.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0
# The tests about it run the prefetches that are due themselves, at the time they travel to.
PAGE_CACHE_PREFETCH_THREAD = False
# Tasks run when called, in memory; the tests roll events up themselves.
HUEY = {**HUEY, "immediate": True}  # noqa: F405
