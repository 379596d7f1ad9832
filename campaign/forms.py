"""Filter fields shared by the admin's campaign reports (launch calendar, translation status)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from campaign.models import Market

CONTENT_TYPE_CHOICES = [
    ("", _("All content")),
    ("page", _("Pages")),
    ("quote", _("Quotes")),
    ("statistic", _("Statistics")),
]


def content_type_filter():
    return forms.ChoiceField(label=_("Content type"), required=False, choices=CONTENT_TYPE_CHOICES)


def market_filter():
    return forms.ModelChoiceField(
        label=_("Market"),
        queryset=Market.objects.filter(is_active=True),
        to_field_name="code",
        required=False,
        empty_label=_("All markets"),
    )
