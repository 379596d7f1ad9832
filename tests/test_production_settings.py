"""Production settings come from the environment; a missing or unsafe value stops start-up."""

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

import pytest

ROOT = Path(settings.BASE_DIR)

VALID_ENV = {
    "SECRET_KEY": "k3Jx9-Qm2vT8wLp4Zr7Yb1Nc6Hd0Fs5Ga9Ue3Ki8Oj2Pl7Wq4Er1Ty6Ui0Op5As",
    "ALLOWED_HOSTS": "campaign.example.com,www.campaign.example.com",
    "DATABASE_URL": "postgres://campaign:secret@db.internal:5432/campaign",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "MEDIA_ROOT": "/srv/campaign/media",
    "EMAIL_HOST": "smtp.example.com",
    "DEFAULT_FROM_EMAIL": "campaign@example.com",
    "WAGTAILADMIN_BASE_URL": "https://campaign.example.com",
}
# Variables that change what the production settings read, cleared for each test.
OPTIONAL_VARIABLES = [
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_CUSTOM_DOMAIN",
    "SENTRY_DSN",
    "FRONTEND_CACHE_PURGE_URL",
    "CLOUDFRONT_DISTRIBUTION_ID",
    "SECURE_SSL_REDIRECT",
    "DB_CONN_MAX_AGE",
    "STATIC_ROOT",
]


def load_production(monkeypatch, **changes):
    """The production settings as they would load with VALID_ENV and ``changes``."""
    for name in OPTIONAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in {**VALID_ENV, **changes}.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    return runpy.run_module("campaign.settings.production")


def run_manage(*args, env_changes=None, timeout=300):
    # As a server's environment would be: none of the test run's own switches.
    skipped = {*OPTIONAL_VARIABLES, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in skipped}
    env.update(VALID_ENV)
    env.update(env_changes or {})
    env["DJANGO_SETTINGS_MODULE"] = "campaign.settings.production"
    return subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize(
    "variable",
    [
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "REDIS_URL",
        "MEDIA_ROOT",
        "EMAIL_HOST",
        "DEFAULT_FROM_EMAIL",
        "WAGTAILADMIN_BASE_URL",
    ],
)
def test_a_missing_variable_stops_start_up_and_is_named(monkeypatch, variable):
    with pytest.raises(ImproperlyConfigured, match=variable):
        load_production(monkeypatch, **{variable: None})


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("SECRET_KEY", "too-short"),
        ("SECRET_KEY", "dev-" + "x" * 60),
        ("SECRET_KEY", "django-insecure-" + "abcdefgh" * 8),
        ("SECRET_KEY", "a" * 64),
        ("ALLOWED_HOSTS", "*"),
        ("DATABASE_URL", "sqlite:////srv/campaign/db.sqlite3"),
        ("REDIS_URL", "http://cache.internal:6379"),
        ("WAGTAILADMIN_BASE_URL", "http://campaign.example.com"),
        ("DB_CONN_MAX_AGE", "forever"),
        ("SECURE_SSL_REDIRECT", "perhaps"),
        ("SENTRY_DSN", "not a dsn"),
    ],
)
def test_an_unsafe_value_stops_start_up_and_is_named(monkeypatch, variable, value):
    with pytest.raises(ImproperlyConfigured, match=variable):
        load_production(monkeypatch, **{variable: value})


def test_valid_environment_gives_https_only_settings(monkeypatch):
    production = load_production(monkeypatch)

    assert production["DEBUG"] is False
    assert production["ALLOWED_HOSTS"] == ["campaign.example.com", "www.campaign.example.com"]
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SECURE_HSTS_SECONDS"] >= 31536000
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert production["SECURE_HSTS_PRELOAD"] is True
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True
    assert production["SESSION_COOKIE_HTTPONLY"] is True
    assert production["CSRF_COOKIE_HTTPONLY"] is True
    assert production["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


def test_the_database_never_hangs_and_survives_restarts(monkeypatch):
    database = load_production(monkeypatch)["DATABASES"]["default"]

    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["OPTIONS"]["connect_timeout"] == 3
    assert "statement_timeout" in database["OPTIONS"]["options"]
    assert database["CONN_HEALTH_CHECKS"] is True


def test_the_cache_is_the_shared_redis_and_fails_safe(monkeypatch):
    cache = load_production(monkeypatch)["CACHES"]["default"]

    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["LOCATION"] == VALID_ENV["REDIS_URL"]
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert cache["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 2
    assert cache["OPTIONS"]["SOCKET_TIMEOUT"] <= 2


def test_media_goes_to_object_storage_when_a_bucket_is_named(monkeypatch):
    production = load_production(
        monkeypatch,
        MEDIA_ROOT=None,
        AWS_STORAGE_BUCKET_NAME="campaign-media",
        AWS_S3_CUSTOM_DOMAIN="media.campaign.example.com",
    )

    assert production["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert production["MEDIA_URL"] == "https://media.campaign.example.com/media/"
    # Images and films from the media host are allowed by both policies.
    for policy in ("CONTENT_SECURITY_POLICY", "ADMIN_CONTENT_SECURITY_POLICY"):
        directives = production[policy]["DIRECTIVES"]
        assert "https://media.campaign.example.com" in directives["img-src"]
        assert "https://media.campaign.example.com" in directives["media-src"]
    # The shared policy of other environments is left as it was.
    assert (
        "https://media.campaign.example.com"
        not in (settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"])
    )


def test_a_cdn_is_told_when_pages_change(monkeypatch):
    production = load_production(
        monkeypatch, FRONTEND_CACHE_PURGE_URL="http://varnish.internal:8000"
    )

    assert "wagtail.contrib.frontend_cache" in production["INSTALLED_APPS"]
    assert production["WAGTAILFRONTENDCACHE"]["default"]["LOCATION"] == (
        "http://varnish.internal:8000"
    )


def test_logs_are_json_lines_in_production(monkeypatch):
    logging = load_production(monkeypatch)["LOGGING"]

    assert logging["formatters"]["json"]["()"] == "campaign.platform.logging.JsonFormatter"


def test_check_deploy_passes_with_production_settings():
    result = run_manage("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_collectstatic_writes_hashed_and_compressed_files(tmp_path):
    static_root = tmp_path / "static"
    result = run_manage(
        "manage.py",
        "collectstatic",
        "--noinput",
        "-v",
        "0",
        env_changes={"STATIC_ROOT": str(static_root)},
    )
    assert result.returncode == 0, result.stderr

    manifest = json.loads((static_root / "staticfiles.json").read_text())
    hashed = manifest["paths"]["campaign/css/site.css"]
    assert hashed != "campaign/css/site.css"
    assert (static_root / hashed).is_file()
    assert (static_root / f"{hashed}.gz").is_file()

    url = run_manage(
        "-c",
        "import django; django.setup(); from django.templatetags.static import static; "
        "print(static('campaign/css/site.css'))",
        env_changes={"STATIC_ROOT": str(static_root)},
    )
    assert url.stdout.strip() == f"/static/{hashed}"


def test_errors_go_to_sentry_when_its_dsn_is_set():
    # A request that fails (Django's got_request_exception) and an error logged by the
    # site each become an event; a recording transport stands in for the network.
    script = """
import logging
import django
django.setup()
import sentry_sdk
from sentry_sdk.transport import Transport
from django.core.signals import got_request_exception
from django.test import RequestFactory

sent = []

class Recorder(Transport):
    def capture_envelope(self, envelope):
        sent.append(envelope)

client = sentry_sdk.get_client()
print("dsn", client.dsn)
client.transport = Recorder(client.options)
try:
    raise ValueError("the page failed")
except ValueError:
    request = RequestFactory().get("/jp/", HTTP_HOST="campaign.example.com")
    got_request_exception.send(sender=None, request=request)
print("request errors", len(sent))
logging.getLogger("campaign").error("A logged error")
print("all errors", len(sent))
"""
    result = run_manage(
        "-c", script, env_changes={"SENTRY_DSN": "https://public@sentry.example.com/42"}
    )

    assert result.returncode == 0, result.stderr
    assert "dsn https://public@sentry.example.com/42" in result.stdout
    assert "request errors 1" in result.stdout
    assert "all errors 2" in result.stdout
