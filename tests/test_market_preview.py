"""Wagtail's preview offers one mode per market, rendered as that market's visitors see it."""

from datetime import UTC, datetime

import time_machine

from campaign.models import PageMarketSchedule
from tests.factories import FilmPageFactory, QuoteFactory


def test_preview_offers_one_mode_per_active_market(film_index, markets):
    film = FilmPageFactory(parent=film_index)

    assert [code for code, _name in film.preview_modes] == ["cn", "jp", "kr", "us", "uk"]


def test_preview_renders_the_draft_in_the_market_language_with_a_go_live_banner(
    film_index, markets
):
    film = FilmPageFactory(parent=film_index, title="Rower", title_ja="漕ぎ手")
    PageMarketSchedule.objects.create(
        page=film, market=markets["jp"], go_live_at=datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    )

    with time_machine.travel(datetime(2026, 11, 27, tzinfo=UTC), tick=False):
        response = film.make_preview_request(preview_mode="jp")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ja">' in html
    assert "漕ぎ手" in html
    assert "2026" in html and "JST" in html


def test_preview_in_a_market_that_hides_untranslated_items_says_so(film_index, markets):
    film = FilmPageFactory(parent=film_index, title="Rower")

    html = film.make_preview_request(preview_mode="kr").content.decode()

    assert '<html lang="ko">' in html
    assert "Rower" in html


def test_quote_preview_shows_the_market_language(markets):
    quote = QuoteFactory(text="Small can be calculated.", text_ja="小さなことは計算できる。")

    html = quote.make_preview_request(preview_mode="jp").content.decode()

    assert '<html lang="ja">' in html
    assert "小さなことは計算できる。" in html


def test_preview_opens_in_the_first_market_the_film_runs_in(film_index, markets):
    film = FilmPageFactory(parent=film_index, markets=[markets["us"], markets["jp"]])

    assert film.default_preview_mode == "jp"


def test_preview_of_a_film_that_runs_everywhere_opens_in_the_first_market(film_index, markets):
    film = FilmPageFactory(parent=film_index)

    assert film.default_preview_mode == "cn"


def test_a_preview_carries_no_policy_of_its_own_for_the_admin_to_replace(film_index, markets):
    # The admin's preview view sets its own policy (framing by the editor allowed) only
    # when the stand-in request for the public page has not set the public one.
    film = FilmPageFactory(parent=film_index)

    response = film.make_preview_request(preview_mode="jp")

    assert "Content-Security-Policy" not in response.headers
