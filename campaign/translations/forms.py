"""Forms of the translators' admin views."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.rich_text import get_rich_text_editor_widget

from campaign.blocks import TEXT_FEATURES
from campaign.forms import content_type_filter, market_filter
from campaign.markets.languages import language_name, target_languages
from campaign.platform.uploads import check_po_file
from campaign.translations.checks import display_room, text_problems
from campaign.translations.field_changes import rich_text_meaning
from campaign.translations.slugs import TranslatedSlugField
from campaign.translations.texts import CHAR, RICH, is_blank
from campaign.translations.units import incomplete_blocks


def language_choices(languages=None):
    return [(code, language_name(code)) for code in (languages or target_languages())]


class ReportFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    market = market_filter()
    type = content_type_filter()
    show = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[
            ("", _("Texts to translate")),
            ("covered", _("Texts covered by a fallback chain")),
        ],
    )

    def __init__(self, data=None, languages=None):
        super().__init__(data)
        self.fields["language"].choices = [("", _("All languages")), *language_choices(languages)]


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    market = market_filter()
    only_missing = forms.BooleanField(label=_("Only missing and out-of-date texts"), required=False)

    def __init__(self, data=None, languages=None):
        super().__init__(data)
        self.fields["language"].choices = language_choices(languages)


class MemoryFillForm(forms.Form):
    language = forms.ChoiceField(label=_("Language to fill"))

    def __init__(self, data=None, languages=None):
        super().__init__(data)
        self.fields["language"].choices = language_choices(languages)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Translated PO file"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.catalog = check_po_file(upload)
        return upload


class TranslationTextField(forms.CharField):
    """Plain text: browsers post a textarea's lines ending in CRLF, stored texts in LF.

    Without this an untouched multi-line text would count as a new translation.
    """

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


class TranslationRichTextField(forms.CharField):
    """Rich text in Draftail: an editor with no text in it is an empty translation.

    An untouched editor posts an empty paragraph, and an untouched translation comes back
    in the editor's spelling: neither is a change.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return "" if is_blank(value) else value

    def has_changed(self, initial, data):
        data = self.to_python(data)
        if is_blank(initial) and is_blank(data):
            return False
        converter = self.widget.converter
        return rich_text_meaning(initial, converter) != rich_text_meaning(data, converter)


class SideBySideForm(forms.Form):
    """One field per text unit, the source shown beside it read-only; a page's slug too.

    Each changed text is checked before it is saved (see ``checks``); a text that reads
    as its source needs its "on purpose" box ticked. Out-of-date fields can be confirmed
    as still correct without changing them.
    """

    class Media:
        css = {"all": ["campaign_translations/css/side_by_side.css"]}
        js = ["campaign_translations/js/side_by_side.js"]

    def __init__(
        self,
        *args,
        units,
        page=None,
        language=None,
        model=None,
        terms=(),
        stale_fields=(),
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.units = units
        self.language = language
        self.terms = list(terms)
        self.model = model
        self.fields["confirm"] = forms.MultipleChoiceField(
            choices=[(name, name) for name in stale_fields],
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        if page is not None:
            self.fields["slug"] = TranslatedSlugField(page=page, language=language)
        for index, unit in enumerate(units):
            if unit.kind == RICH:
                field_class = TranslationRichTextField
                widget = get_rich_text_editor_widget(features=TEXT_FEATURES)
            else:
                field_class = TranslationTextField
                widget = forms.TextInput() if unit.kind == CHAR else forms.Textarea({"rows": 3})
            self.fields[f"unit_{index}"] = field_class(
                label=unit.label,
                required=False,
                initial=unit.target,
                max_length=unit.max_length,
                widget=widget,
                # Spaces at a text's ends are reported, not silently removed.
                strip=False,
            )
            self.fields[f"same_{index}"] = forms.BooleanField(
                label=_("Same as the source on purpose"), required=False
            )

    def clean(self):
        cleaned_data = super().clean()
        changed = set(self.changed_data)
        texts = {
            # A text with an error of its own is judged by what is stored.
            unit.key: cleaned_data.get(f"unit_{i}", unit.target) or ""
            for i, unit in enumerate(self.units)
            if f"unit_{i}" in changed
        }
        for unit in incomplete_blocks(self.units, texts):
            self.add_error(
                self.field_of(unit.key),
                _("The other texts of this block are translated, so this one is needed too."),
            )
        for index, unit in enumerate(self.units):
            if unit.key not in texts or f"unit_{index}" in self.errors:
                continue
            room = None if unit.path else display_room(self.model, unit.field)
            problems = text_problems(
                unit,
                texts[unit.key],
                self.language,
                self.terms,
                room=room,
                same_on_purpose=cleaned_data.get(f"same_{index}", False),
            )
            for problem in problems:
                self.add_error(f"unit_{index}", problem.message)
        return cleaned_data

    def rows(self):
        return [
            (unit, self[f"unit_{index}"], self[f"same_{index}"])
            for index, unit in enumerate(self.units)
        ]

    def confirmed_fields(self):
        """The out-of-date fields the translator confirmed as still correct."""
        return self.cleaned_data.get("confirm") or []

    def slug_row(self):
        return self["slug"] if "slug" in self.fields else None

    def changed_texts(self):
        """``{unit key: text}`` of the units the translator changed."""
        changed = set(self.changed_data)
        return {
            unit.key: self.cleaned_data[f"unit_{i}"]
            for i, unit in enumerate(self.units)
            if f"unit_{i}" in changed
        }

    def changed_slug(self):
        """The new slug ("" to fall back to the source slug), or None when it is unchanged."""
        if "slug" not in self.changed_data:
            return None
        return self.cleaned_data["slug"]

    def field_of(self, key):
        return next(f"unit_{i}" for i, unit in enumerate(self.units) if unit.key == key)
