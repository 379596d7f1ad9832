"""A missing translation shows the source text, or hides the item where the market says so."""

from campaign.models import HomePageQuote
from tests.factories import AthleteStoryPageFactory, QuoteFactory


def test_untranslated_story_is_hidden_in_a_market_that_hides_untranslated_items(
    client, story_index
):
    story = AthleteStoryPageFactory(parent=story_index, title="Bobby Pearce and the ducks")

    assert client.get(f"/kr/stories/{story.slug}/").status_code == 404
    assert "Bobby Pearce" not in client.get("/kr/stories/").content.decode()


def test_untranslated_story_shows_the_source_text_in_a_market_that_allows_it(client, story_index):
    story = AthleteStoryPageFactory(
        parent=story_index, title="Bobby Pearce and the ducks", summary="He stopped for ducks."
    )

    response = client.get(f"/jp/stories/{story.slug}/")

    assert response.status_code == 200
    assert "He stopped for ducks." in response.content.decode()
    assert "Bobby Pearce and the ducks" in client.get("/jp/stories/").content.decode()


def test_translated_story_shows_the_translation_in_korea(client, story_index):
    story = AthleteStoryPageFactory(
        parent=story_index,
        title="Bobby Pearce and the ducks",
        title_ko="보비 피어스와 오리들",
        summary="He stopped for ducks.",
        summary_ko="그는 오리를 위해 멈췄다.",
    )

    response = client.get(f"/kr/stories/{story.slug}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "그는 오리를 위해 멈췄다." in html
    assert "He stopped for ducks." not in html


def test_partly_translated_quote_is_hidden_in_korea_only(client, home):
    quote = QuoteFactory(text="Small can be calculated.", text_ja="小さなことは計算できる。")
    HomePageQuote.objects.create(page=home, quote=quote)

    assert "小さなことは計算できる。" in client.get("/jp/").content.decode()
    assert "Small can be calculated." in client.get("/cn/").content.decode()
    assert "Small can be calculated." not in client.get("/kr/").content.decode()
