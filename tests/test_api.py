"""The read-only API gives a market only what it runs, in its language; drafts never leak."""

from datetime import timedelta

from django.utils import timezone

import pytest

from campaign.models import PageMarketSchedule
from tests.factories import (
    AthleteStoryPageFactory,
    FilmCaptionFactory,
    FilmPageFactory,
    FilmRunFactory,
    QuoteFactory,
    StatisticFactory,
    VideoFactory,
)


def items(client, endpoint, market, **params):
    response = client.get(f"/api/v2/{endpoint}/", {"market": market, **params})
    assert response.status_code == 200, response.content
    return response.json()["items"]


@pytest.fixture
def films(film_index, markets):
    everywhere = FilmPageFactory(
        parent=film_index,
        title="Manifesto",
        title_ja="マニフェスト",
        title_ko="매니페스토",
        logline_ja="小さな瞬間の映像。",
        logline_ko="작은 순간의 영상.",
        video=VideoFactory(),
        embed_url="",
    )
    FilmCaptionFactory(film=everywhere, language="ja")
    FilmRunFactory(film=everywhere, channel="tv", market=markets["cn"])
    FilmRunFactory(film=everywhere, channel="online", market=None)
    only_japan = FilmPageFactory(parent=film_index, title="Only Japan", markets=[markets["jp"]])
    draft = FilmPageFactory(parent=film_index, title="Draft film", live=False)
    return everywhere, only_japan, draft


def test_the_market_parameter_is_required(client, home):
    response = client.get("/api/v2/films/")

    assert response.status_code == 400
    assert "market parameter is required" in response.json()["message"]
    assert "jp" in response.json()["message"]


def test_an_unknown_market_is_a_clear_error(client, home):
    response = client.get("/api/v2/pages/", {"market": "<xx>"})

    assert response.status_code == 400


def test_films_in_japan_are_in_japanese_and_only_those_running_there(client, films):
    everywhere, only_japan, draft = films

    japan = {item["title"] for item in items(client, "films", "jp")}
    us = {item["title"] for item in items(client, "films", "us")}

    assert japan == {"マニフェスト", "Only Japan"}
    assert us == {"Manifesto"}


def test_film_detail_has_video_captions_and_the_market_channels(client, films):
    everywhere, *_ = films

    china = client.get(f"/api/v2/films/{everywhere.pk}/", {"market": "cn"}).json()
    japan = client.get(f"/api/v2/films/{everywhere.pk}/", {"market": "jp"}).json()

    assert sorted(china["channels"]) == ["online", "tv"]
    assert japan["channels"] == ["online"]
    assert japan["logline"] == "小さな瞬間の映像。"
    assert japan["video"]["url"].startswith("http://testserver/media/")
    assert japan["captions"][0]["language"] == "ja"
    assert japan["meta"]["html_url"].endswith("/jp/films/" + everywhere.slug + "/")


def test_unavailable_and_draft_pages_are_404_in_detail(client, films):
    everywhere, only_japan, draft = films

    assert client.get(f"/api/v2/films/{only_japan.pk}/", {"market": "us"}).status_code == 404
    assert client.get(f"/api/v2/pages/{only_japan.pk}/", {"market": "us"}).status_code == 404
    assert client.get(f"/api/v2/pages/{draft.pk}/", {"market": "jp"}).status_code == 404
    assert client.get(f"/api/v2/pages/{only_japan.pk}/", {"market": "jp"}).status_code == 200


def test_pages_listing_never_shows_drafts_or_other_markets(client, films):
    titles = {item["title"] for item in items(client, "pages", "us", limit=20)}

    assert "Manifesto" in titles
    assert "Draft film" not in titles
    assert "Only Japan" not in titles


def test_untranslated_items_stay_hidden_where_the_market_hides_them(client, films):
    korea = {item["title"] for item in items(client, "films", "kr")}

    assert korea == {"매니페스토"}


def test_pages_before_go_live_are_left_out(client, films, markets):
    everywhere, *_ = films
    PageMarketSchedule.objects.create(
        page=everywhere, market=markets["us"], go_live_at=timezone.now() + timedelta(hours=1)
    )

    assert items(client, "films", "us") == []


def test_stories_endpoint_serves_the_market_language(client, story_index, markets):
    AthleteStoryPageFactory(
        parent=story_index, title="Ice Lions", title_ja="アイスライオンズ", summary_ja="氷の上で。"
    )

    (story,) = items(client, "stories", "jp", fields="summary")

    assert story["title"] == "アイスライオンズ"
    assert story["summary"] == "氷の上で。"


def test_quotes_drafts_and_other_markets_never_leak(client, markets):
    QuoteFactory(text="Published everywhere", text_ja="どこでも")
    QuoteFactory(text="Only China", markets=[markets["cn"]])
    QuoteFactory(text="A draft", live=False)

    japan = {item["text"] for item in items(client, "quotes", "jp")}
    china = {item["text"] for item in items(client, "quotes", "cn")}

    assert japan == {"どこでも"}
    assert china == {"Published everywhere", "Only China"}


def test_statistics_in_the_market_language(client, markets):
    StatisticFactory(label="of companies are small", label_ko="의 기업은 작은 기업")

    (statistic,) = items(client, "statistics", "kr")

    assert statistic["label"] == "의 기업은 작은 기업"
    assert statistic["figure"] == "97%"


@pytest.mark.parametrize(
    "params",
    [
        {"search": "small"},
        {"limit": "many"},
        {"offset": "-1"},
        {"order": "secret"},
        {"type": "stories.AthleteStoryPage"},
        {"x": "1"},
    ],
)
def test_bad_parameters_are_clear_errors_not_crashes(client, films, params):
    response = client.get("/api/v2/films/", {"market": "us", **params})

    assert response.status_code == 400
    assert response.json()["message"]


def test_the_api_only_reads(client, films):
    everywhere, *_ = films

    response = client.post(f"/api/v2/films/{everywhere.pk}/?market=us", {"title": "x"})

    assert response.status_code == 405


def test_pages_can_be_narrowed_to_a_type_within_the_market(client, films, story_index):
    AthleteStoryPageFactory(parent=story_index, title="Ice Lions")

    titles = {item["title"] for item in items(client, "pages", "us", type="campaign.FilmPage")}

    assert titles == {"Manifesto"}
