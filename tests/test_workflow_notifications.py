"""Each workflow step e-mails the people it concerns for the item, once each, and nobody else."""

import pytest

from campaign.markets.languages import target_languages
from campaign.markets.roles import (
    EDITORS,
    market_lead_group,
    translator_group,
)
from tests import test_workflow
from tests.factories import STANDARD_MARKETS, UserFactory
from tests.test_workflow import act, current_task, submit

# The workflow tests' film and people, shared as fixtures.
film = test_workflow.film
people = test_workflow.people


@pytest.fixture
def team(people):
    """``people``, a second editor, a translator of every language and a lead of every market."""
    team = {**people, "reviewer": UserFactory(username="reviewer", roles=[EDITORS])}
    for language in target_languages():
        team[language] = UserFactory(
            username=f"translator-{language}", roles=[translator_group(language)]
        )
    for code, *_rest in STANDARD_MARKETS:
        team[code] = UserFactory(username=f"lead-{code}", roles=[market_lead_group(code)])
    return team


def told(mailoutbox):
    """Who was e-mailed since the last call, by user name; each person at most once."""
    addresses = [address for message in mailoutbox for address in message.to]
    mailoutbox.clear()
    assert len(addresses) == len(set(addresses)), addresses
    return {address.removesuffix("@example.com") for address in addresses}


def test_each_step_of_a_story_for_japan_and_the_us_tells_only_its_people(
    client, film, team, markets, mailoutbox
):
    film.markets.set([markets["jp"], markets["us"]])
    film.save_revision().publish()

    submit(film, team["editor"])
    # Wagtail does not tell the person who submitted.
    assert told(mailoutbox) == {"reviewer"}

    act(client, team["editor"], film, "approve")
    # Japanese is needed; the US reads the source language.
    assert told(mailoutbox) == {"translator-ja"}

    act(client, team["ja"], film, "approve")
    assert current_task(film).task.name == "Market review"
    assert told(mailoutbox) == {"lead-jp", "lead-us"}

    act(client, team["jp"], film, "approve")
    assert told(mailoutbox) == set()
    act(client, team["us"], film, "approve")
    assert current_task(film).task.name == "Brand approval"
    assert told(mailoutbox) == {"boss"}


def test_an_item_for_every_market_tells_every_translator_and_every_lead(
    client, film, team, mailoutbox
):
    submit(film, team["editor"])
    mailoutbox.clear()
    act(client, team["editor"], film, "approve")
    translators = {f"translator-{language}" for language in target_languages()}
    assert told(mailoutbox) == translators | {"ko"}

    film.title_ko, film.logline_ko = "작은 영화", "작은 로그라인"
    film.save_revision(user=team["ko"])
    act(client, team["ko"], film, "approve")
    # The translator who passed the check is not told about the next step.
    assert told(mailoutbox) == {"lead-cn", "lead-jp", "lead-kr", "lead-us", "lead-uk", "lead"}


def test_an_item_only_for_the_us_needs_no_translator_so_the_editors_are_told(
    client, film, team, markets, mailoutbox
):
    film.markets.set([markets["us"]])
    film.save_revision().publish()
    submit(film, team["editor"])
    mailoutbox.clear()

    act(client, team["editor"], film, "approve")

    assert told(mailoutbox) == {"reviewer"}


def test_superusers_are_told_of_every_step_as_wagtail_does(client, film, team, markets, mailoutbox):
    UserFactory(username="root", is_superuser=True)
    film.markets.set([markets["jp"]])
    film.save_revision().publish()
    submit(film, team["editor"])
    mailoutbox.clear()

    act(client, team["editor"], film, "approve")

    assert told(mailoutbox) == {"translator-ja", "root"}
