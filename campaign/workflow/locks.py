"""Field locks: each role edits only its own fields, enforced when the form is validated.

A locked field is shown read-only; a POST that changes it anyway is refused as a whole.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminModelForm

from modeltranslation.translator import NotRegistered, translator

from campaign.markets.availability import market_page_models
from campaign.markets.current import all_markets
from campaign.markets.roles import roles_for
from campaign.models.snippets import CampaignSnippet
from campaign.translations.field_changes import means_something_else, unix_line_endings
from campaign.workflow.schedule_forms import MarketScheduleTimesMixin

# Child formsets everyone may use: review comments are part of every role's job.
OPEN_FORMSETS = {"comments"}
SCHEDULE_FORMSET = "market_schedules"
# A film's own values per market: its editors', and each market lead's for their market.
MARKET_VALUES_FORMSET = "market_values"


def _language_of_fields(model):
    """``{"title_ja": "ja", ...}`` for every translation field of ``model``."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return {}
    return {
        translation_field.name: translation_field.language
        for translation_fields in options.all_fields.values()
        for translation_field in translation_fields
    }


class RoleLockedFormMixin:
    """Locks the fields and child formsets a user's roles do not cover."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.roles = roles_for(getattr(self, "for_user", None))
        languages = _language_of_fields(self._meta.model)
        self.locked_fields = [
            name for name in self.fields if not self._may_edit_field(name, languages)
        ]
        for name in self.locked_fields:
            self.fields[name].disabled = True
        # Each schedule row offers only the markets the user may schedule (schedule_rows).

    def _may_edit_field(self, name, languages):
        if self.roles.may_edit_anything:
            return True
        if name in languages:
            return self.roles.may_edit_language(languages[name])
        # Language-neutral fields (dates, media, markets, flags) belong to the editors.
        return self.roles.is_editor

    def clean(self):
        cleaned_data = super().clean()
        if self.roles.may_edit_anything:
            return cleaned_data
        refused = [
            str(self.fields[name].label or name)
            for name in self.locked_fields
            if self._attempted_change(name)
        ]
        refused += self._refused_formsets()
        if refused:
            raise ValidationError(
                _("You may not change these fields, so nothing was saved: %(fields)s.")
                % {"fields": ", ".join(refused)},
                code="locked",
            )
        return cleaned_data

    def _attempted_change(self, name):
        field = self.fields[name]
        widget_name = self.add_prefix(name)
        if not any(key == widget_name or key.startswith(f"{widget_name}-") for key in self.data):
            return False  # browsers do not send disabled fields
        try:
            data = field.widget.value_from_datadict(self.data, self.files, widget_name)
        except ValueError:
            # A value no editor of that field sends (a rich text that is not JSON): refused.
            return True
        return means_something_else(field, self.get_initial_for_field(field, name), data)

    def _refused_formsets(self):
        refused = []
        for prefix, formset in self.formsets.items():
            if prefix in OPEN_FORMSETS:
                continue
            if prefix == SCHEDULE_FORMSET:
                if not self._market_rows_allowed(formset, self.roles.may_schedule):
                    refused.append(_("market schedule of another market"))
            elif prefix == MARKET_VALUES_FORMSET and not self.roles.is_editor:
                if not self._market_rows_allowed(formset, self.roles.may_set_market_values):
                    refused.append(_("the own values of another market"))
            elif self.roles.is_editor:
                continue
            elif _formset_changed(formset):
                refused.append(str(formset.model._meta.verbose_name_plural))
        return refused

    def _market_rows_allowed(self, formset, may_change):
        """Whether every changed row of a per-market formset is of a market the user's
        roles allow (its market before and after the change)."""
        for form in _changed_forms(formset):
            markets = {form.initial.get("market"), form.data.get(form.add_prefix("market"))}
            codes = {_market_code(value) for value in markets if value}
            if not all(may_change(code) for code in codes):
                return False
        return True


def _market_code(value):
    # The shared market list, not a query per changed row.
    pk = str(getattr(value, "pk", value))
    return next((market.code for market in all_markets() if str(market.pk) == pk), None)


def _existing_count(formset):
    instance = getattr(formset, "instance", None)
    if instance is None or instance.pk is None:
        return 0
    return formset.get_queryset().count()


def _changed_forms(formset):
    # Rows left out of the POST are deleted on save: they count as changed too.
    forms = [f for f in formset.forms if f.has_changed() or _marked_deleted(formset, f)]
    if formset.initial_form_count() < _existing_count(formset):
        kept = {f.instance.pk for f in formset.initial_forms}
        forms += [_StubForm(obj) for obj in formset.get_queryset() if obj.pk not in kept]
    return forms


def _marked_deleted(formset, form):
    if not formset.can_delete:
        return False
    form.is_valid()  # the parent form is cleaned before its formsets: clean the row first
    return formset._should_delete_form(form)


def _formset_changed(formset):
    return bool(_changed_forms(formset))


class _StubForm:
    """Stands for an existing row missing from the POST, so its market can be checked."""

    def __init__(self, obj):
        self.initial = {"market": getattr(obj, "market_id", None)}
        self.data = {}

    def add_prefix(self, name):
        return name


class UnixLineEndingsMixin:
    """Stores texts with the line endings they were written with, whatever the browser posts.

    A CRLF posted back for an untouched multi-line text would change its fingerprint and
    mark every translation of it out of date.
    """

    def clean(self):
        cleaned_data = super().clean()
        for name, value in cleaned_data.items():
            cleaned_data[name] = unix_line_endings(value)
        return cleaned_data


class FieldLocksMixin(UnixLineEndingsMixin, RoleLockedFormMixin, MarketScheduleTimesMixin):
    """Everything the campaign adds to Wagtail's edit forms: locks, LF texts, market times."""


class CampaignSnippetForm(FieldLocksMixin, WagtailAdminModelForm):
    """The edit form of every campaign snippet."""


def with_field_locks(form_class):
    """``form_class`` (a page model's edit form, as Wagtail and its plug-ins made it) with
    the campaign's field locks on top."""
    return type(form_class.__name__, (FieldLocksMixin, form_class), {"__module__": __name__})


def install_field_locks():
    """Give every campaign page and snippet the edit form that enforces field locks.

    Page models get theirs once the app registry is ready: wagtail-modeltranslation has
    by then given each page model its own form class (per-language slug checks), and the
    locks go on top of it. The content models need not know the campaign's roles.
    """
    for model in market_page_models():
        model.base_form_class = with_field_locks(model.base_form_class)
        model.get_edit_handler.cache_clear()
    CampaignSnippet.base_form_class = CampaignSnippetForm
