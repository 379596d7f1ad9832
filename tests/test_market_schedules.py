"""Per-market go-live and expiry, across midnight and daylight-saving changes."""

from datetime import UTC, datetime

import pytest
import time_machine

from campaign.markets.availability import filter_available, is_available
from campaign.models import FilmPage, PageMarketSchedule, Quote, QuoteMarketSchedule
from campaign.workflow.schedule_forms import from_market_wall_time, to_market_wall_time
from tests.factories import FilmPageFactory, QuoteFactory

TOKYO_MIDNIGHT = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # 1 December 00:00 in Tokyo
LONDON_MIDNIGHT = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)  # 1 December 00:00 in London


@pytest.fixture
def launch_film(film_index, markets):
    """A film that goes live at local midnight on 1 December in Tokyo and in London."""
    film = FilmPageFactory(parent=film_index, title="Launch film", slug="launch-film")
    for code, moment in (("jp", TOKYO_MIDNIGHT), ("uk", LONDON_MIDNIGHT)):
        PageMarketSchedule.objects.create(page=film, market=markets[code], go_live_at=moment)
    return film


def test_film_goes_live_in_tokyo_while_it_is_still_the_day_before_in_london(client, launch_film):
    with time_machine.travel(datetime(2026, 11, 30, 16, 0, tzinfo=UTC), tick=False):
        assert client.get("/jp/films/launch-film/").status_code == 200
        assert client.get("/uk/films/launch-film/").status_code == 404
        assert "Launch film" in client.get("/jp/films/").content.decode()
        assert "Launch film" not in client.get("/uk/films/").content.decode()
        # Markets without a schedule follow publishing alone.
        assert client.get("/us/films/launch-film/").status_code == 200


def test_film_is_404_one_minute_before_local_midnight_and_live_at_it(client, launch_film):
    with time_machine.travel(datetime(2026, 11, 30, 14, 59, tzinfo=UTC), tick=False):
        assert client.get("/jp/films/launch-film/").status_code == 404
    with time_machine.travel(TOKYO_MIDNIGHT, tick=False):
        assert client.get("/jp/films/launch-film/").status_code == 200
    with time_machine.travel(LONDON_MIDNIGHT, tick=False):
        assert client.get("/uk/films/launch-film/").status_code == 200


@pytest.mark.parametrize("code", ["cn", "jp", "kr", "us", "uk"])
def test_expiry_hides_the_film_in_each_market_at_its_own_local_time(code, film_index, markets):
    market = markets[code]
    film = FilmPageFactory(parent=film_index, **{f"title_{market.language.replace('-', '_')}": "t"})
    film.logline_ko = "로그라인"
    film.save()
    local_midnight = datetime(2026, 12, 24, 0, 0, tzinfo=market.tzinfo)
    PageMarketSchedule.objects.create(page=film, market=market, expire_at=local_midnight)
    films = FilmPage.objects.live()

    with time_machine.travel(local_midnight.timestamp() - 60, tick=False):
        assert is_available(film, market)
        assert film in filter_available(films, market)
    with time_machine.travel(local_midnight.timestamp(), tick=False):
        film = FilmPage.objects.get(pk=film.pk)
        assert not is_available(film, market)
        assert film not in filter_available(films, market)


def test_london_go_live_across_the_end_of_summer_time(film_index, markets):
    uk = markets["uk"]
    # British Summer Time ends at 01:00 UTC on 25 October 2026.
    before = from_market_wall_time(datetime(2026, 10, 24, 9, 0), uk)
    after = from_market_wall_time(datetime(2026, 10, 25, 9, 0), uk)

    assert before == datetime(2026, 10, 24, 8, 0, tzinfo=UTC)
    assert after == datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
    assert to_market_wall_time(after, uk) == datetime(2026, 10, 25, 9, 0)

    film = FilmPageFactory(parent=film_index)
    PageMarketSchedule.objects.create(page=film, market=uk, go_live_at=after)
    with time_machine.travel(datetime(2026, 10, 25, 8, 30, tzinfo=UTC), tick=False):
        assert not is_available(FilmPage.objects.get(pk=film.pk), uk)
    with time_machine.travel(datetime(2026, 10, 25, 9, 0, tzinfo=UTC), tick=False):
        assert is_available(FilmPage.objects.get(pk=film.pk), uk)


def test_new_york_go_live_across_the_end_of_daylight_time(markets):
    us = markets["us"]
    # Eastern Daylight Time ends on 1 November 2026: 09:00 is 13:00 UTC before, 14:00 after.
    assert from_market_wall_time(datetime(2026, 10, 31, 9, 0), us).astimezone(UTC).hour == 13
    assert from_market_wall_time(datetime(2026, 11, 1, 9, 0), us).astimezone(UTC).hour == 14


def test_scheduled_quote_is_absent_before_its_go_live(markets):
    quote = QuoteFactory(text="Soon in Japan", text_ko="곧")
    QuoteMarketSchedule.objects.create(quote=quote, market=markets["jp"], go_live_at=TOKYO_MIDNIGHT)

    with time_machine.travel(datetime(2026, 11, 30, 12, 0, tzinfo=UTC), tick=False):
        assert quote not in filter_available(Quote.objects.all(), markets["jp"])
        assert quote in filter_available(Quote.objects.all(), markets["kr"])
    with time_machine.travel(TOKYO_MIDNIGHT, tick=False):
        assert quote in filter_available(Quote.objects.all(), markets["jp"])


def test_unpublished_page_stays_hidden_whatever_its_market_schedule(film_index, markets):
    film = FilmPageFactory(parent=film_index, live=False)
    PageMarketSchedule.objects.create(
        page=film, market=markets["jp"], go_live_at=datetime(2020, 1, 1, tzinfo=UTC)
    )

    assert not is_available(film, markets["jp"])
