"""The report's filter: one market or all the user may see, and a range of days."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateInput

DEFAULT_DAYS = 28
MAX_DAYS = 366


def latest_today(markets, now=None):
    """The newest of the markets' own dates now (the server's date when there is no market)."""
    now = now or timezone.now()
    return max((now.astimezone(market.tzinfo).date() for market in markets), default=now.date())


class ReportFilterForm(forms.Form):
    """Which markets and days the report covers; only the user's markets are offered."""

    market = forms.ChoiceField(label=_("Market"), required=False)
    start = forms.DateField(label=_("From"), required=False, widget=AdminDateInput)
    end = forms.DateField(label=_("To"), required=False, widget=AdminDateInput)

    def __init__(self, data, *, markets, **kwargs):
        # The range shown when none is asked for: the last four weeks, written in the fields,
        # up to the newest of the markets' days (after midnight in Tokyo, Japan's today is
        # tomorrow in London, and its counts are on that day).
        today = latest_today(markets)
        self.today = today
        data = {
            "start": (today - timedelta(days=DEFAULT_DAYS - 1)).isoformat(),
            "end": today.isoformat(),
            **data.dict(),
        }
        super().__init__(data, **kwargs)
        self.markets = markets
        choices = [(market.code, str(market)) for market in markets]
        if len(markets) > 1:
            choices.insert(0, ("", _("All markets")))
        self.fields["market"].choices = choices

    def clean(self):
        data = super().clean()
        end = data.get("end") or self.today
        start = data.get("start") or end - timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            raise forms.ValidationError(_("The first day must come before the last."))
        if (end - start).days >= MAX_DAYS:
            raise forms.ValidationError(_("Choose at most a year of days."))
        data["start"], data["end"] = start, end
        code = data.get("market")
        data["markets"] = [m for m in self.markets if m.code == code] if code else self.markets
        return data
