"""Admin wiring of the engagement: menu, report URL, placements and the dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component

from campaign.engagement.models import DailyCount
from campaign.engagement.permissions import visible_markets
from campaign.engagement.placements import PlacementViewSet
from campaign.engagement.report import last_seven_days
from campaign.engagement.views import EngagementReportView

placement_viewset = PlacementViewSet()


@hooks.register("register_admin_viewset")
def register_placements():
    return placement_viewset


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("engagement/", EngagementReportView.as_view(), name="engagement_report")]


class ReportMenuItem(MenuItem):
    """Shown to whoever sees some market's engagement."""

    def is_shown(self, request):
        return bool(visible_markets(request.user))


class PlacementsMenuItem(MenuItem):
    """Shown to whoever manages some market's placements."""

    def is_shown(self, request):
        return placement_viewset.permission_policy.user_has_permission(request.user, "view")


engagement_menu = Menu(register_hook_name="register_engagement_menu_item", construct_hook_name=None)


@hooks.register("register_engagement_menu_item")
def register_report_item():
    return ReportMenuItem(_("Report"), reverse("engagement_report"), icon_name="view", order=10)


@hooks.register("register_engagement_menu_item")
def register_placements_item():
    return PlacementsMenuItem(
        _("Placements and QR codes"),
        reverse(placement_viewset.get_url_name("index")),
        icon_name="link",
        order=20,
    )


class EngagementSubmenu(SubmenuMenuItem):
    """*Engagement* in the admin menu: the report and the placements."""

    def is_shown(self, request):
        return bool(visible_markets(request.user))


@hooks.register("register_admin_menu_item")
def register_engagement_menu():
    return EngagementSubmenu(_("Engagement"), engagement_menu, icon_name="view", order=270)


class EngagementPanel(Component):
    """Each market's last seven days, on the dashboard of everyone who sees the report."""

    name = "engagement"
    order = 120
    template_name = "campaign_engagement/dashboard_panel.html"

    def __init__(self, markets):
        self.markets = markets

    def get_context_data(self, parent_context):
        return {
            "rows": last_seven_days(self.markets),
            "has_demo_data": DailyCount.objects.filter(
                market__in=self.markets, is_demo=True
            ).exists(),
            "report_url": reverse("engagement_report"),
        }


@hooks.register("construct_homepage_panels")
def add_engagement_panel(request, panels):
    markets = visible_markets(request.user)
    if markets:
        panels.append(EngagementPanel(markets))
