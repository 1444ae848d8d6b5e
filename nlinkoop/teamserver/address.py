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
from urllib.parse import parse_qsl, unquote, urlsplit

from sqlalchemy import URL

KEYRING_SERVICE = "nlinkoop teamserver"
_LOCAL = frozenset({"localhost", "127.0.0.1", "::1", ""})
_SAFE_SSL = frozenset({"verify-full"})
_CONNECT_SECONDS = 5  # a server that does not answer in this time counts as offline


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
    """Read a PostgreSQL URL; add `sslmode=verify-full` for a server elsewhere.

    Args:
        text: `postgresql://[user[:password]@]host[:port]/database[?option=value&...]`.
        user: the login when the URL names none.

    Raises:
        AddressError: not such a URL, no database or user, or TLS switched off or unverified
            for a server on another computer.
    """
    parts = urlsplit(text.strip())
    if parts.scheme not in ("postgresql", "postgres"):
        raise AddressError(f"not a PostgreSQL address (postgresql://host/database): {text!r}")
    options = dict(parse_qsl(parts.query, keep_blank_values=True))
    host = unquote(parts.hostname or options.pop("host", ""))
    database = unquote(parts.path.lstrip("/"))
    login = unquote(parts.username) if parts.username else (user or "")
    if not database:
        raise AddressError(f"the address names no database: {text!r}")
    if not login:
        raise AddressError(f"the address names no user (postgresql://USER@host/...): {text!r}")
    try:
        port = parts.port or 5432
    except ValueError:
        raise AddressError(f"not a port number in {text!r}") from None
    address = ServerAddress(
        host=host,
        port=port,
        database=database,
        user=login,
        options=tuple(sorted(options.items())),
        password=unquote(parts.password) if parts.password else None,
    )
    if address.local:
        return address
    mode = options.get("sslmode")
    if mode is None:
        options["sslmode"] = "verify-full"
    elif mode not in _SAFE_SSL:
        raise AddressError(
            f"a teamserver on another computer needs TLS with a verified certificate "
            f"(sslmode=verify-full), not sslmode={mode}"
        )
    return ServerAddress(
        host, port, database, login, tuple(sorted(options.items())), address.password
    )


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
