"""Admin wiring: the campaign's snippets, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaign.models import Market, Quote, Statistic


class QuoteViewSet(SnippetViewSet):
    model = Quote
    icon = "openquote"
    list_display = ["speaker", "text", "date"]
    list_filter = ["markets"]
    search_fields = ["text", "speaker"]


class StatisticViewSet(SnippetViewSet):
    model = Statistic
    icon = "order"
    list_display = ["figure", "label"]
    list_filter = ["markets"]


class MarketViewSet(SnippetViewSet):
    model = Market
    icon = "globe"
    list_display = ["name", "code", "language", "url_prefix", "time_zone", "is_active"]


class CampaignSnippets(SnippetViewSetGroup):
    items = (QuoteViewSet, StatisticViewSet, MarketViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Campaign")
    menu_name = "campaign"


register_snippet(CampaignSnippets)
