"""The Wagtail admin's Content-Security-Policy.

The public site's policy (settings.CONTENT_SECURITY_POLICY) allows no inline script or style
and no framing. The admin cannot live with that: Wagtail renders inline scripts and styles,
and its live preview frames admin URLs from the admin itself. Admin responses therefore carry
a policy of their own: inline code allowed, framing by the same origin only, everything else
as strict as the public policy.
"""

from django.conf import settings
from django.urls import reverse


def admin_policy() -> dict:
    """Directives in django-csp's form, set per response as `_csp_config`."""
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


class AdminContentSecurityPolicyMiddleware:
    """Sits below django-csp's middleware, which reads the policy this sets on the response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = reverse("wagtailadmin_home")
        self.policy = admin_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.admin_prefix):
            response._csp_config = self.policy
        return response
