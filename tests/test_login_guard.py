"""The admin login resists password guessing, and passwords must be strong."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

import pytest
import time_machine

from campaign.platform.security import client_ip

PASSWORD = "a long and unusual passphrase"


@pytest.fixture
def editor_account(db):
    return get_user_model().objects.create_user("guarded", "g@example.com", PASSWORD)


def sign_in(client, password, address="203.0.113.7"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": "guarded", "password": password},
        REMOTE_ADDR=address,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def test_wrong_passwords_are_refused_with_the_login_form(editor_account, settings):
    client = Client()

    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "guess")
        assert response.status_code == 200
        assert not signed_in(client)


def test_the_account_is_locked_after_repeated_failures(editor_account, settings):
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "guess")

    # Even the right password is refused while the lock lasts.
    response = sign_in(client, PASSWORD)

    assert response.status_code == 429
    assert "Sign-in paused" in response.content.decode()
    assert "15 minutes" in response.content.decode()
    assert not signed_in(client)


def test_the_lock_is_for_that_address_only(editor_account, settings):
    # Locking the username everywhere would let anyone lock an editor out.
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client(), "guess", address="203.0.113.7")

    client = Client()
    response = sign_in(client, PASSWORD, address="198.51.100.20")

    assert response.status_code == 302
    assert signed_in(client)


def test_the_lock_ends_after_the_cool_off(editor_account, settings):
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "guess")

    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        response = sign_in(client, PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_behind_the_load_balancer_the_visitor_address_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9"
    )

    # The entry the load balancer wrote, not one the client made up before it.
    assert client_ip(request) == "198.51.100.9"


def test_without_proxies_a_forged_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.9", HTTP_X_FORWARDED_FOR="1.2.3.4")

    assert client_ip(request) == "198.51.100.9"


@pytest.mark.parametrize("weak", ["password", "12345678", "short", "guarded1"])
def test_weak_passwords_are_refused(editor_account, weak):
    with pytest.raises(ValidationError):
        validate_password(weak, user=editor_account)
