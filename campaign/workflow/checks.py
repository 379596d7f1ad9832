"""What the translation check asks of an item before it may go on to brand approval."""

from django.conf import settings
from django.utils.translation import gettext as _

from campaign.markets import active_markets
from campaign.translations.status import MISSING, translation_problems

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def markets_of(item):
    """The active markets ``item`` runs in (all of them when it is not limited)."""
    chosen = {market.pk for market in item.markets.all()}
    return [market for market in active_markets() if not chosen or market.pk in chosen]


def blocking_problems(item):
    """Missing or stale fields in the language of a market that will not show source text."""
    languages = sorted({m.language for m in markets_of(item) if m.hides_untranslated})
    return translation_problems(item, languages) if languages else []


def advisory_problems(item):
    """Missing or stale fields where the market's fallback shows the source text instead."""
    languages = sorted({m.language for m in markets_of(item) if not m.hides_untranslated})
    languages = [lang for lang in languages if lang != settings.MODELTRANSLATION_DEFAULT_LANGUAGE]
    return translation_problems(item, languages) if languages else []


def describe(problem, model):
    field = model._meta.get_field(problem.field)
    state = _("missing") if problem.state == MISSING else _("out of date")
    return _("%(field)s in %(language)s: %(state)s") % {
        "field": str(field.verbose_name).capitalize(),
        "language": LANGUAGE_NAMES.get(problem.language, problem.language),
        "state": state,
    }
