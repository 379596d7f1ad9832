from campaign.models.base import BasePage
from campaign.models.films import Channel, FilmIndexPage, FilmPage, FilmRun
from campaign.models.home import CampaignHomePage, HomePageFeature, HomePageQuote, HomePageStatistic
from campaign.models.markets import FallbackPolicy, Market, MarketAvailability
from campaign.models.snippets import Quote, Statistic

__all__ = [
    "BasePage",
    "CampaignHomePage",
    "Channel",
    "FallbackPolicy",
    "FilmIndexPage",
    "FilmPage",
    "FilmRun",
    "HomePageFeature",
    "HomePageQuote",
    "HomePageStatistic",
    "Market",
    "MarketAvailability",
    "Quote",
    "Statistic",
]
