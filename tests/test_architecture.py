"""The packages import one way, and no module of the campaign escapes the rule."""

import pkgutil
import tomllib
from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

import campaign

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]


def _layered_modules():
    layers = next(c for c in CONTRACTS["contracts"] if c["id"] == "layers")["layers"]
    return {name.strip() for layer in layers for name in layer.replace(":", "|").split("|")}


def test_every_module_of_the_campaign_package_sits_in_a_layer():
    children = {f"campaign.{module.name}" for module in pkgutil.iter_modules(campaign.__path__)}

    assert children - _layered_modules() == set()


def test_the_import_contracts_are_kept():
    assert lint_imports(no_cache=True, no_logo=True) == 0


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("campaign", "stories")


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        ("campaign.platform", "campaign.markets"),
        ("campaign.platform", "campaign.models"),
        ("campaign.markets", "campaign.models"),
        ("campaign.markets", "campaign.site"),
        ("campaign.markets", "campaign.workflow"),
        ("campaign.markets", "campaign.translations"),
        ("campaign.models", "campaign.site"),
        ("campaign.models", "campaign.workflow"),
        ("campaign.translations", "campaign.workflow"),
        ("campaign.site", "stories"),
    ],
)
def test_a_lower_package_never_reaches_a_higher_one(graph, lower, higher):
    # Imports inside functions count too: the graph reads every import statement.
    assert graph.find_shortest_chain(importer=lower, imported=higher, as_packages=True) is None
