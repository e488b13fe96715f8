"""Content Security Policy: strict on public pages, workable in the admin."""

from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIXES = ("/admin/",)


class SiteCSPMiddleware(CSPMiddleware):
    """Public pages allow no inline script at all; the Wagtail admin may.

    Wagtail's date and time choosers, inline panels and wagtail-localize's
    translation editor still write inline scripts, so the admin, which only
    logged-in editors reach, relaxes `script-src` for itself alone.
    """

    def get_policy_parts(self, request, response, report_only: bool = False):
        parts: PolicyParts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(ADMIN_PREFIXES):
            update = dict(parts.update or {})
            update["script-src"] = [*update.get("script-src", []), "'unsafe-inline'"]
            parts.update = update
        return parts
