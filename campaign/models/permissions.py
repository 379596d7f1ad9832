"""What an editor may do with a page, answered from the page itself where that is enough."""

from wagtail.models import PagePermissionTester


class CampaignPagePermissionTester(PagePermissionTester):
    """Wagtail's rules, without a query per page for pages that have no children.

    Whether a page may be deleted or moved depends, for an editor who may not publish, on
    whether any page from it down is live (or someone else's): Wagtail asks the database
    each time, twice per row of the explorer. For a page without children (every story and
    film) the answer is the page's own, which is already loaded.
    """

    def can_delete(self, ignore_bulk=False):
        if (
            self.page.numchild
            or self.page_is_root
            or not self.user.is_active
            or self.user.is_superuser
        ):
            return super().can_delete(ignore_bulk=ignore_bulk)
        may_publish = "publish" in self.permissions
        if "change" in self.permissions:
            return may_publish or not self.page.live
        if "add" in self.permissions:
            return self.page.owner_id == self.user.pk and (may_publish or not self.page.live)
        return False
