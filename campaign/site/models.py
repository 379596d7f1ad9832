"""The public site's own tables: the search documents of every market."""

from campaign.site.search.models import SearchDocument

__all__ = ["SearchDocument"]
