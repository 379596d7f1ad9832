"""What the campaign's own admin screens share with each other."""

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class CampaignAdminView(WagtailAdminTemplateMixin):
    """An admin screen headed by its own title, after *Home* in the breadcrumbs.

    Wagtail's slim header shows the last breadcrumb as the screen's heading: without one
    of its own, every screen would be headed "Home".
    """

    parent_breadcrumbs = ()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            *self.parent_breadcrumbs,
            {"url": "", "label": self.get_page_title()},
        ]
