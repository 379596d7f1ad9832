"""Security headers on public pages and in the admin, and pages that keep to their policy."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

import pytest

from campaign.settings.security import FILM_EMBED_ORIGINS
from tests.content_policy import parse_policy, policy_violations
from tests.factories import QuoteFactory
from tests.full_campaign import build_campaign


@pytest.fixture
def campaign(home, film_index, story_index):
    return build_campaign(home, film_index, story_index, "To the greatness of small")


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_superuser("header-editor", "h@example.com", "pw")
    client = Client()
    client.force_login(user)
    return client


def public_urls(campaign):
    return [
        campaign["home"].url,
        campaign["film_index"].url,
        campaign["film"].url,
        campaign["story_index"].url,
        campaign["story"].url,
        "/us/search/?q=small",
    ]


def test_public_pages_get_a_strict_content_security_policy(campaign, client):
    response = client.get("/us/")

    policy = parse_policy(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert sorted(policy["frame-src"]) == sorted(FILM_EMBED_ORIGINS)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert "nonce-" not in response["Content-Security-Policy"]


def test_a_page_served_from_the_cache_keeps_the_policy_it_was_rendered_with(
    campaign, client, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    rendered = client.get("/us/")
    served = client.get("/us/")
    missing = client.get("/us/no-such-page/")

    assert (rendered["X-Page-Cache"], served["X-Page-Cache"]) == ("miss", "hit")
    assert served["Content-Security-Policy"] == rendered["Content-Security-Policy"]
    assert parse_policy(served["Content-Security-Policy"])["script-src"] == ["'self'"]
    assert served["ETag"] == rendered["ETag"]
    assert parse_policy(missing["Content-Security-Policy"])["default-src"] == ["'self'"]


def test_public_pages_get_the_other_security_headers(campaign, client):
    response = client.get("/us/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    assert "fullscreen=(self)" in permissions


@pytest.mark.parametrize("market", ["cn", "jp", "kr", "us", "uk"])
def test_every_public_page_keeps_to_its_policy(campaign, client, market):
    urls = [url.replace("/us/", f"/{market}/", 1) for url in public_urls(campaign)]
    for url in [*urls, f"/{market}/no-such-page/"]:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        violations = policy_violations(
            response.content.decode(), response["Content-Security-Policy"]
        )
        assert not violations, f"{url}: {violations}"


def test_the_editor_bar_on_public_pages_loads_its_scripts_from_the_site(campaign, editor):
    response = editor.get("/us/")

    html = response.content.decode()
    assert "wagtail-userbar" in html
    violations = policy_violations(html, response["Content-Security-Policy"])
    assert not [v for v in violations if "script" in v or "event handler" in v]


def admin_urls(campaign):
    quote = QuoteFactory()
    film = campaign["film"]
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[campaign["home"].pk]),
        reverse("wagtailadmin_pages:edit", args=[campaign["home"].pk]),
        reverse("wagtailadmin_pages:edit", args=[film.pk]),
        reverse("wagtailadmin_pages:edit", args=[campaign["story"].pk]),
        reverse("wagtailadmin_pages:add", args=["campaign", "filmpage", campaign["film_index"].pk]),
        reverse("wagtailadmin_pages:history", args=[film.pk]),
        reverse("wagtailsnippets_campaign_quote:list"),
        reverse("wagtailsnippets_campaign_quote:edit", args=[quote.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtailimages:edit", args=[campaign["image"].pk]),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtailmedia:index"),
        reverse("wagtailmedia:add", args=["video"]),
        reverse("wagtailusers_users:index"),
    ]


def test_admin_pages_load_under_a_policy_that_allows_what_they_use(campaign, editor):
    for url in admin_urls(campaign):
        response = editor.get(url)
        assert response.status_code == 200, url
        header = response["Content-Security-Policy"]
        policy = parse_policy(header)
        # Looser than the public policy, but nothing from other origins.
        assert policy["default-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]
        violations = policy_violations(response.content.decode(), header)
        assert not violations, f"{url}: {violations}"


def test_the_admin_login_page_loads_under_the_admin_policy(db, client):
    response = client.get(reverse("wagtailadmin_login"))

    assert response.status_code == 200
    assert "'unsafe-inline'" in parse_policy(response["Content-Security-Policy"])["script-src"]
    assert not policy_violations(response.content.decode(), response["Content-Security-Policy"])


def test_previews_may_be_framed_by_the_admin_only(campaign, editor):
    film = campaign["film"]
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[film.pk])
    form = editor.get(reverse("wagtailadmin_pages:edit", args=[film.pk]))
    assert form.status_code == 200

    response = editor.get(url, {"mode": "us"})

    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert parse_policy(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
