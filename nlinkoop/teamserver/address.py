"""A teamserver's address: the URL a buyer gives, the TLS rule, and where the password is.

A buyer names a server as a PostgreSQL URL, `postgresql://anna@db.gemeente.nl/inkoop`
(libpq's own form: `?sslrootcert=...` names the organisation's CA). Away from this computer
the connection must be TLS with a verified certificate (`sslmode=verify-full`, which is
added when absent); a weaker `sslmode` is refused. Only a server on this computer (localhost,
127.0.0.1, ::1 or a Unix socket) may be reached without TLS.

The password is never in the workbook, the settings or a log: it is in the operating system's
keyring (`keyring`), or where libpq looks itself (`PGPASSWORD`, `~/.pgpass`), for batch use.
"""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from sqlalchemy import URL

KEYRING_SERVICE = "nlinkoop teamserver"
_LOCAL = frozenset({"localhost", "127.0.0.1", "::1", ""})
_SAFE_SSL = frozenset({"verify-full"})
_CONNECT_SECONDS = 5  # a server that does not answer in this time counts as offline
_ALIVE = {
    "keepalives": "1",
    "keepalives_idle": "20",
    "keepalives_interval": "10",
    "keepalives_count": "3",
    "tcp_user_timeout": "60000",
    "options": "-c statement_timeout=120000",
}


class AddressError(ValueError):
    """A server address nlinkoop will not use; the message is one line for the user."""


@dataclass(frozen=True)
class ServerAddress:
    """Where a teamserver is and who logs in, without the password.

    Attributes:
        host: the host name or address ("" or a folder for a Unix socket).
        port: the port (5432 unless given).
        database: the database name.
        user: the PostgreSQL login.
        options: libpq's options from the URL (sslmode, sslrootcert, ...).
    """

    host: str
    port: int
    database: str
    user: str
    options: tuple[tuple[str, str], ...] = ()
    password: str | None = None  # only from the URL itself; prefer the keyring

    @property
    def local(self) -> bool:
        return self.host in _LOCAL or self.host.startswith("/")

    @property
    def key(self) -> str:
        """How the keyring and the sync state name this login: user@host:port/database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def __str__(self) -> str:  # never the password
        return f"postgresql://{self.key}"

    def url(self, password: str | None = None) -> URL:
        """The SQLAlchemy URL (psycopg 3) for this login, with the password if one is known."""
        query = dict(self.options)
        query.setdefault("connect_timeout", str(_CONNECT_SECONDS))
        query.setdefault("application_name", "nlinkoop")
        # A connection that dies halfway (a laptop closed, Wi-Fi gone) is noticed within
        # about a minute, not after the system's two hours, and no statement runs for ever.
        query.update({k: v for k, v in _ALIVE.items() if k not in query})
        host = self.host
        port = self.port if host else None  # a socket's too: it names the file, .s.PGSQL.<port>
        if host.startswith("/"):
            query["host"] = host  # a Unix socket folder goes in the query
            host = ""
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or self.password,
            host=host or None,
            port=port,
            database=self.database,
            query=query,
        )


def parse(text: str, *, user: str | None = None) -> ServerAddress:
    """Read a PostgreSQL URL; a server elsewhere gets TLS with a verified certificate.

    For a server on another computer `sslmode=verify-full` is added when absent, and the
    system's trusted CAs (`system_cas`) when no CA file is named.

    Args:
        text: `postgresql://[user[:password]@]host[:port]/database[?option=value&...]`.
        user: the login when the URL names none.

    Raises:
        AddressError: not such a URL, no database or user, or TLS switched off or unverified
            for a server on another computer. The message never repeats a password.
    """
    parts = urlsplit(text.strip())
    if parts.scheme not in ("postgresql", "postgres"):
        raise AddressError("not a PostgreSQL address (postgresql://USER@HOST/DATABASE)")
    options = dict(parse_qsl(parts.query, keep_blank_values=True))
    password = options.pop("password", None)  # only ever from the URL itself, never kept
    if parts.password:
        password = unquote(parts.password)
    host = unquote(parts.hostname or options.pop("host", ""))
    database = unquote(parts.path.lstrip("/"))
    login = unquote(parts.username) if parts.username else (user or "")
    if not database:
        raise AddressError("the address names no database (postgresql://USER@HOST/DATABASE)")
    if not login:
        raise AddressError("the address names no user (postgresql://USER@HOST/DATABASE)")
    try:
        port = parts.port or 5432
    except ValueError:
        raise AddressError("the address has no valid port number") from None
    if not (host in _LOCAL or host.startswith("/")):
        mode = options.setdefault("sslmode", "verify-full")
        if mode not in _SAFE_SSL:
            raise AddressError(
                "a teamserver on another computer needs TLS with a verified certificate "
                f"(sslmode=verify-full), not sslmode={mode}"
            )
        options.setdefault("sslrootcert", system_cas())
    return ServerAddress(
        host=host,
        port=port,
        database=database,
        user=login,
        options=tuple(sorted(options.items())),
        password=password,
    )


def system_cas() -> str:
    """The file of the certificate authorities this system trusts, for a server's certificate.

    The driver's own OpenSSL does not know where the system keeps them, so the file Python's
    OpenSSL uses is named (on Linux and macOS); where there is none (Windows keeps them in its
    own store), "system", which only works if the organisation's CA file is given instead.
    """
    import ssl

    found = ssl.get_default_verify_paths()
    for candidate in (found.cafile, found.openssl_cafile):
        if candidate and Path(candidate).is_file():
            return candidate
    return "system"


def keyring_usable() -> bool:
    """Whether this computer has a keyring to keep a password in."""
    try:
        import keyring

        return float(keyring.get_keyring().priority) > 0  # the "fail" keyring has 0
    except Exception:  # noqa: BLE001 - a broken backend is no keyring
        return False


def stored_password(address: ServerAddress) -> str | None:
    """The password saved in the keyring for this login, or None (no keyring, none saved)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, address.key)
        except KeyringError:
            return None
    except Exception:  # noqa: BLE001 - a broken keyring backend is no keyring
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Save the password in the keyring; False when this computer has no usable keyring."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.key, password)
    except Exception:  # noqa: BLE001 - no backend, locked, refused: the caller says so
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    """Remove the saved password, if any."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, address.key)
    except Exception:  # noqa: BLE001, S110 - nothing saved, or no keyring: nothing to forget
        pass
