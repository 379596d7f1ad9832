"""Admin wiring of the editorial workflow: the launch calendar and the market review's history."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from campaign.markets.roles import roles_for
from campaign.models import Market
from campaign.workflow.models.market_review import APPROVE_MARKET_ACTION
from campaign.workflow.views import LaunchCalendarView


class LaunchCalendarMenuItem(MenuItem):
    def is_shown(self, request):
        return roles_for(request.user).sees_launch_calendar


@hooks.register("register_admin_urls")
def register_calendar_url():
    return [path("launch-calendar/", LaunchCalendarView.as_view(), name="launch_calendar")]


@hooks.register("register_admin_menu_item")
def register_calendar_menu_item():
    return LaunchCalendarMenuItem(
        _("Launch calendar"), reverse("launch_calendar"), icon_name="date", order=250
    )


@hooks.register("register_log_actions")
def register_market_review_log_actions(actions):
    @actions.register_action(APPROVE_MARKET_ACTION)
    class MarketApprovalFormatter(LogFormatter):
        label = _("Workflow: approve for a market")

        def format_message(self, log_entry):
            try:
                names = {market.code: str(market) for market in Market.objects.all()}
                markets = ", ".join(names.get(code, code) for code in log_entry.data["markets"])
                waiting = ", ".join(names.get(code, code) for code in log_entry.data["waiting"])
                task = log_entry.data["workflow"]["task"]["title"]
            except (KeyError, TypeError):
                return _("Approved for a market")
            if waiting:
                return _("Approved for %(markets)s at '%(task)s'. Waiting for %(waiting)s") % {
                    "markets": markets,
                    "task": task,
                    "waiting": waiting,
                }
            return _("Approved for %(markets)s at '%(task)s'. Every market has approved") % {
                "markets": markets,
                "task": task,
            }

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")
