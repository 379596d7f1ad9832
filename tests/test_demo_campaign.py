"""The demo command builds a complete campaign in five languages, and only once."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils.html import escape

from wagtail.models import (
    GroupPagePermission,
    Page,
    Revision,
    Workflow,
    WorkflowState,
    WorkflowTask,
)

import pytest
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from campaign.demo.data import read_content
from campaign.markets.availability import is_available
from campaign.markets.current import activate_market
from campaign.markets.fallbacks import chain_of
from campaign.markets.roles import roles_for
from campaign.models import FilmPage, Market, PageMarketSchedule, Quote, Statistic
from stories.models import AthleteStoryPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def demo(db, capsys):
    call_command("load_demo_campaign")
    return capsys.readouterr().out


def _counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "markets": Market.objects.count(),
        "quotes": Quote.objects.count(),
        "statistics": Statistic.objects.count(),
    }


def test_demo_campaign_has_the_films_stories_quotes_and_statistics(demo):
    assert Market.objects.count() == 5
    assert FilmPage.objects.live().count() >= 3
    assert AthleteStoryPage.objects.live().count() >= 4
    assert Quote.objects.count() >= 6
    assert Statistic.objects.count() >= 4
    # Each film plays from an upload or a video service, behind a poster.
    assert all((film.video or film.embed_url) and film.poster for film in FilmPage.objects.all())


def test_running_the_demo_command_twice_changes_nothing(demo, capsys):
    before = _counts()

    call_command("load_demo_campaign")

    assert _counts() == before
    assert "nothing to do" in capsys.readouterr().out


def test_every_translated_field_is_read_in_every_language(demo):
    """Filled in the language itself, or in one of its market's fallback chain."""
    for model in (FilmPage, AthleteStoryPage, Quote, Statistic, Market):
        fields = translator.get_options_for_model(model).all_fields
        for item in model.objects.all():
            for field in fields:
                optional = not getattr(item, build_localized_fieldname(field, "en"))
                if optional or field in ("url_path", "seo_title", "search_description", "slug"):
                    continue
                for language in LANGUAGES:
                    assert any(
                        getattr(item, build_localized_fieldname(field, code))
                        for code in chain_of(language)
                    ), f"{model.__name__} {item.pk}: {field} not read in {language}"


def test_no_british_text_repeats_the_american_one(demo):
    repeated = [
        (item, field)
        for model in (FilmPage, AthleteStoryPage, Quote, Statistic, Market)
        for item in model.objects.all()
        for field in translator.get_options_for_model(model).all_fields
        if field != "url_path"
        and getattr(item, build_localized_fieldname(field, "en-gb"))
        and getattr(item, build_localized_fieldname(field, "en-gb"))
        == getattr(item, build_localized_fieldname(field, "en"))
    ]
    assert repeated == []
    assert Market.objects.get(code="uk").falls_back_to == ["en"]


def test_british_english_is_the_american_text_unless_the_content_says_otherwise(demo):
    films = {film["key"]: film for film in read_content().films}
    assert "en-gb" not in films["manifesto"]["logline"]
    assert "en-gb" in films["kenya-ice-hockey"]["description"]

    manifesto = FilmPage.objects.get(slug_en="manifesto")
    assert manifesto.logline_en_gb == ""
    with activate_market(Market.objects.get(code="uk")):
        assert FilmPage.objects.get(pk=manifesto.pk).logline == manifesto.logline_en
    assert manifesto.captions.get(language="en-gb").file.file.open().read().decode() == (
        manifesto.captions.get(language="en").file.file.open().read().decode()
    )
    kenya = FilmPage.objects.get(slug_en="kenya-ice-hockey")
    assert "practicing" in kenya.description_en
    assert "practising" in kenya.description_en_gb
    nigeria = AthleteStoryPage.objects.get(slug_en="nigeria-bobsled")
    assert nigeria.slug_en_gb == "nigeria-bobsleigh"


def test_some_demo_content_is_limited_to_some_markets(demo):
    limited = [
        item
        for model in (FilmPage, AthleteStoryPage, Quote)
        for item in model.objects.all()
        if item.markets.exists()
    ]
    assert limited


def test_demo_prints_generated_admin_credentials(demo):
    assert "Admin login" in demo
    assert "editor" in demo


@pytest.mark.parametrize(
    ("prefix", "language"),
    [("cn", "zh-hans"), ("jp", "ja"), ("kr", "ko"), ("us", "en"), ("uk", "en-gb")],
)
def test_each_market_shows_the_demo_campaign_in_its_language(demo, client, prefix, language):
    home = client.get(f"/{prefix}/")
    assert home.status_code == 200
    assert f'<html lang="{language}">' in home.content.decode()

    for film in FilmPage.objects.live():
        market = Market.objects.get(code=prefix)
        if not is_available(film, market):
            continue
        with activate_market(market):
            url = film.url
        response = client.get(url)
        assert response.status_code == 200, url
        title = getattr(film, build_localized_fieldname("title", language))
        assert escape(title) in response.content.decode()


def test_demo_has_one_user_per_role_the_workflow_and_work_in_progress(demo):
    users = {user.username: roles_for(user) for user in get_user_model().objects.all()}
    assert users["admin"].is_superuser
    assert users["editor"].is_editor
    assert users["translator-ko"].languages == {"ko"}
    assert users["lead-jp"].market_codes == {"jp"}
    assert users["approver"].is_approver
    for username in users:
        assert username in demo  # every generated password is printed

    assert Workflow.objects.filter(name="Campaign approval").exists()
    assert WorkflowState.objects.active().count() >= 1
    later = PageMarketSchedule.objects.get()
    assert later.market.code == "uk"
    assert later.go_live_at is not None


def test_setting_up_roles_twice_changes_nothing(demo):
    before = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowTask.objects.count(),
    )
    call_command("setup_campaign_roles")
    after = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowTask.objects.count(),
    )

    assert before == after
