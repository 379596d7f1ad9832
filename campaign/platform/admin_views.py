"""What the project's own admin screens share: a heading of their own, and edit links."""

from django.contrib.admin.utils import quote
from django.urls import reverse

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page


class TitledAdminView(WagtailAdminTemplateMixin):
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


def edit_url(item):
    """The admin address where ``item`` (a page or a snippet) is edited."""
    if isinstance(item, Page):
        return reverse("wagtailadmin_pages:edit", args=[item.pk])
    opts = item._meta
    return reverse(
        f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[quote(item.pk)]
    )
