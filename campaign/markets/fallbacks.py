"""Each market's fallback chain: the languages its visitors read where its own is missing.

A market names them on its record (``Market.falls_back_to``: the United Kingdom reads
American English). Their texts count as the market's own: it shows them, finds them in
search, does not hide the item for want of its own text and does not ask translators for
it. The source language stands in after the chain only as the market's fallback policy
allows, and a text it covers is still missing.

django-modeltranslation resolves a missing translation per language, from a setting;
``MarketFallbacks`` takes that setting's place so that the active market's chain comes
first (``install``).
"""

from modeltranslation import settings as modeltranslation_settings

from campaign.markets.current import get_active_market, load_markets


class MarketFallbacks(dict):
    """django-modeltranslation's fallback languages, the active market's chain first."""

    def get(self, language, default=None):
        market = get_active_market()
        if market is not None and market.language == language and market.falls_back_to:
            return tuple(market.falls_back_to)
        return super().get(language, default)


def install():
    """Put ``MarketFallbacks`` in place of the setting django-modeltranslation reads."""
    current = modeltranslation_settings.FALLBACK_LANGUAGES
    if not isinstance(current, MarketFallbacks):
        modeltranslation_settings.FALLBACK_LANGUAGES = MarketFallbacks(current)


def chains() -> dict[str, tuple[str, ...]]:
    """``{language: its market's reading order}`` for every market (from the shared cache)."""
    return {market.language: market.reading_order for market in load_markets()}


def chain_of(language: str, known=None) -> tuple[str, ...]:
    """The languages whose text counts as ``language``'s, itself first."""
    known = chains() if known is None else known
    return known.get(language, (language,))


def covering_language(language: str, has_text, known=None) -> str | None:
    """The first language after ``language`` in its chain for which ``has_text(code)`` holds.

    The source language counts only where the chain names it.
    """
    for code in chain_of(language, known)[1:]:
        if has_text(code):
            return code
    return None
