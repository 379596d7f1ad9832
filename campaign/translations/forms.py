"""Forms of the translators' admin views."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.rich_text import get_rich_text_editor_widget

from campaign.blocks import TEXT_FEATURES
from campaign.forms import content_type_filter, market_filter
from campaign.translations.status import target_languages
from campaign.translations.units import CHAR, RICH
from campaign.uploads import check_po_file

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def language_choices(languages=None):
    return [(code, LANGUAGE_NAMES[code]) for code in (languages or target_languages())]


class ReportFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    market = market_filter()
    type = content_type_filter()

    def __init__(self, *args, languages=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages")), *language_choices(languages)]


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    market = market_filter()
    only_missing = forms.BooleanField(label=_("Only missing and out-of-date texts"), required=False)

    def __init__(self, *args, languages=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices(languages)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Translated PO file"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.catalog = check_po_file(upload)
        return upload


class SideBySideForm(forms.Form):
    """One field per text unit; the source text is shown beside it, read-only."""

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.units = units
        for index, unit in enumerate(units):
            if unit.kind == RICH:
                widget = get_rich_text_editor_widget(features=TEXT_FEATURES)
            elif unit.kind == CHAR:
                widget = forms.TextInput()
            else:
                widget = forms.Textarea(attrs={"rows": 3})
            self.fields[f"unit_{index}"] = forms.CharField(
                label=unit.label,
                required=False,
                initial=unit.target,
                max_length=unit.max_length,
                widget=widget,
                strip=unit.kind != RICH,
            )

    def rows(self):
        return [(unit, self[f"unit_{index}"]) for index, unit in enumerate(self.units)]

    def texts(self):
        return {unit.key: self.cleaned_data[f"unit_{i}"] or "" for i, unit in enumerate(self.units)}

    def field_of(self, key):
        return next(f"unit_{i}" for i, unit in enumerate(self.units) if unit.key == key)
