"""The agreement, the certificate and the child-protection checks (issue 19, points 3-5)."""
