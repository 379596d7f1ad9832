"""The film editor's "per market" summary: what each market will show, at a glance."""

from wagtail.admin.panels import Panel

from campaign.markets.current import active_markets
from campaign.platform.video_services import service_of


class MarketValuesSummaryPanel(Panel):
    """One row per market: its video service, poster and call to action link, its own or
    shared, and whether its visitors can play the film. Editors change the rows of "Per
    market" below it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaign/panels/market_values_summary.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            film = self.instance
            rows = []
            for market in active_markets():
                own = film.market_value(market) if film.pk else None
                url = film.embed_url_in(market)
                poster = film.poster_in(market)
                rows.append(
                    {
                        "market": market,
                        "video": "" if film.video_id else url,
                        "service": "" if film.video_id else service_of(url) or "",
                        "uploaded": bool(film.video_id),
                        "own_video": bool(own and own.embed_url),
                        "poster": poster,
                        "own_poster": bool(own and own.poster_id),
                        "reachable": bool(film.video_id) or not url or market.reaches(url),
                        "cta_url": film.cta_url_in(market),
                        "own_cta": bool(own and own.cta_url),
                    }
                )
            context["rows"] = rows
            return context
