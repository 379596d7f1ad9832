"""A film's own video and poster per market, and the services a market cannot reach."""

import json
import re
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

import pytest
import wagtail_factories

from campaign.markets.roles import EDITORS, market_lead_group, translator_group
from campaign.models import FilmMarketValue, FilmPage, PageMarketSchedule
from campaign.platform.video_services import service_of
from campaign.workflow.calendar import launch_calendar
from campaign.workflow.checks import check_failures
from campaign.workflow.setup import setup_campaign_roles
from tests.factories import FilmPageFactory, UserFactory, VideoFactory

YOUTUBE = "https://www.youtube.com/watch?v=GoSrower018"
BILIBILI = "https://www.bilibili.com/video/BV1Gs4y1r7Dk"


@pytest.fixture
def china(markets):
    china = markets["cn"]
    china.blocked_video_services = ["YouTube", "Vimeo"]
    china.save()
    return china


@pytest.fixture
def film(film_index, china):
    """A film on YouTube everywhere, on Bilibili with a poster of its own in China."""
    film = FilmPageFactory(
        parent=film_index,
        title="The Rower and the Ducks",
        title_zh_hans="赛艇手与鸭子",
        title_ja="ボート選手とカモ",
        slug="rower",
        embed_url=YOUTUBE,
        video=None,
        poster=wagtail_factories.ImageFactory(file__filename="shared_poster.jpg"),
    )
    film.market_values = [
        FilmMarketValue(
            market=china,
            embed_url=BILIBILI,
            poster=wagtail_factories.ImageFactory(file__filename="china_poster.jpg"),
        )
    ]
    film.save_revision().publish()
    return FilmPage.objects.get(pk=film.pk)


def test_services_are_named_by_their_hosts():
    assert service_of(YOUTUBE) == "YouTube"
    assert service_of("https://youtu.be/abc") == "YouTube"
    assert service_of(BILIBILI) == "Bilibili"
    assert service_of("https://www.iqiyi.com/v_19rr7qhfg0.html") == "iQIYI"
    assert service_of("https://example.com/youtube.com") is None


def test_a_market_reaches_what_it_does_not_block(china, markets):
    assert not china.reaches(YOUTUBE)
    assert china.reaches(BILIBILI)
    assert markets["jp"].reaches(YOUTUBE)


def test_a_china_value_on_a_service_china_blocks_is_refused(film, china):
    value = FilmMarketValue(film=film, market=china, embed_url="https://vimeo.com/76979871")

    with pytest.raises(ValidationError) as refusal:
        value.clean()

    assert refusal.value.message_dict["embed_url"] == [
        "Vimeo cannot be reached from China; use a service that plays there."
    ]


def test_a_row_with_nothing_of_its_own_is_refused(film, china):
    with pytest.raises(ValidationError):
        FilmMarketValue(film=film, market=china).clean()


def test_each_market_plays_the_film_from_its_own_service(client, film):
    china = client.get("/cn/films/rower/").content.decode()
    japan = client.get("/jp/films/rower/").content.decode()

    assert 'data-embed-src="https://player.bilibili.com/player.html?bvid=BV1Gs4y1r7Dk' in china
    assert "youtube" not in china
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/GoSrower018"' in japan
    assert "bilibili" not in japan


def poster_files(html):
    return set(re.findall(r"/media/images/([a-z_]+poster[^.\"]*)\.", html))


def test_china_shows_its_own_poster_on_the_page_the_card_and_open_graph(client, film):
    china = client.get("/cn/films/rower/").content.decode()
    japan = client.get("/jp/films/rower/").content.decode()
    china_cards = client.get("/cn/films/").content.decode()
    japan_cards = client.get("/jp/films/").content.decode()

    assert all(name.startswith("china_poster") for name in poster_files(china))
    assert all(name.startswith("shared_poster") for name in poster_files(japan))
    assert poster_files(china) and poster_files(japan)
    assert all(name.startswith("china_poster") for name in poster_files(china_cards))
    assert all(name.startswith("shared_poster") for name in poster_files(japan_cards))
    og_image = re.search(r'<meta property="og:image" content="([^"]+)"', china).group(1)
    assert "china_poster" in og_image


def test_json_ld_names_the_market_s_player(client, film):
    def video(path):
        html = client.get(path).content.decode()
        scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        graph = [json.loads(script) for script in scripts]
        nodes = [n for g in graph for n in (g.get("@graph") or [g])]
        return next(n for n in nodes if n.get("@type") == "VideoObject")

    assert video("/cn/films/rower/")["embedUrl"] == BILIBILI
    assert video("/jp/films/rower/")["embedUrl"] == YOUTUBE
    assert "china_poster" in video("/cn/films/rower/")["thumbnailUrl"][0]


def test_the_api_answers_with_the_market_s_values(client, film):
    def detail(market):
        url = reverse("wagtailapi:films:detail", args=[film.pk])
        return client.get(f"{url}?market={market}").json()

    china, japan = detail("cn"), detail("jp")
    assert china["embed_url"] == BILIBILI
    assert japan["embed_url"] == YOUTUBE
    assert "china_poster" in china["poster"]["url"]
    assert "shared_poster" in japan["poster"]["url"]


def test_a_film_china_cannot_play_fails_the_check_and_is_at_risk(film_index, china, markets):
    film = FilmPageFactory(
        parent=film_index, title="Only on YouTube", embed_url=YOUTUBE, video=None
    )
    PageMarketSchedule.objects.create(
        page=film, market=china, go_live_at=timezone.now() + timedelta(days=3)
    )

    assert (
        "China: the film plays only from YouTube, which cannot be reached there."
        in check_failures(film)
    )
    [entry] = [e for e in launch_calendar() if e.item.pk == film.pk]
    assert entry.at_risk and entry.risks == ["unreachable"]
    assert entry.unreachable_service == "YouTube"


def test_a_film_with_its_own_china_address_passes(film):
    assert not any("cannot be reached" in line for line in check_failures(film))


def test_an_uploaded_video_plays_everywhere(film_index, china):
    film = FilmPageFactory(parent=film_index, embed_url=YOUTUBE, video=VideoFactory())

    assert film.unreachable_in([china]) == []


@pytest.fixture
def roles(home):
    setup_campaign_roles()


def edit_data(client, film):
    """The film's edit form as the browser would post it, from the edit view's form."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[film.pk]))
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        bound = form[name]
        value = bound.value()
        if value is None:
            continue
        if value == "" and "Draftail" in type(field.widget).__name__:
            value = "null"  # what an empty rich-text editor holds
        if isinstance(value, list | tuple):
            data[form.add_prefix(name)] = [str(v) for v in value]
        else:
            data[form.add_prefix(name)] = value
    for formset in form.formsets.values():
        management = formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management[name].value()
        for row in formset.forms:
            for name in row.fields:
                value = row[name].value()
                # A browser sends every row's hidden id, empty for a row not saved yet.
                data[row.add_prefix(name)] = "" if value is None else value
    return data


def add_row(data, market, url):
    total = int(data["market_values-TOTAL_FORMS"])
    data["market_values-TOTAL_FORMS"] = str(total + 1)
    data[f"market_values-{total}-market"] = str(market.pk)
    data[f"market_values-{total}-embed_url"] = url
    data[f"market_values-{total}-ORDER"] = str(total + 1)
    data[f"market_values-{total}-id"] = ""
    return data


def test_japan_s_lead_sets_japan_s_value_but_not_china_s(client, roles, film, markets):
    client.force_login(UserFactory(username="lead-jp", roles=[market_lead_group("jp")]))
    url = reverse("wagtailadmin_pages:edit", args=[film.pk])

    japan = client.post(url, add_row(edit_data(client, film), markets["jp"], "https://youtu.be/jp"))
    assert japan.status_code == 302, japan.context["form"].errors
    draft = FilmPage.objects.get(pk=film.pk).get_latest_revision_as_object()
    assert draft.embed_url_in(markets["jp"]) == "https://youtu.be/jp"

    data = edit_data(client, film)
    china_row = next(k for k, v in data.items() if k.endswith("-embed_url") and v == BILIBILI)
    data[china_row] = "https://v.youku.com/v_show/id_XMzM0NjA2NDQ0.html"
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert "the own values of another market" in refused.content.decode()


def test_a_translator_may_not_set_a_market_value(client, roles, film, markets):
    client.force_login(UserFactory(username="jt", roles=[translator_group("ja")]))
    url = reverse("wagtailadmin_pages:edit", args=[film.pk])

    refused = client.post(
        url, add_row(edit_data(client, film), markets["jp"], "https://youtu.be/x")
    )

    assert refused.status_code == 200
    assert "the own values of another market" in refused.content.decode()


def test_an_editor_sees_what_each_market_shows(client, roles, film):
    client.force_login(UserFactory(username="ed", roles=[EDITORS]))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[film.pk])).content.decode()
    summary = html[html.index("data-market-values-summary") :]
    china = summary[summary.index('data-market="cn"') :]
    japan = summary[summary.index('data-market="jp"') :]

    assert china[: china.index("</tr>")].count("Bilibili") == 1
    assert "own" in china[: china.index("</tr>")]
    assert "YouTube" in japan[: japan.index("</tr>")]
    assert "data-unreachable" not in summary[: summary.index("</table>")]


def test_the_policy_lets_a_market_s_player_load(client, film):
    policy = client.get("/cn/films/rower/")["Content-Security-Policy"]

    assert "https://player.bilibili.com" in policy


def cache_state(client, url):
    return client.get(url).headers.get("X-Page-Cache")


def test_changing_japan_s_value_makes_exactly_japan_s_pages_stale(client, film, markets, settings):
    settings.PAGE_CACHE_SECONDS = 600
    # Korea hides the film (it has no Korean title); its listing is cached all the same.
    pages = {code: f"/{code}/films/rower/" for code in ("cn", "jp", "us", "uk")}
    listings = {code: f"/{code}/films/" for code in (*pages, "kr")}
    for url in [*pages.values(), *listings.values()]:
        client.get(url)
    assert all(cache_state(client, url) == "hit" for url in pages.values())

    draft = FilmPage.objects.get(pk=film.pk)
    draft.market_values.add(FilmMarketValue(market=markets["jp"], embed_url="https://youtu.be/jp1"))
    draft.save_revision().publish()

    stale = {code for code, url in pages.items() if cache_state(client, url) == "miss"}
    stale_listings = {code for code, url in listings.items() if cache_state(client, url) == "miss"}
    assert stale == {"jp"} and stale_listings == {"jp"}
    assert "youtube-nocookie.com/embed/jp1" in client.get(pages["jp"]).content.decode()

    # Any other change is every market's.
    draft = FilmPage.objects.get(pk=film.pk)
    draft.logline = "A new logline."
    draft.save_revision().publish()
    assert all(cache_state(client, url) == "miss" for url in pages.values())


OLYMPICS = "https://www.olympics.com/en/olympic-games/amsterdam-1928"
OLYMPICS_CHINA = "https://www.olympics.com/zh/olympic-games/amsterdam-1928"


@pytest.fixture
def film_with_a_call_to_action(film, china):
    """The label is the film's, translated; China's link is its own."""
    film.cta_label = "Relive the Amsterdam 1928 Games"
    film.cta_label_zh_hans = "回顾1928年阿姆斯特丹奥运会"
    film.cta_url = OLYMPICS
    row = film.market_values.get(market=china)
    row.cta_url = OLYMPICS_CHINA
    film.market_values = [row]
    film.save_revision().publish()
    return FilmPage.objects.get(pk=film.pk)


def call_to_action(html):
    found = re.search(
        r'<a class="button" href="([^"]+)" data-call-to-action[^>]*>([^<]+)</a>', html
    )
    return found.groups() if found else None


def test_each_market_s_call_to_action_leads_to_its_own_link(client, film_with_a_call_to_action):
    assert call_to_action(client.get("/cn/films/rower/").content.decode()) == (
        OLYMPICS_CHINA,
        "回顾1928年阿姆斯特丹奥运会",
    )
    assert call_to_action(client.get("/jp/films/rower/").content.decode()) == (
        OLYMPICS,
        "Relive the Amsterdam 1928 Games",
    )


def test_without_a_label_or_a_link_there_is_no_button(client, film):
    assert call_to_action(client.get("/jp/films/rower/").content.decode()) is None
    film.cta_label = "Relive the Games"
    film.save_revision().publish()
    assert call_to_action(client.get("/jp/films/rower/").content.decode()) is None


def test_a_row_with_only_a_link_of_its_own_is_enough(film, china):
    FilmMarketValue(film=film, market=china, cta_url=OLYMPICS_CHINA).clean()


def test_the_api_answers_with_the_market_s_call_to_action(client, film_with_a_call_to_action):
    url = reverse("wagtailapi:films:detail", args=[film_with_a_call_to_action.pk])

    assert client.get(f"{url}?market=cn").json()["call_to_action"] == {
        "label": "回顾1928年阿姆斯特丹奥运会",
        "url": OLYMPICS_CHINA,
    }
    assert client.get(f"{url}?market=us").json()["call_to_action"]["url"] == OLYMPICS


def test_changing_china_s_link_makes_exactly_china_s_pages_stale(
    client, film_with_a_call_to_action, china, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    pages = {code: f"/{code}/films/rower/" for code in ("cn", "jp", "us", "uk")}
    for url in pages.values():
        client.get(url)

    draft = FilmPage.objects.get(pk=film_with_a_call_to_action.pk)
    row = draft.market_values.get(market=china)
    row.cta_url = "https://www.olympics.com/zh/"
    draft.market_values = [row]
    draft.save_revision().publish()

    assert {code for code, url in pages.items() if cache_state(client, url) == "miss"} == {"cn"}
    assert call_to_action(client.get(pages["cn"]).content.decode())[0] == (
        "https://www.olympics.com/zh/"
    )


def test_a_draft_s_market_values_show_in_that_market_s_preview(film_with_a_call_to_action, china):
    draft = FilmPage.objects.get(pk=film_with_a_call_to_action.pk)
    row = draft.market_values.get(market=china)
    row.cta_url = "https://www.olympics.com/zh/draft"
    draft.market_values = [row]
    draft.save_revision()
    draft = FilmPage.objects.get(pk=draft.pk).get_latest_revision_as_object()

    china_preview = draft.make_preview_request(preview_mode="cn").content.decode()
    japan_preview = draft.make_preview_request(preview_mode="jp").content.decode()

    assert call_to_action(china_preview)[0] == "https://www.olympics.com/zh/draft"
    assert "player.bilibili.com" in china_preview
    assert call_to_action(japan_preview)[0] == OLYMPICS
    assert "youtube-nocookie.com" in japan_preview
