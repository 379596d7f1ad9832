"""Wagtail's preview, one mode per market: the draft as that market's visitors would see it."""

from campaign.markets import activate_market, active_markets, runs_in


class MarketPreviewMixin:
    """Offers a preview mode per active market and renders it in the market's language."""

    @property
    def preview_modes(self):
        return [(market.code, market.name) for market in active_markets()] or super().preview_modes

    @property
    def default_preview_mode(self):
        # The first market the item runs in: previewing it where it never shows helps nobody.
        running = [market.code for market in active_markets() if runs_in(self, market)]
        return running[0] if running else self.preview_modes[0][0]

    def serve_preview(self, request, mode_name):
        market = next((m for m in active_markets() if m.code == mode_name), None)
        request.market = market
        with activate_market(market):
            response = super().serve_preview(request, mode_name)
            # Render now, while the market's language is active.
            if hasattr(response, "render"):
                response.render()
            return response
