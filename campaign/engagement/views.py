"""The engagement report in the admin: per market and range of days, with charts and CSV."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.models import Page

from campaign.engagement.charts import daily_columns, horizontal_bars
from campaign.engagement.forms import ReportFilterForm
from campaign.engagement.models import DailyCount, DailyVisitors, Placement
from campaign.engagement.permissions import PlacementPermissionPolicy, visible_markets
from campaign.engagement.report import engagement_report
from campaign.platform.admin_views import TitledAdminView

CSV_COLUMNS = [
    "day",
    "market",
    "event",
    "page",
    "film",
    "placement",
    "referrer",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "count",
    "demo",
]


class EngagementReportView(TitledAdminView, TemplateView):
    """Visits, visitors, pages, the film funnel, sources and placements of the user's markets."""

    template_name = "campaign_engagement/report.html"
    page_title = gettext_lazy("Engagement")
    header_icon = "view"

    def dispatch(self, request, *args, **kwargs):
        self.markets = visible_markets(request.user)
        if not self.markets:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        form = ReportFilterForm(request.GET, markets=self.markets)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(filter_form=form))
        data = form.cleaned_data
        if request.GET.get("format") == "csv":
            return csv_response(data["markets"], data["start"], data["end"])
        report = engagement_report(data["markets"], data["start"], data["end"])
        context = self.get_context_data(
            filter_form=form,
            report=report,
            csv_query=request.GET.urlencode(),
            placements_url=self.placements_url(),
            daily_chart=daily_columns(report.daily, ["visits", "visitors"]),
            market_chart=horizontal_bars([(t.market, t.visits) for t in report.totals]),
            funnel_chart=horizontal_bars(report.funnel_stages),
            source_chart=horizontal_bars([(s["source"], s["visits"]) for s in report.sources]),
            placement_chart=horizontal_bars(
                [(p["placement"], p["scans"]) for p in report.placements]
            ),
        )
        return self.render_to_response(context)

    def placements_url(self):
        if PlacementPermissionPolicy(Placement).user_has_permission(self.request.user, "view"):
            return reverse("engagement_placements:index")
        return ""


def csv_response(markets, start, end):
    """Every daily count of the range, one row per key, and each day's unique visitors."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="engagement-{start.isoformat()}-{end.isoformat()}.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    codes = {market.pk: market.code for market in markets}
    counts = DailyCount.objects.filter(market__in=markets, day__range=(start, end)).order_by(
        "day", "market__sort_order", "event", "page_id", "film_id", "placement_id", "referrer"
    )
    pages = dict(
        Page.objects.filter(
            pk__in={c.page_id for c in counts} | {c.film_id for c in counts}
        ).values_list("pk", "title")
    )
    placements = dict(Placement.objects.filter(market__in=markets).values_list("pk", "code"))
    for row in counts:
        writer.writerow(
            [
                row.day.isoformat(),
                codes[row.market_id],
                row.event,
                pages.get(row.page_id, row.page_id or ""),
                pages.get(row.film_id, row.film_id or ""),
                placements.get(row.placement_id, row.placement_id or ""),
                row.referrer,
                row.utm_source,
                row.utm_medium,
                row.utm_campaign,
                row.count,
                "yes" if row.is_demo else "",
            ]
        )
    visitors = DailyVisitors.objects.filter(market__in=markets, day__range=(start, end)).order_by(
        "day", "market__sort_order"
    )
    for row in visitors:
        writer.writerow(
            [
                row.day.isoformat(),
                codes[row.market_id],
                "unique_visitors",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                row.visitors,
                "yes" if row.is_demo else "",
            ]
        )
    return response
