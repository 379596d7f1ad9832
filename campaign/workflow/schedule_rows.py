"""What each row of an item's per-market schedule offers the user editing it.

A row offers only the markets the user may schedule, each named with its time zone, and
the empty row behind “Add market schedule” does too. A row of another market is shown for
context but cannot be changed: its market is not a field of the form, so it is kept as stored.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _

TIME_FIELDS = ("go_live_at", "expire_at")


def zone_label(market, moment=None):
    """``"Asia/Tokyo (JST)"``: the market's time zone, abbreviated as on ``moment`` (today)."""
    local = timezone.localtime(moment or timezone.now(), market.tzinfo)
    return f"{market.time_zone} ({local.tzname()})"


def market_option_label(market):
    return _("%(market)s – %(zone)s") % {"market": market, "zone": zone_label(market)}


def offer_schedulable_markets(formset, roles):
    """Make every row of ``formset``, its empty row included, offer what ``roles`` may schedule."""
    row_form = formset.form

    class ScheduleRowForm(row_form):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            present_row(self, roles)

    # The formset builds its rows and the empty row it renders for “Add” from this class.
    formset.form = ScheduleRowForm


def present_row(form, roles):
    market = form.instance.market if form.instance.market_id else None
    if market is not None and not roles.may_schedule(market.code):
        _show_read_only(form, market)
        return
    field = form.fields["market"]
    # A short list of a few markets: a select shows exactly those the user may pick,
    # where the snippet chooser would offer every market.
    field.widget = forms.Select()
    field.widget.is_required = field.required
    queryset = field.queryset
    if not roles.is_superuser:
        queryset = queryset.filter(code__in=roles.market_codes)
    field.queryset = queryset  # also gives the new widget its choices
    field.label_from_instance = market_option_label
    if market is not None:
        help_text = _("Local time in %(zone)s") % {"zone": zone_label(market)}
    else:
        offered = "; ".join(f"{option}, {zone_label(option)}" for option in queryset)
        help_text = (
            _("Local time of the chosen market: %(zones)s") % {"zones": offered}
            if offered
            else _("Only a market's leads schedule it.")
        )
    for name in TIME_FIELDS:
        form.fields[name].help_text = help_text


def _show_read_only(form, market):
    del form.fields["market"]
    help_text = _("%(market)s, local time in %(zone)s. Only its leads change it.") % {
        "market": market,
        "zone": zone_label(market),
    }
    for name in TIME_FIELDS:
        form.fields[name].disabled = True
        form.fields[name].help_text = help_text


def row_market(form):
    """The market of a validated row: the chosen one, or the stored one of a read-only row."""
    chosen = form.cleaned_data.get("market") if hasattr(form, "cleaned_data") else None
    if chosen is not None or "market" in form.fields:
        return chosen
    return form.instance.market if form.instance.market_id else None
