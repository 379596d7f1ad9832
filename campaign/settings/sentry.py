"""Errors to Sentry, when SENTRY_DSN is set (production only)."""

import os

from django.core.exceptions import ImproperlyConfigured

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.logging import ignore_logger
from sentry_sdk.utils import BadDsn, Dsn


def init_sentry(dsn):
    # Checked before anything is set up, so a bad value only stops start-up.
    try:
        Dsn(dsn)
        sample_rate = float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0"))
    except (BadDsn, ValueError) as error:
        raise ImproperlyConfigured(f"SENTRY_DSN is not a valid Sentry DSN: {error}") from error
    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
        traces_sample_rate=sample_rate,
        # Visitors' and editors' identities, cookies and form contents stay out of reports.
        data_collection={"user_info": False, "cookies": {"mode": "off"}, "http_bodies": []},
    )
    # Requests with a forged Host header are noise, not errors of the site.
    ignore_logger("django.security.DisallowedHost")
