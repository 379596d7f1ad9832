"""The campaign app's models: its pages and snippets, and the market models they run in."""

from campaign.markets.models import (
    FallbackPolicy,
    Market,
    MarketAvailability,
    MarketSchedule,
    PageMarketSchedule,
)
from campaign.models.base import BasePage
from campaign.models.films import (
    Channel,
    FilmCaption,
    FilmIndexPage,
    FilmMarketValue,
    FilmPage,
    FilmRun,
)
from campaign.models.home import CampaignHomePage, HomePageFeature, HomePageQuote, HomePageStatistic
from campaign.models.listings import ListingPage
from campaign.models.snippets import (
    CAMPAIGN_SNIPPETS,
    Quote,
    QuoteMarketSchedule,
    Statistic,
    StatisticMarketSchedule,
)

__all__ = [
    "CAMPAIGN_SNIPPETS",
    "BasePage",
    "CampaignHomePage",
    "Channel",
    "FallbackPolicy",
    "FilmCaption",
    "FilmIndexPage",
    "FilmPage",
    "FilmMarketValue",
    "FilmRun",
    "HomePageFeature",
    "HomePageQuote",
    "HomePageStatistic",
    "ListingPage",
    "Market",
    "MarketAvailability",
    "MarketSchedule",
    "PageMarketSchedule",
    "Quote",
    "QuoteMarketSchedule",
    "Statistic",
    "StatisticMarketSchedule",
]
