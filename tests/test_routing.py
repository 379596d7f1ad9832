"""Market prefixes route into the one page tree and speak the market's language."""

import pytest


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ja-JP,ja;q=0.9,en;q=0.5", "/jp/"),
        ("zh-CN,zh;q=0.9", "/cn/"),
        ("ko-KR,ko;q=0.8", "/kr/"),
        ("en-GB,en;q=0.7", "/uk/"),
        ("en-US,en;q=0.9", "/us/"),
        ("fr-FR,de;q=0.5", "/us/"),
        ("", "/us/"),
    ],
)
def test_root_redirects_to_the_best_market_for_the_browser(client, home, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_skips_an_inactive_market(client, home, markets):
    markets["jp"].is_active = False
    markets["jp"].save()

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ja,ko;q=0.5")

    assert response["Location"] == "/kr/"


@pytest.mark.parametrize(
    ("prefix", "language", "heading"),
    [
        ("cn", "zh-hans", "致小的伟大"),
        ("jp", "ja", "小さな偉大さに"),
        ("kr", "ko", "작은 것의 위대함에"),
        ("us", "en", "To the greatness of small"),
        ("uk", "en-gb", "To the greatness of small"),
    ],
)
def test_each_market_home_is_served_in_its_language(client, home, prefix, language, heading):
    response = client.get(f"/{prefix}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert heading in html
    assert response["Content-Language"] == language


def test_unknown_market_prefix_is_404(client, home):
    assert client.get("/xx/").status_code == 404
    assert client.get("/de/").status_code == 404


def test_inactive_market_is_404(client, home, markets):
    markets["uk"].is_active = False
    markets["uk"].save()

    assert client.get("/uk/").status_code == 404
    assert client.get("/us/").status_code == 200


def test_interface_strings_follow_the_market_language(client, home):
    japanese = client.get("/jp/").content.decode()
    english = client.get("/us/").content.decode()

    assert "Skip to content" in english
    assert "Skip to content" not in japanese
    assert "本文へ移動" in japanese


def test_market_switcher_links_every_market_version(client, home):
    html = client.get("/jp/").content.decode()

    for prefix in ("cn", "jp", "kr", "us", "uk"):
        assert f'href="/{prefix}/"' in html
    assert 'hreflang="ko"' in html
