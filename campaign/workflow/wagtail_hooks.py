"""Admin wiring of the editorial workflow: the launch calendar and the translation check task."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from campaign.workflow.roles import roles_for
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
