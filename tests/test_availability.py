"""An item limited to some markets is 404 elsewhere and absent from listings there."""

from campaign.markets.availability import filter_available, is_available
from campaign.models import HomePageQuote, Quote
from tests.factories import (
    AthleteStoryPageFactory,
    FilmPageFactory,
    FilmRunFactory,
    QuoteFactory,
    StatisticFactory,
)


def test_film_limited_to_japan_is_404_in_korea(client, film_index, markets):
    film = FilmPageFactory(parent=film_index, title="Kenya on ice", markets=[markets["jp"]])

    assert client.get(f"/jp/films/{film.slug}/").status_code == 200
    assert client.get(f"/kr/films/{film.slug}/").status_code == 404


def test_film_limited_to_japan_is_absent_from_the_korean_film_list(client, film_index, markets):
    FilmPageFactory(parent=film_index, title="Only in Japan", markets=[markets["jp"]])
    FilmPageFactory(
        parent=film_index, title="Everywhere", title_ko="Everywhere", logline_ko="어디에서나"
    )

    korean = client.get("/kr/films/").content.decode()
    japanese = client.get("/jp/films/").content.decode()

    assert "Everywhere" in korean
    assert "Only in Japan" not in korean
    assert "Only in Japan" in japanese


def test_story_not_running_in_china_is_404_there_and_missing_from_its_list(
    client, story_index, markets
):
    story = AthleteStoryPageFactory(
        parent=story_index, title="Tonga on snow", markets=[markets["jp"], markets["us"]]
    )

    assert client.get(f"/us/stories/{story.slug}/").status_code == 200
    assert client.get(f"/cn/stories/{story.slug}/").status_code == 404
    assert "Tonga on snow" not in client.get("/cn/stories/").content.decode()


def test_unpublished_page_is_404_in_every_market(client, film_index):
    film = FilmPageFactory(parent=film_index, live=False)

    for prefix in ("cn", "jp", "kr", "us", "uk"):
        assert client.get(f"/{prefix}/films/{film.slug}/").status_code == 404


def test_quote_limited_to_china_shows_only_on_the_chinese_home(client, home, markets):
    quote = QuoteFactory(text="Only for China", markets=[markets["cn"]])
    HomePageQuote.objects.create(page=home, quote=quote)

    assert "Only for China" in client.get("/cn/").content.decode()
    assert "Only for China" not in client.get("/us/").content.decode()


def test_statistic_limited_to_some_markets(markets):
    statistic = StatisticFactory(
        label_ko="의 기업이 작은 기업이다", markets=[markets["kr"], markets["uk"]]
    )

    assert is_available(statistic, markets["kr"])
    assert not is_available(statistic, markets["us"])


def test_filter_available_keeps_unlimited_and_matching_items(markets):
    everywhere = QuoteFactory()
    japan = QuoteFactory(markets=[markets["jp"]])
    QuoteFactory(markets=[markets["cn"]])

    available = set(filter_available(Quote.objects.all(), markets["jp"]))

    assert available == {everywhere, japan}


def test_film_index_filters_by_channel_in_the_market(client, film_index, markets):
    tv_in_china = FilmPageFactory(parent=film_index, title="Manifesto")
    FilmRunFactory(film=tv_in_china, channel="tv", market=markets["cn"])
    online = FilmPageFactory(parent=film_index, title="Rower")
    FilmRunFactory(film=online, channel="online", market=None)

    china_tv = client.get("/cn/films/?channel=tv").content.decode()
    us_tv = client.get("/us/films/?channel=tv").content.decode()

    assert "Manifesto" in china_tv
    assert "Rower" not in china_tv
    assert "Manifesto" not in us_tv


def test_unknown_channel_filter_is_a_clear_error_not_a_crash(client, film_index):
    FilmPageFactory(parent=film_index, title="Rower")

    response = client.get("/us/films/?channel=%3Cscript%3E&page=abc")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "Rower" in html
    assert "<script>" not in html
