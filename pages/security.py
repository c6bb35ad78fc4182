"""The Wagtail admin's Content-Security-Policy.

The public site's policy (settings.CONTENT_SECURITY_POLICY) allows no inline script or style
and no framing. The admin cannot live with that: Wagtail renders inline scripts and styles,
and its live preview frames admin URLs from the admin itself. Admin responses therefore carry
a policy of their own: inline code allowed, framing by the same origin only, everything else
as strict as the public policy.
"""

from django.conf import settings
from django.urls import reverse

from csp.middleware import CSPMiddleware


def admin_policy() -> dict:
    """Directives in django-csp's form (its CONTENT_SECURITY_POLICY["DIRECTIVES"])."""
    public = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    return {
        **public,
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": [*public["img-src"], "blob:"],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'", *public["frame-src"]],
        "frame-ancestors": ["'self'"],
    }


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy for admin requests, through the
    extension point django-csp documents (`get_policy_parts`)."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.admin_prefix = reverse("wagtailadmin_home")
        self.admin_policy = admin_policy()

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path.startswith(self.admin_prefix):
            parts.config = self.admin_policy
        # The embeddable widget (pages.embed) names the origins that may frame it; no origin
        # listed leaves framing refused.
        ancestors = getattr(response, "frame_ancestors", None)
        if ancestors is not None:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ancestors or ["'none'"]}
        return parts
