"""Logs are JSON lines, and every line of a request carries that request's id."""

import io
import json
import logging
import logging.config

from django.db import OperationalError, connection
from django.test import Client

import pytest

from campaign.platform.logging import JsonFormatter, RequestIdFilter, json_logging


@pytest.fixture
def log_lines():
    """What the root logger writes during the test, one parsed JSON object a line."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)
        root.setLevel(previous_level)


def test_each_response_carries_a_new_request_id(home, client):
    first = client.get("/jp/")["X-Request-ID"]
    second = client.get("/jp/")["X-Request-ID"]

    assert len(first) == 32
    assert first != second


def test_a_request_id_from_the_load_balancer_is_kept(home, client):
    response = client.get("/jp/", HTTP_X_REQUEST_ID="lb-4f2a9c1e-77")

    assert response["X-Request-ID"] == "lb-4f2a9c1e-77"


@pytest.mark.parametrize("forged", ["short", "a" * 200, "id\nfake log line", "<script>id</script>"])
def test_a_malformed_request_id_is_replaced(home, client, forged):
    response = client.get("/jp/", HTTP_X_REQUEST_ID=forged)

    assert response["X-Request-ID"] != forged
    assert len(response["X-Request-ID"]) == 32


def test_each_request_is_logged_as_one_json_line_with_its_id(home, client, log_lines):
    response = client.get("/jp/")

    [line] = [entry for entry in log_lines() if entry["logger"] == "campaign.requests"]
    assert line["request_id"] == response["X-Request-ID"]
    assert line["method"] == "GET"
    assert line["path"] == "/jp/"
    assert line["status"] == 200
    assert line["level"] == "INFO"
    assert isinstance(line["duration_ms"], float)


def test_an_error_is_logged_with_its_traceback_and_request_id(home, log_lines):
    def database_down(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    with connection.execute_wrapper(database_down):
        response = Client(raise_request_exception=False).get("/jp/")

    errors = [entry for entry in log_lines() if entry["level"] == "ERROR"]
    assert errors
    assert all(entry["request_id"] == response["X-Request-ID"] for entry in errors)
    assert any("OperationalError" in entry.get("exception", "") for entry in errors)


def test_the_production_logging_setting_writes_json_lines():
    config = json_logging("INFO")
    stream = io.StringIO()
    config["handlers"]["console"]["stream"] = stream
    # Applied to one logger of the test's own, so the test run's logging stays as it was.
    config["loggers"] = {"campaign.test": {**config.pop("root"), "propagate": False}}
    logging.config.dictConfig(config)

    logging.getLogger("campaign.test").warning("Disk %s is full", "media", extra={"free": 0})

    entry = json.loads(stream.getvalue().splitlines()[-1])
    assert entry["message"] == "Disk media is full"
    assert entry["free"] == 0
    assert entry["logger"] == "campaign.test"
    assert entry["level"] == "WARNING"
