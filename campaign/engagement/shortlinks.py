"""A placement's short address ``/go/<code>/``: counts the scan and leads to its page.

The scan is buffered like every other event, never written while the visitor waits, and not
counted for robots, prefetches, or a browser that asks not to be tracked.
"""

import logging

from django.db import DatabaseError
from django.http import Http404, HttpResponseRedirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from campaign.engagement.buffer import BufferUnavailable
from campaign.engagement.collection import record_scan
from campaign.engagement.models import Placement
from campaign.engagement.privacy import is_counted
from campaign.markets.availability import is_available
from campaign.markets.current import activate_market

logger = logging.getLogger(__name__)


def placement_target(placement):
    """The address of the placement's page in its market, or the market's home page."""
    market = placement.market
    page = placement.page.specific if placement.page_id else None
    if page is not None and page.live and is_available(page, market):
        with activate_market(market):
            url = page.get_url()
        if url:
            return url
    return f"/{market.url_prefix}/"


@require_safe
@never_cache
def follow_placement(request, code):
    """302 to the placement's page; a scan is counted for an active placement."""
    placement = Placement.objects.select_related("market", "page").filter(code=code.lower()).first()
    if placement is None or not placement.market.is_active:
        raise Http404
    if placement.is_active and request.method == "GET" and is_counted(request.META):
        try:
            record_scan(placement, placement.market)
        except (BufferUnavailable, DatabaseError) as error:
            logger.warning("A scan of %s was not counted: %s", placement.code, error)
    return HttpResponseRedirect(placement_target(placement))
