"""/healthz tells a load balancer whether this server can serve pages, without a session."""

import json
from unittest import mock

from django.db import OperationalError

import pytest

from campaign.settings.cache import cache_settings

# Nothing listens on port 1: connections are refused at once, like a stopped Redis.
DEAD_REDIS = "redis://127.0.0.1:1/0"


@pytest.mark.django_db
def test_healthz_is_200_json_when_the_database_and_cache_answer(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok"},
    }
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_healthz_sets_no_cookie_and_reads_no_session(client, django_assert_num_queries):
    # One query: the database check itself. No session, user or market lookup.
    with django_assert_num_queries(1):
        response = client.get("/healthz", HTTP_COOKIE="sessionid=abc; csrftoken=def")

    assert response.status_code == 200
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


@pytest.mark.django_db
def test_healthz_answers_a_probe_by_server_address_over_plain_http(client, settings):
    # Load balancers probe by IP address, which is not in ALLOWED_HOSTS, and without TLS.
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/healthz", HTTP_HOST="10.1.2.3:8000")

    assert response.status_code == 200


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_down(client):
    with mock.patch(
        "campaign.platform.health.check_database",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/healthz")

    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == "unavailable"


@pytest.mark.django_db
def test_healthz_reports_a_redis_outage_as_degraded_not_down(client, settings):
    # Pages are still served without the cache: every server leaving the pool
    # because of a shared Redis outage would take the whole site down.
    settings.CACHES = cache_settings(DEAD_REDIS)

    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "unavailable"},
    }
