# Where this machine's gunicorn listens and who may purge: the one file that differs between
# installations (default.vcl includes it). benchmarks/varnish.py writes its own copy for the
# throwaway Varnish of the tests and benchmarks.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

# The hosts that run `manage.py db_worker` (the purge requests come from the task worker).
acl purgers {
    "127.0.0.1";
    "::1";
}
