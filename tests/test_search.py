"""Search in each market: what it runs, in its language, ranked, with highlighted excerpts."""

import json
from io import StringIO

from django.core.management import call_command
from django.db import connection

import pytest

from campaign.markets.cjk import cjk_bigrams
from campaign.site.search.text import index_query, query_terms
from campaign.site.search.text_configs import text_config
from tests.factories import AthleteStoryPageFactory, FilmPageFactory


def paragraphs(*texts):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts])


def update_index():
    # Wagtail indexes a saved page once its transaction commits; a test's never does.
    call_command("update_index", stdout=StringIO())


def results(client, prefix, query):
    update_index()
    response = client.get(f"/{prefix}/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def ice_lions(story_index):
    """A story whose Chinese, Japanese and Korean bodies hold words inside long runs."""
    return AthleteStoryPageFactory(
        parent=story_index,
        title="Kenya Ice Lions",
        title_zh_hans="肯尼亚冰狮队",
        title_ja="ケニア・アイスライオンズ",
        title_ko="케냐 아이스 라이온스",
        summary="A team that learned on a tiny rink.",
        summary_zh_hans="一支在小冰场上学会打球的队伍。",
        summary_ja="小さなリンクで学んだチーム。",
        summary_ko="작은 링크에서 배운 팀.",
        body=paragraphs("The players practised on a rink far smaller than regulation size."),
        body_zh_hans=paragraphs("肯尼亚第一支冰球队在内罗毕的一块小冰场上学会了这项运动。"),
        body_ja=paragraphs(
            "ケニア初のアイスホッケーチームはナイロビの小さな氷上で競技を覚えました。"
        ),
        body_ko=paragraphs(
            "케냐 최초의 아이스하키 선수들이 나이로비의 작은 빙판에서 경기를 배웠습니다."
        ),
    )


@pytest.mark.parametrize(
    ("prefix", "word"),
    [("cn", "冰球"), ("cn", "内罗"), ("jp", "氷上"), ("jp", "ナイロビ"), ("kr", "선수")],
)
def test_a_cjk_word_inside_a_longer_run_finds_the_story(client, ice_lions, prefix, word):
    html = results(client, prefix, word)

    assert ice_lions.title_zh_hans in html or ice_lions.title_ja in html or "케냐" in html
    assert f"<mark>{word}</mark>" in html


def test_a_word_only_in_another_language_is_not_a_result(client, ice_lions):
    # 冰球 is in the Chinese text only: the Japanese site reads the Japanese text.
    assert "ケニア・アイスライオンズ" not in results(client, "jp", "冰球")
    assert "肯尼亚冰狮队" in results(client, "cn", "冰球")


def test_results_are_in_the_market_language(client, ice_lions):
    html = results(client, "jp", "ケニア")

    assert "ケニア・アイスライオンズ" in html
    assert "Kenya Ice Lions" not in html
    assert '<html lang="ja">' in html


def test_english_search_highlights_the_words_in_an_excerpt(client, ice_lions):
    html = results(client, "us", "rink")

    assert "Kenya Ice Lions" in html
    assert "<mark>rink</mark>" in html


def test_a_story_not_running_in_the_market_is_not_found(client, story_index, markets):
    AthleteStoryPageFactory(
        parent=story_index, title="Tonga on snow", markets=[markets["jp"]], summary="Snow skier."
    )

    assert "Tonga on snow" not in results(client, "us", "Tonga")
    assert "Tonga on snow" in results(client, "jp", "Tonga")


def test_drafts_are_not_found(client, story_index):
    AthleteStoryPageFactory(parent=story_index, title="Secret bobsleigh", live=False)

    assert "Secret bobsleigh" not in results(client, "us", "bobsleigh")


def test_untranslated_story_is_not_found_where_the_market_hides_it(client, story_index):
    AthleteStoryPageFactory(parent=story_index, title="Curling crew", summary="Curling crew.")

    assert "Curling crew" in results(client, "jp", "curling")  # Japan shows the source text
    assert "Curling crew" not in results(client, "kr", "curling")  # Korea hides it


def test_a_match_in_the_title_ranks_above_one_in_the_body(client, story_index, film_index):
    AthleteStoryPageFactory(
        parent=story_index,
        title="A small rink",
        summary="Ducks on the river.",
        body=paragraphs("Nothing else."),
    )
    FilmPageFactory(parent=film_index, title="The rower", logline="Ducks on the rink path.")

    html = results(client, "us", "rink")

    assert html.index("A small rink") < html.index("The rower")


def test_films_are_found_by_their_transcript(client, film_index):
    FilmPageFactory(
        parent=film_index,
        title="Manifesto",
        title_ja="マニフェスト",
        logline_ja="小さな行動の映像。",
        transcript_ja="ナレーション：小さな一歩が新しい記録を生む。",
    )

    html = results(client, "jp", "記録")

    assert "マニフェスト" in html
    assert "<mark>記録</mark>" in html


@pytest.mark.parametrize(
    "query",
    ['"unterminated', "rink*", "(rink OR", "NOT", "a:b", "%", "'; DROP TABLE x; --", "ｒｉｎｋ"],
)
def test_search_syntax_in_a_query_is_only_text(client, ice_lions, query):
    html = results(client, "us", query)

    assert "Search" in html


def test_a_query_without_words_gets_a_clear_message(client, home):
    html = results(client, "us", "!!! ???")

    assert "Enter a word to search for." in html


def test_an_overlong_query_gets_a_clear_message(client, home):
    html = results(client, "us", "small " * 40)

    assert "Ensure this value has at most 100 characters" in html


def test_bad_page_numbers_show_the_last_or_first_page(client, ice_lions):
    update_index()
    for page in ("abc", "999", "-1"):
        response = client.get("/us/search/", {"q": "rink", "page": page})
        assert response.status_code == 200
        assert "Kenya Ice Lions" in response.content.decode()


def test_search_outside_a_market_is_404(client, home):
    assert client.get("/search/", {"q": "rink"}).status_code == 404


def test_search_page_is_not_indexed_by_search_engines(client, home):
    assert '<meta name="robots" content="noindex, follow">' in results(client, "us", "x")


def test_english_is_stemmed_on_postgresql(client, story_index):
    if connection.vendor != "postgresql":
        pytest.skip("Stemming is PostgreSQL's English text configuration.")
    AthleteStoryPageFactory(parent=story_index, title="Speed", summary="She skates faster.")

    assert "Speed" in results(client, "us", "skating")


def test_each_language_has_its_text_configuration():
    assert text_config("en") == text_config("en-gb") == "english"
    assert {text_config("ja"), text_config("zh-hans"), text_config("ko")} == {"simple"}


def test_cjk_runs_are_indexed_and_queried_as_bigrams():
    assert cjk_bigrams("在内罗毕的小冰场") == "在内 内罗 罗毕 毕的 的小 小冰 冰场"
    assert index_query(query_terms("冰球 Kenya")) == "冰球 kenya"
    assert index_query(query_terms("小さなリンク")) == "小さ さな なリ リン ンク"
    assert index_query(query_terms("氷")) == ""


def test_a_single_cjk_character_is_found_too(client, ice_lions):
    html = results(client, "jp", "氷")

    assert "ケニア・アイスライオンズ" in html
    assert "<mark>氷</mark>" in html


def test_excerpts_keep_the_text_as_written(client, story_index):
    AthleteStoryPageFactory(
        parent=story_index,
        title="Ice",
        title_zh_hans="冰",
        summary_zh_hans="他们终于，站上了标准冰场（真的）。",
    )

    assert "他们终于，站上了<mark>标准</mark>冰场（真的）。" in results(client, "cn", "标准")


def test_full_width_and_capital_letters_match(client, ice_lions):
    assert "<mark>rink</mark>" in results(client, "us", "ＲＩＮＫ")
