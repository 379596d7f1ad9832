"""Request-level security: the admin's own content policy, the client address, login lockouts."""

import ipaddress

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ``ADMIN_CONTENT_SECURITY_POLICY`` for the Wagtail admin.

    Public pages get the strict ``CONTENT_SECURITY_POLICY``.
    """

    _admin_prefix = None

    def process_response(self, request, response):
        # Wagtail renders a preview by sending a stand-in request for the page's public
        # address through the whole middleware stack. Its response goes back to the
        # admin's preview view, which sets the admin's policy (framing by the editor
        # allowed); the public policy here would forbid the preview panel's frame.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def admin_prefix(self):
        # Resolved on first use: the URLconf is not loaded when middleware is built.
        if self._admin_prefix is None:
            self._admin_prefix = reverse("wagtailadmin_home")
        return self._admin_prefix

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(self.admin_prefix())
        ):
            directives = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            return PolicyParts(default_config(directives), parts.update, parts.replace, parts.nonce)
        return parts


def client_ip(request):
    """The visitor's address, as seen by the outermost of ``TRUSTED_PROXY_COUNT`` proxies.

    Each trusted proxy appends the address it received the request from to
    X-Forwarded-For; entries before those were written by the client and
    cannot be trusted.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [a for a in forwarded if a]
    if len(forwarded) < count:
        return remote
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def lockout_response(request, original_response=None, credentials=None):
    """The page shown to someone locked out by django-axes, with how long it lasts."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "campaign/lockout.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
