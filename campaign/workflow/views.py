"""Admin views of the editorial workflow."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from campaign.forms import content_type_filter, market_filter
from campaign.markets.roles import roles_for
from campaign.platform.admin_views import TitledAdminView
from campaign.workflow.calendar import launch_calendar


class CalendarFilterForm(forms.Form):
    market = market_filter()
    type = content_type_filter()
    weeks = forms.IntegerField(label=_("Weeks ahead"), min_value=1, max_value=26, required=False)


class LaunchCalendarView(TitledAdminView, TemplateView):
    """Upcoming go-lives and expiries per market, with the items at risk marked."""

    template_name = "campaign_workflow/launch_calendar.html"
    page_title = _("Launch calendar")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not roles_for(request.user).sees_launch_calendar:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = CalendarFilterForm(self.request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        context.update(
            filter_form=form,
            weeks=filters.get("weeks") or 4,
            entries=launch_calendar(
                weeks=filters.get("weeks") or 4,
                market_code=filters["market"].code if filters.get("market") else None,
                content_type=filters.get("type") or None,
            ),
        )
        return context
