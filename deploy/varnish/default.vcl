vcl 4.1;

# The edge cache in front of gunicorn (docs/architecture.md, "The request path").
#
# Django decides what may be cached (pages.edge.EdgeCacheMiddleware): anonymous public pages
# come with `Cache-Control: public, s-maxage=N`, everything personal with `private, no-store`.
# This file only refuses to second-guess it in the unsafe direction: it caches nothing that
# does not say `public`, nothing with a Set-Cookie, and never answers a request that carries
# a session, a CSRF cookie or credentials from the cache.

include "backend.vcl";

sub vcl_recv {
    # Set below and by nobody else: a client cannot claim a decision.
    unset req.http.X-Edge-Pass;

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is not allowed from " + client.ip));
        }
        # wagtail.contrib.frontend_cache sends one PURGE per page URL. The ban takes that
        # path with every query string (a board's 200 filter combinations, its pages), so
        # a publish needs no list of the filters visitors happened to use.
        ban("obj.http.X-Edge-Host == " + req.http.host +
            " && obj.http.X-Edge-Path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        set req.http.X-Edge-Pass = "method";
        return (pass);
    }
    if (req.http.Authorization) {
        set req.http.X-Edge-Pass = "authorization";
        return (pass);
    }
    # Django answers `Vary: Accept-Language`, but takes the language from the path alone
    # (`/en/…` English, anything else Polish: i18n_patterns without a default prefix), so
    # browsers' thousand spellings of the header would only split one page into copies.
    unset req.http.Accept-Language;
    if (req.http.Cookie) {
        # Analytics cookies are read by scripts in the browser, never by Django.
        set req.http.Cookie = regsuball(req.http.Cookie,
            "(^|;\s*)(_ga[^=]*|_gid|_gat[^=]*|_pk_[^=]*|_fbp|__utm[a-z]+|_hj[^=]*)=[^;]*", "");
        set req.http.Cookie = regsub(req.http.Cookie, "^;\s*", "");
        if (req.http.Cookie ~ "^\s*$") {
            unset req.http.Cookie;
        }
    }
    if (req.http.Cookie) {
        # Django's session, CSRF and messages cookies, or anything we do not know: this
        # visitor may see something personal, so the request goes to Django every time.
        set req.http.X-Edge-Pass = "cookie";
        return (pass);
    }
    return (hash);
}

sub vcl_backend_response {
    # What a PURGE bans on (the ban lurker can test objects by these without a request).
    set beresp.http.X-Edge-Host = bereq.http.host;
    set beresp.http.X-Edge-Path = regsub(bereq.url, "\?.*$", "");

    if (bereq.uncacheable) {
        return (deliver);
    }
    # Only what Django marked public; never a response that sets a cookie or says private.
    # Varnish's own default would keep a response without Cache-Control for two minutes.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(^|[,\s])public([,\s]|$)"
        || beresp.http.Cache-Control ~ "private|no-store|no-cache"
        || beresp.http.Vary == "*") {
        # Remember for a minute that this URL is not cacheable, so requests for it are not
        # queued behind each other waiting for an object that will never come.
        set beresp.ttl = 60s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # The TTL comes from s-maxage (Varnish prefers it over max-age). A little grace lets one
    # request refresh an expired page while the others still get the old copy; purged pages
    # are banned, not expired, so grace never serves them.
    set beresp.grace = 10s;
    return (deliver);
}

sub vcl_deliver {
    if (req.http.X-Edge-Pass) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.uncacheable) {
        set resp.http.X-Cache = "UNCACHEABLE";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Edge-Host;
    unset resp.http.X-Edge-Path;
}
