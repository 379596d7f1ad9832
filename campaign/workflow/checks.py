"""What the translation check asks of an item before it may go on to brand approval."""

from django.utils.translation import gettext as _

from campaign.markets.availability import markets_running
from campaign.markets.languages import SOURCE_LANGUAGE, language_name
from campaign.translations.checks import item_glossary_problems
from campaign.translations.status import MISSING, translation_problems


def blocking_problems(item):
    """Missing or stale fields in the language of a market that will not show source text."""
    languages = sorted({m.language for m in markets_running(item) if m.hides_untranslated})
    return translation_problems(item, languages) if languages else []


def advisory_problems(item):
    """Missing or stale fields where the market's fallback shows the source text instead."""
    languages = sorted({m.language for m in markets_running(item) if not m.hides_untranslated})
    languages = [lang for lang in languages if lang != SOURCE_LANGUAGE]
    return translation_problems(item, languages) if languages else []


def describe(problem, model):
    field = model._meta.get_field(problem.field)
    state = _("missing") if problem.state == MISSING else _("out of date")
    return _("%(field)s in %(language)s: %(state)s") % {
        "field": str(field.verbose_name).capitalize(),
        "language": language_name(problem.language),
        "state": state,
    }


def glossary_failures(item):
    """A line per glossary term a translation breaks, in every language the item runs in."""
    languages = sorted({m.language for m in markets_running(item)} - {SOURCE_LANGUAGE})
    return [
        _("%(text)s in %(language)s: %(problem)s")
        % {"text": unit.label, "language": language_name(language), "problem": problem.message}
        for unit, language, problem in item_glossary_problems(item, languages)
    ]


def check_failures(item):
    """Why the translation check refuses ``item``: needed translations, the glossary, and
    markets that cannot play its film."""
    model = type(item)
    return (
        [describe(p, model) for p in blocking_problems(item)]
        + glossary_failures(item)
        + reachability_failures(item)
    )


def reachability_failures(item):
    """A line per market the item runs in whose visitors cannot play its film."""
    unreachable_in = getattr(item, "unreachable_in", None)
    if unreachable_in is None:
        return []
    return [
        _("%(market)s: the film plays only from %(service)s, which cannot be reached there.")
        % {"market": market.name, "service": service}
        for market, service in unreachable_in(markets_running(item))
    ]
