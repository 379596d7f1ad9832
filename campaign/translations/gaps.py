"""The stored translation gaps of every campaign item, kept in step with its latest version.

``translation_problems`` decides what is missing, stale or covered by a fallback chain;
this module stores its answer for the item's working copy each time the item changes, and
reads it back for reports. A change of a market's chain rebuilds every item's gaps.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Page

from campaign.models import CAMPAIGN_SNIPPETS
from campaign.translations.items import campaign_items, is_campaign_item, working_copy
from campaign.translations.models import TranslationGap
from campaign.translations.status import translation_problems


def _market_codes(item):
    # Read from the item as saved (its markets may be committed only after the signal),
    # and not kept on it: the availability rules keep their own reading.
    codes = sorted(market.code for market in item.markets.all())
    return f",{','.join(codes)}," if codes else ""


def sort_key(item):
    """Pages in the order of the page tree, then each kind of snippet by id."""
    if isinstance(item, Page):
        return f"0/{item.path}"
    return f"{CAMPAIGN_SNIPPETS.index(type(item)) + 1}/{item.pk:012d}"


def refresh_gaps(item):
    """Store the missing and stale fields of ``item``'s latest version."""
    if item.pk is not None and is_campaign_item(type(item)):
        _store_gaps(working_copy(item))


def _store_gaps(latest):
    """Store the gaps of ``latest``, an item's latest version (its kind, id and place in
    the tree are the item's)."""
    content_type = ContentType.objects.get_for_model(latest)
    gaps = [
        TranslationGap(
            content_type=content_type,
            object_id=str(latest.pk),
            field=problem.field,
            language=problem.language,
            state=problem.state,
            covered_by=problem.covered_by,
            market_codes=_market_codes(latest),
            sort_key=sort_key(latest),
            position=position,
        )
        for position, problem in enumerate(translation_problems(latest, with_covered=True))
    ]
    with transaction.atomic():
        TranslationGap.objects.filter(content_type=content_type, object_id=str(latest.pk)).delete()
        TranslationGap.objects.bulk_create(gaps)


def forget_gaps(item):
    content_type = ContentType.objects.get_for_model(item)
    TranslationGap.objects.filter(content_type=content_type, object_id=str(item.pk)).delete()


def rebuild_gaps():
    """Every campaign item's gaps, worked out afresh (after a change of fields or rules)."""
    TranslationGap.objects.all().delete()
    for latest in campaign_items():
        _store_gaps(latest)
