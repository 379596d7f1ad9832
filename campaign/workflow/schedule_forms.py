"""Go-live and expiry times are entered and shown in each market's own time zone."""

from django.utils import timezone

from campaign.markets.roles import roles_for
from campaign.workflow.schedule_rows import TIME_FIELDS, offer_schedulable_markets, row_market

SCHEDULE_FORMSET = "market_schedules"


def to_market_wall_time(moment, market):
    """The naive local time in ``market`` of an aware ``moment``."""
    return timezone.localtime(moment, market.tzinfo).replace(tzinfo=None)


def from_market_wall_time(moment, market):
    """Read the wall-clock time the editor typed as a time in ``market`` (stored in UTC)."""
    wall = timezone.localtime(moment).replace(tzinfo=None) if timezone.is_aware(moment) else moment
    return wall.replace(tzinfo=market.tzinfo)


class MarketScheduleTimesMixin:
    """Shows stored UTC times in the row's market time zone and reads input the same way.

    Each row names its market's time zone and offers only the markets the user may schedule.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        formset = self.formsets.get(SCHEDULE_FORMSET) if hasattr(self, "formsets") else None
        # Forms built without a user (outside the admin's views) keep every market.
        if formset is not None and getattr(self, "for_user", None) is not None:
            offer_schedulable_markets(formset, roles_for(self.for_user))
        for form in self._schedule_forms():
            market = getattr(form.instance, "market", None) if form.instance.market_id else None
            if market is None:
                continue
            for name in TIME_FIELDS:
                value = getattr(form.instance, name)
                if value is not None:
                    # The market's wall-clock time, to the minute as the widget shows it,
                    # and aware in the time zone the posted value will be read in: so an
                    # untouched row compares equal and is not "changed".
                    wall_time = to_market_wall_time(value, market)
                    form.initial[name] = wall_time.replace(
                        second=0, microsecond=0, tzinfo=timezone.get_current_timezone()
                    )

    def _schedule_forms(self):
        formset = self.formsets.get(SCHEDULE_FORMSET) if hasattr(self, "formsets") else None
        return formset.forms if formset is not None else []

    def is_valid(self):
        valid = super().is_valid()
        if valid and not getattr(self, "_schedule_times_read", False):
            self._schedule_times_read = True
            for form in self._schedule_forms():
                market = row_market(form)
                if market is None:
                    continue
                for name in TIME_FIELDS:
                    value = form.cleaned_data.get(name)
                    if value is not None:
                        local = from_market_wall_time(value, market)
                        form.cleaned_data[name] = local
                        setattr(form.instance, name, local)
        return valid
