"""The admin pages an editor uses load, and save every language of a page."""

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from campaign.models import FilmPage, Market, Quote, Statistic
from tests.factories import (
    AthleteStoryPageFactory,
    FilmPageFactory,
    QuoteFactory,
    StatisticFactory,
)


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def campaign_pages(film_index, story_index):
    return {
        "home": film_index.get_parent().specific,
        "film_index": film_index,
        "film": FilmPageFactory(parent=film_index),
        "story_index": story_index,
        "story": AthleteStoryPageFactory(parent=story_index),
    }


def test_dashboard_and_explorer_load_for_an_editor(editor_client, campaign_pages):
    assert editor_client.get(reverse("wagtailadmin_home")).status_code == 200
    home = campaign_pages["home"]
    assert editor_client.get(reverse("wagtailadmin_explore", args=[home.pk])).status_code == 200


@pytest.mark.parametrize("name", ["home", "film_index", "film", "story_index", "story"])
def test_edit_view_loads_for_each_page_type(editor_client, campaign_pages, name):
    page = campaign_pages[name]

    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    # Every language of a translated field is offered for editing.
    html = response.content.decode()
    for suffix in ("en", "zh_hans", "ja", "ko", "en_gb"):
        assert f'name="title_{suffix}"' in html


def test_add_film_form_loads(editor_client, campaign_pages):
    url = reverse(
        "wagtailadmin_pages:add", args=["campaign", "filmpage", campaign_pages["film_index"].pk]
    )
    assert editor_client.get(url).status_code == 200


@pytest.mark.parametrize("model", [Quote, Statistic, Market])
def test_snippet_list_and_edit_views_load(editor_client, markets, model):
    instance = {Quote: QuoteFactory, Statistic: StatisticFactory}.get(
        model, lambda: markets["jp"]
    )()
    opts = model._meta

    index = reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:list")
    edit = reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[instance.pk])

    assert editor_client.get(index).status_code == 200
    assert editor_client.get(edit).status_code == 200


def test_market_prefix_cannot_change_once_created(editor_client, markets):
    market = markets["jp"]
    url = reverse("wagtailsnippets_campaign_market:edit", args=[market.pk])

    response = editor_client.post(
        url,
        {
            "code": "jp",
            "url_prefix": "japan",
            "name_en": "Japan",
            "language": "ja",
            "time_zone": "Asia/Tokyo",
            "is_active": "on",
            "fallback_policy": "source",
            "sort_order": 1,
        },
    )

    assert response.status_code == 200
    assert "cannot change" in response.content.decode()
    market.refresh_from_db()
    assert market.url_prefix == "jp"


def test_publishing_a_film_from_the_admin_saves_every_language(editor_client, campaign_pages):
    film = campaign_pages["film"]
    url = reverse("wagtailadmin_pages:edit", args=[film.pk])
    form = editor_client.get(url).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        data[name] = value
    data.update(
        {
            "title_en": "The rower",
            "title_ja": "漕ぎ手",
            "slug_ja": "漕ぎ手",
            "logline_ja": "小さな決断が大きな違いを生む。",
            "action-publish": "publish",
        }
    )
    data = _formset_management(data, form)

    response = editor_client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    film = FilmPage.objects.get(pk=film.pk)
    assert film.title_en == "The rower"
    assert film.title_ja == "漕ぎ手"
    assert film.logline_ja == "小さな決断が大きな違いを生む。"


def _formset_management(data, form):
    for prefix in form.formsets:
        data[f"{prefix}-TOTAL_FORMS"] = 0
        data[f"{prefix}-INITIAL_FORMS"] = 0
        data[f"{prefix}-MIN_NUM_FORMS"] = 0
        data[f"{prefix}-MAX_NUM_FORMS"] = 1000
    return {key: value for key, value in data.items() if not isinstance(value, list | dict)}
