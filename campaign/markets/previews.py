"""Wagtail's preview, one mode per market: the draft as that market's visitors would see it."""

from campaign.markets.availability import availability_notices, runs_in
from campaign.markets.current import activate_market, active_markets, market_by_code


class MarketPreviewMixin:
    """Offers a preview mode per active market and renders it in the market's language.

    The preview says why a visitor of that market would not see the item now
    (``preview_notices`` in the template's context).
    """

    @property
    def preview_modes(self):
        return [(market.code, market.name) for market in active_markets()] or super().preview_modes

    @property
    def default_preview_mode(self):
        # The first market the item runs in: previewing it where it never shows helps nobody.
        running = [market.code for market in active_markets() if runs_in(self, market)]
        return running[0] if running else self.preview_modes[0][0]

    def serve_preview(self, request, mode_name):
        market = market_by_code(mode_name)
        request.market = market
        with activate_market(market):
            response = super().serve_preview(request, mode_name)
            # Render now, while the market's language is active.
            if hasattr(response, "render"):
                response.render()
            return response

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["preview_notices"] = availability_notices(self, getattr(request, "market", None))
        return context
