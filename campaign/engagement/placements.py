"""Placements in the admin: listed, created and edited per market, with their QR codes."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from campaign.engagement.models import Placement
from campaign.engagement.permissions import PlacementPermissionPolicy
from campaign.engagement.qr import qr_png, qr_svg, short_url
from campaign.models import Market


class PlacementForm(WagtailAdminModelForm):
    """A market lead chooses among the markets they lead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        policy = PlacementPermissionPolicy(Placement)
        markets = policy.managed_market_codes(self.for_user) if self.for_user else None
        if markets is not None:
            self.fields["market"].queryset = Market.objects.filter(code__in=markets)


class InstanceCheckedMixin:
    """Another market's placement answers 403 to a market lead, whatever the address says."""

    def get_object(self, queryset=None):
        placement = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission_required, placement
        ):
            raise PermissionDenied
        return placement


class PlacementIndexView(generic.IndexView):
    """The placements of the markets the user manages."""

    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view", "change"]
        ).select_related("market", "page")


class PlacementEditView(InstanceCheckedMixin, generic.EditView):
    """Edits a placement of one of the user's markets."""


class PlacementDeleteView(InstanceCheckedMixin, generic.DeleteView):
    """Deletes a placement of one of the user's markets."""


class QRCodeColumn(Column):
    """The short address and links to download its code."""

    cell_template_name = "campaign_engagement/qr_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["short_url"] = short_url(instance)
        context["svg_url"] = PlacementViewSet.qr_url(instance, "svg")
        context["png_url"] = PlacementViewSet.qr_url(instance, "png")
        return context


class PlacementViewSet(ModelViewSet):
    """Placements under *Engagement*: market leads see their market's, editors every one."""

    model = Placement
    icon = "link"
    menu_label = _("Placements")
    add_to_admin_menu = False
    copy_view_enabled = False
    permission_policy = PlacementPermissionPolicy(Placement)
    index_view_class = PlacementIndexView
    edit_view_class = PlacementEditView
    delete_view_class = PlacementDeleteView
    list_filter = ["market"]
    search_fields = ["name", "code"]
    edit_handler = ObjectList(Placement.panels, base_form_class=PlacementForm)

    @property
    def list_display(self):
        return ["name", "market", "page", QRCodeColumn("qr", label=_("Short address and QR code"))]

    name = "engagement_placements"
    url_prefix = "engagement/placements"

    @classmethod
    def qr_url(cls, placement, kind):
        return reverse(f"{cls.name}:qr", args=[placement.pk, kind])

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("qr/<int:pk>.<str:kind>", self.qr_view, name="qr")]

    def qr_view(self, request, pk, kind):
        placement = get_object_or_404(Placement.objects.select_related("market"), pk=pk)
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, "view", placement
        ):
            raise PermissionDenied
        if kind == "svg":
            response = HttpResponse(qr_svg(placement), content_type="image/svg+xml")
        elif kind == "png":
            response = HttpResponse(qr_png(placement), content_type="image/png")
        else:
            raise Http404
        # Codes and market codes are slugs: safe in a header.
        response["Content-Disposition"] = (
            f'attachment; filename="qr-{placement.market.code}-{placement.code}.{kind}"'
        )
        return response
