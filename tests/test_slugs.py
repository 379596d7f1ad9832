"""Slugs are translated: each market reaches a page under its own language's slug."""

from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.admin.widgets.slug import SlugInput

import pytest

from campaign.markets.current import activate_market
from campaign.markets.languages import language_name
from campaign.translations.slugs import TranslatedSlugField, sibling_reached_at
from tests.factories import FilmPageFactory


def test_japanese_slug_routes_in_japan_and_english_slug_in_the_us(client, film_index, markets):
    film_index.slug_ja = "映像"
    film_index.save()
    film = FilmPageFactory(parent=film_index, slug="manifesto", slug_ja="マニフェスト")

    assert client.get("/jp/映像/マニフェスト/").status_code == 200
    assert client.get("/us/films/manifesto/").status_code == 200
    assert client.get("/jp/films/manifesto/").status_code == 404
    with activate_market(markets["jp"]):
        assert (
            film.url
            == "/jp/%E6%98%A0%E5%83%8F/%E3%83%9E%E3%83%8B%E3%83%95%E3%82%A7%E3%82%B9%E3%83%88/"
        )


def test_missing_slug_translation_falls_back_to_the_source_slug(client, film_index, markets):
    film = FilmPageFactory(parent=film_index, slug="rower")

    assert client.get("/cn/films/rower/").status_code == 200
    with translation.override("zh-hans"), activate_market(markets["cn"]):
        assert film.url == "/cn/films/rower/"


def test_market_switcher_links_each_market_under_its_own_slug(client, film_index):
    film = FilmPageFactory(
        parent=film_index,
        slug="rower",
        slug_ko="조정",
        title_ko="조정 선수",
        logline_ko="작은 결정",
    )

    html = client.get(f"/us/films/{film.slug}/").content.decode()

    assert 'href="/kr/films/%EC%A1%B0%EC%A0%95/"' in html
    assert 'href="/uk/films/rower/"' in html


def test_a_slug_is_taken_by_a_sibling_with_it_or_reached_at_it_by_fallback(film_index):
    page = FilmPageFactory(parent=film_index, slug="rower", slug_ja="ボート")
    named = FilmPageFactory(parent=film_index, slug="ice", slug_ja="氷")
    untranslated = FilmPageFactory(parent=film_index, slug="ducks", slug_ja="")

    assert sibling_reached_at(page, "ja", "氷").pk == named.pk
    # Visitors in Japan reach the untranslated sibling at its source slug.
    assert sibling_reached_at(page, "ja", "ducks").pk == untranslated.pk
    # A page's own slug is not taken from it.
    assert sibling_reached_at(page, "ja", "ボート") is None


def test_the_slug_field_refuses_a_slug_a_sibling_has_and_names_the_sibling(film_index):
    page = FilmPageFactory(parent=film_index, slug="rower", slug_ja="ボート")
    FilmPageFactory(parent=film_index, title="Ice", slug="ice", slug_ja="氷")
    field = TranslatedSlugField(page=page, language="ja")

    with pytest.raises(ValidationError) as refusal:
        field.clean("氷")

    assert refusal.value.code == "slug_in_use"
    assert refusal.value.messages == [
        f"The slug “氷” is already in use in {language_name('ja')} by “Ice”, a page under the "
        "same parent page."
    ]
    assert field.clean("ボート") == "ボート"
    assert field.clean("") == ""  # the source slug, as visitors in Japan reach it


def test_the_slug_field_is_wagtail_s_slug_input_and_may_be_left_empty(film_index):
    page = FilmPageFactory(parent=film_index, slug="rower", slug_ja="ボート")
    field = TranslatedSlugField(page=page, language="ja")

    assert (field.label, field.required, field.max_length) == ("Slug", False, 255)
    assert field.help_text == (
        "The last part of the page's address in this language. "
        "Leave it empty to use the source slug."
    )
    assert isinstance(field.widget, SlugInput) and field.initial == "ボート"
    assert field.widget.attrs["maxlength"] == "255"
    with pytest.raises(ValidationError):
        field.clean("a" * 256)
