from campaign.models.base import BasePage
from campaign.models.films import Channel, FilmCaption, FilmIndexPage, FilmPage, FilmRun
from campaign.models.home import CampaignHomePage, HomePageFeature, HomePageQuote, HomePageStatistic
from campaign.models.markets import FallbackPolicy, Market, MarketAvailability
from campaign.models.schedules import (
    MarketSchedule,
    PageMarketSchedule,
    QuoteMarketSchedule,
    StatisticMarketSchedule,
)
from campaign.models.snippets import Quote, Statistic

__all__ = [
    "BasePage",
    "CampaignHomePage",
    "Channel",
    "FilmCaption",
    "FallbackPolicy",
    "FilmIndexPage",
    "FilmPage",
    "FilmRun",
    "HomePageFeature",
    "HomePageQuote",
    "HomePageStatistic",
    "Market",
    "MarketAvailability",
    "MarketSchedule",
    "PageMarketSchedule",
    "QuoteMarketSchedule",
    "StatisticMarketSchedule",
    "Quote",
    "Statistic",
]
