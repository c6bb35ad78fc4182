"""What SEARCH_URL and its companions say about the engine, checked before any client is built.

`SEARCH_URL` is one node or a comma-separated list of nodes (`https://node1:9200,https://node2:9200`),
each with its scheme and port; the client spreads requests over them and skips a dead one.
Credentials come from the URLs' user part or from `SEARCH_USERNAME`/`SEARCH_PASSWORD`,
`SEARCH_CA_CERTS` names a CA bundle for a private TLS certificate and
`SEARCH_VERIFY_CERTS=false` turns verification off (a development cluster only).

A setting the clients cannot use is a `ConfigurationError`: `manage.py check` reports it
when the site starts (search.E001), and a request that meets it falls back to the database
instead of failing. No Django here beyond reading the settings object handed in.
"""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

ENGINES = ("opensearch", "elasticsearch")


class ConfigurationError(ValueError):
    """The search settings cannot be turned into a client."""


@dataclass(frozen=True)
class EngineSettings:
    engine: str
    nodes: tuple[str, ...]  # scheme://host:port, without credentials
    username: str = ""
    password: str = ""
    ca_certs: str = ""
    verify_certs: bool = True
    timeout: float = 3

    @property
    def uses_tls(self) -> bool:
        return any(node.startswith("https://") for node in self.nodes)

    def client_options(self) -> dict:
        """Keyword arguments both clients accept (opensearch-py and elasticsearch 8)."""
        options: dict = {"verify_certs": self.verify_certs}
        if self.ca_certs:
            options["ca_certs"] = self.ca_certs
        return options


def parse_node(text: str) -> tuple[str, str, str]:
    """One node address: its credential-free URL, and the user name and password in it."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise ConfigurationError(f"{text!r} is not a URL: {error}") from None
    if parts.scheme not in ("http", "https"):
        raise ConfigurationError(f"{text!r} needs http:// or https:// in front")
    if not parts.hostname:
        raise ConfigurationError(f"{text!r} names no host")
    if port is None:
        raise ConfigurationError(f"{text!r} needs its port (…:9200)")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ConfigurationError(f"{text!r}: a node address has no path, query or fragment")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return (
        f"{parts.scheme}://{host}:{port}",
        unquote(parts.username or ""),
        unquote(parts.password or ""),
    )


def engine_settings(settings) -> EngineSettings:
    """Reads and checks the search settings; raises ConfigurationError with a readable reason."""
    engine = settings.SEARCH_ENGINE
    if engine not in ENGINES:
        raise ConfigurationError(f"SEARCH_ENGINE={engine!r}: use one of {', '.join(ENGINES)}")
    addresses = [part.strip() for part in str(settings.SEARCH_URL).split(",")]
    if not any(addresses):
        raise ConfigurationError("SEARCH_URL is empty")
    if not all(addresses):
        raise ConfigurationError(f"SEARCH_URL={settings.SEARCH_URL!r} has an empty node address")
    nodes, credentials = [], set()
    for address in addresses:
        node, user, password = parse_node(address)
        nodes.append(node)
        if user or password:
            credentials.add((user, password))
    if len(credentials) > 1:
        raise ConfigurationError("the nodes in SEARCH_URL carry different credentials")
    user, password = credentials.pop() if credentials else ("", "")
    user = getattr(settings, "SEARCH_USERNAME", "") or user
    password = getattr(settings, "SEARCH_PASSWORD", "") or password
    if bool(user) != bool(password):
        raise ConfigurationError("a search user name needs its password, and the other way round")
    ca_certs = getattr(settings, "SEARCH_CA_CERTS", "")
    if ca_certs and not Path(ca_certs).is_file():
        raise ConfigurationError(f"SEARCH_CA_CERTS={ca_certs!r} is not a readable file")
    resolved = EngineSettings(
        engine=engine,
        nodes=tuple(nodes),
        username=user,
        password=password,
        ca_certs=ca_certs,
        verify_certs=getattr(settings, "SEARCH_VERIFY_CERTS", True),
        timeout=settings.SEARCH_TIMEOUT,
    )
    if resolved.ca_certs and not resolved.uses_tls:
        raise ConfigurationError("SEARCH_CA_CERTS is set but no node in SEARCH_URL uses https://")
    for name in ("SEARCH_SHARDS", "SEARCH_ALERT_SHARDS"):
        if getattr(settings, name, 1) < 1:
            raise ConfigurationError(f"{name} must be 1 or more")
    for name in ("SEARCH_REPLICAS", "SEARCH_ALERT_REPLICAS"):
        if getattr(settings, name, 0) < 0:
            raise ConfigurationError(f"{name} must be 0 or more")
    return resolved
