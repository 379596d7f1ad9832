"""Visitors never see drafts, previews, revisions, private or unavailable items, or admin data.

Each hidden thing carries a word of its own; no public page, search result, API answer
or sitemap may contain it.
"""

from datetime import timedelta
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from campaign.models import HomePageQuote, PageMarketSchedule
from tests.factories import AthleteStoryPageFactory, FilmPageFactory, QuoteFactory

SECRET_WORDS = {
    "draft": "Zanzibarian",
    "draft_change": "Quetzalcoatl",
    "private": "Xylophonist",
    "future": "Wolframite",
    "expired": "Vermiculite",
    "other_market": "Ultramarine",
    "quote_draft": "Tourmaline",
    "quote_change": "Sassafrasian",
}


@pytest.fixture
def hidden(film_index, story_index, markets):
    """A public film, a story, and one hidden item of each kind."""
    home = film_index.get_parent().specific
    public = FilmPageFactory(parent=film_index, title="Public rower", slug="public")

    draft = FilmPageFactory(parent=film_index, title=SECRET_WORDS["draft"], slug="draft")
    draft.unpublish()

    changed = FilmPageFactory(parent=film_index, title="Rowing", slug="changed")
    changed.title_en = SECRET_WORDS["draft_change"]
    changed.save_revision()  # saved as a draft, never published

    private = FilmPageFactory(parent=film_index, title=SECRET_WORDS["private"], slug="private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    now = timezone.now()
    future = AthleteStoryPageFactory(
        parent=story_index, title=SECRET_WORDS["future"], slug="future"
    )
    expired = AthleteStoryPageFactory(
        parent=story_index, title=SECRET_WORDS["expired"], slug="expired"
    )
    for market in markets.values():
        PageMarketSchedule.objects.create(
            page=future, market=market, go_live_at=now + timedelta(days=3)
        )
        PageMarketSchedule.objects.create(
            page=expired, market=market, expire_at=now - timedelta(days=3)
        )

    AthleteStoryPageFactory(
        parent=story_index,
        title=SECRET_WORDS["other_market"],
        slug="elsewhere",
        markets=[markets["cn"]],
    )

    quote_draft = QuoteFactory(text=SECRET_WORDS["quote_draft"], live=False)
    quote = QuoteFactory(text="Small is mighty.")
    quote.text_en = SECRET_WORDS["quote_change"]
    quote.save_revision()
    for position, item in enumerate((quote_draft, quote)):
        HomePageQuote.objects.create(page=home, quote=item, sort_order=position)

    # Wagtail indexes pages once their transaction commits, which a test's never does.
    call_command("update_index", stdout=StringIO())
    return {"public": public, "draft": draft, "changed": changed, "private": private}


def public_answers(client):
    """Every public page, search, API listing and the sitemap, as an anonymous visitor."""
    urls = [
        "/jp/",
        "/jp/films/",
        "/jp/stories/",
        "/sitemap.xml",
        "/robots.txt",
        "/api/v2/pages/?market=jp",
        "/api/v2/films/?market=jp",
        "/api/v2/stories/?market=jp",
        "/api/v2/quotes/?market=jp",
        "/api/v2/statistics/?market=jp",
    ]
    # Words every film, story and quote has (the factories' texts): each hidden
    # item would be a result if search did not leave it out.
    urls += [
        f"/{market}/search/?q={word}"
        for market in ("jp", "us")
        for word in ("small", "action", "team", "rower")
    ]
    return {url: client.get(url) for url in urls}


def test_no_hidden_item_shows_anywhere_public(hidden, client):
    answers = public_answers(client)
    # The public film is found and listed everywhere: the lists are not simply empty.
    for url in ("/jp/films/", "/us/search/?q=rower", "/api/v2/films/?market=jp", "/sitemap.xml"):
        assert "public" in answers[url].content.decode().lower(), url

    for url, response in answers.items():
        assert response.status_code in (200, 400), url
        body = response.content.decode()
        for kind, word in SECRET_WORDS.items():
            assert word not in body, f"the {kind} item shows on {url}"


def test_hidden_pages_answer_404_or_ask_for_a_password(hidden, client):
    assert client.get("/jp/films/public/").status_code == 200
    assert client.get("/jp/films/draft/").status_code == 404
    assert client.get("/jp/stories/future/").status_code == 404
    assert client.get("/jp/stories/expired/").status_code == 404
    assert client.get("/jp/stories/elsewhere/").status_code == 404

    private = client.get("/jp/films/private/")
    assert SECRET_WORDS["private"] not in private.content.decode()
    assert private.status_code in (200, 401)


def test_the_live_version_is_shown_not_the_draft(hidden, client):
    body = client.get("/jp/films/changed/").content.decode()

    assert "Rowing" in body
    assert SECRET_WORDS["draft_change"] not in body


def test_hidden_pages_are_missing_from_the_api_detail_views(hidden, client):
    for name in ("draft", "private"):
        page = hidden[name]
        response = client.get(f"/api/v2/pages/{page.pk}/?market=jp")
        assert response.status_code == 404, name


def test_previews_revisions_and_the_admin_ask_anonymous_visitors_to_sign_in(hidden, client):
    film = hidden["changed"]
    quote = QuoteFactory()
    revision = film.latest_revision
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[film.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[film.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[film.pk, revision.pk]),
        reverse("wagtailadmin_pages:history", args=[film.pk]),
        reverse("wagtailsnippets_campaign_quote:preview_on_edit", args=[quote.pk]),
        reverse("wagtailsnippets_campaign_quote:history", args=[quote.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailusers_users:index"),
        "/admin/api/main/pages/",
    ]

    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url


def test_an_editor_without_admin_access_sees_no_admin_data(hidden):
    user = get_user_model().objects.create_user("visitor", "v@example.com", "pw")
    client = Client()
    client.force_login(user)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[hidden["changed"].pk]))

    assert response.status_code in (302, 403)
    assert SECRET_WORDS["draft_change"] not in response.content.decode()
