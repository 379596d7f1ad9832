"""Filter fields shared by the admin's campaign reports (launch calendar, translation status)."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from campaign.models import CAMPAIGN_SNIPPETS, Market


def content_type_choices():
    """Pages, then each kind of campaign snippet, by the name ``campaign_items`` knows them by."""
    snippets = [
        (m._meta.model_name, capfirst(m._meta.verbose_name_plural)) for m in CAMPAIGN_SNIPPETS
    ]
    return [("", _("All content")), ("page", _("Pages")), *snippets]


def content_type_filter():
    return forms.ChoiceField(label=_("Content type"), required=False, choices=content_type_choices)


def market_filter():
    return forms.ModelChoiceField(
        label=_("Market"),
        queryset=Market.objects.filter(is_active=True),
        to_field_name="code",
        required=False,
        empty_label=_("All markets"),
    )
