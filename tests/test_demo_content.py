"""The demo content files: a missing text is named where it is missing, British English
is written only where it differs, and the rest of it comes from American English."""

import shutil

from django.core.management import CommandError, call_command

import pytest
import yaml

from campaign.demo import data
from campaign.demo.data import DemoContentError, read_content, text_in


@pytest.fixture
def content_folder(tmp_path):
    """A copy of the demo content files that a test may change."""
    folder = tmp_path / "content"
    shutil.copytree(data.CONTENT_FOLDER, folder)
    return folder


def change(folder, file_name, edit):
    path = folder / file_name
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(entries)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")


def entry(entries, key):
    return next(item for item in entries if item["key"] == key)


def every_text(value):
    """Each ``{language: text}`` mapping anywhere in the demo content."""
    if isinstance(value, dict):
        if "en" in value:
            yield value
        for item in value.values():
            yield from every_text(item)
    elif isinstance(value, list):
        for item in value:
            yield from every_text(item)


def test_the_demo_content_files_are_read_whole():
    content = read_content()

    assert [market["code"] for market in content.markets] == ["cn", "jp", "kr", "us", "uk"]
    assert len(content.films) == 3
    assert len(content.stories) == 4


def test_a_missing_required_language_names_the_file_and_the_entry(content_folder):
    change(
        content_folder, "films.yaml", lambda films: entry(films, "manifesto")["logline"].pop("ja")
    )

    with pytest.raises(DemoContentError) as error:
        read_content(content_folder)

    assert str(error.value) == 'films.yaml, entry "manifesto", "logline": no text in ja'


def test_a_story_block_without_its_american_text_is_named_by_its_place(content_folder):
    def drop_english(stories):
        entry(stories, "bobby-pearce")["body"][0]["value"].pop("en")

    change(content_folder, "stories.yaml", drop_english)

    with pytest.raises(DemoContentError, match="no text in en") as error:
        read_content(content_folder)

    assert 'stories.yaml, entry "bobby-pearce", "body" block 1 (paragraph)' in str(error.value)


def test_a_misspelt_language_is_not_mistaken_for_a_missing_british_text(content_folder):
    def misspell(quotes):
        texts = entry(quotes, "tung-founding-belief")["text"]
        texts["en_gb"] = texts["en"]

    change(content_folder, "quotes.yaml", misspell)

    with pytest.raises(
        DemoContentError, match='quotes.yaml, entry "tung-founding-belief"'
    ) as error:
        read_content(content_folder)

    assert "unknown language en_gb" in str(error.value)


def test_the_demo_command_reports_a_broken_content_file_and_saves_nothing(
    db, content_folder, monkeypatch
):
    change(content_folder, "markets.yaml", lambda markets: markets[1]["name"].pop("ko"))
    monkeypatch.setattr(data, "CONTENT_FOLDER", content_folder)

    with pytest.raises(CommandError, match='markets.yaml, entry "jp", "name": no text in ko'):
        call_command("load_demo_campaign")


def test_british_english_falls_back_to_american_english_and_only_to_it():
    texts = {"en": "color", "zh-hans": "颜色", "ja": "色", "ko": "색"}

    assert text_in(texts, "en-gb") == "color"
    assert text_in({**texts, "en-gb": "colour"}, "en-gb") == "colour"
    assert text_in(texts, "ja") == "色"
    with pytest.raises(KeyError):
        text_in({"en": "color"}, "ko")


def test_no_british_text_repeats_the_american_one():
    content = read_content()
    texts = [text for kind in vars(content).values() for text in every_text(kind)]
    british = [text for text in texts if "en-gb" in text]

    assert british, "the demo keeps its real British differences"
    assert [text["en"] for text in british if text["en-gb"] == text["en"]] == []
