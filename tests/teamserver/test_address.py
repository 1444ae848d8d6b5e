"""A teamserver's address: the TLS rule, and a password never repeated or kept."""

from pathlib import Path

import pytest

from nlinkoop.teamserver.address import AddressError, parse, system_cas


def test_a_server_on_this_computer_needs_no_tls() -> None:
    for host in ("localhost", "127.0.0.1", "[::1]"):
        address = parse(f"postgresql://anna@{host}:5433/inkoop")
        assert address.local
        assert dict(address.options) == {}
        assert address.port == 5433


def test_a_server_elsewhere_gets_a_verified_certificate() -> None:
    address = parse("postgresql://anna@db.gemeente.nl/inkoop")
    assert dict(address.options) == {"sslmode": "verify-full", "sslrootcert": system_cas()}
    assert Path(system_cas()).is_file()  # the driver's own OpenSSL would not find "system"
    own_ca = parse("postgresql://anna@db.gemeente.nl/inkoop?sslrootcert=/etc/ca.pem")
    assert dict(own_ca.options)["sslrootcert"] == "/etc/ca.pem"
    assert "sslmode=verify-full" in str(own_ca.url().render_as_string())


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_weaker_tls_to_another_computer_is_refused(mode: str) -> None:
    with pytest.raises(AddressError, match="sslmode=verify-full"):
        parse(f"postgresql://anna@db.gemeente.nl/inkoop?sslmode={mode}")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("mysql://anna:Geheim-123@db/inkoop", "not a PostgreSQL address"),
        ("postgresql://anna:Geheim-123@db.gemeente.nl/", "no database"),
        ("postgresql://:Geheim-123@db.gemeente.nl/inkoop", "no user"),
        ("postgresql://anna:Geheim-123@db.gemeente.nl:99999/inkoop", "port"),
        ("postgresql://anna:Geheim-123@db.gemeente.nl/inkoop?sslmode=disable", "verify-full"),
    ],
)
def test_an_error_is_one_line_and_never_repeats_the_password(text: str, says: str) -> None:
    with pytest.raises(AddressError) as caught:
        parse(text)
    message = str(caught.value)
    assert says in message
    assert "Geheim-123" not in message and "\n" not in message


def test_a_password_in_the_address_is_used_but_never_shown() -> None:
    address = parse("postgresql://anna:Geheim-123@127.0.0.1/inkoop?password=ook-geheim")
    assert address.password == "Geheim-123"
    assert "password" not in dict(address.options)
    assert "Geheim" not in str(address) and "Geheim" not in repr(address.key)
    assert str(address) == "postgresql://anna@127.0.0.1:5432/inkoop"


def test_the_window_keeps_the_address_without_the_password() -> None:
    from nlinkoop.ui.window.teamserver import _without_password

    for text in (
        "postgresql://anna:Geheim-123@db.gemeente.nl/inkoop?sslrootcert=/etc/ca.pem",
        "postgresql://anna:Geheim-123@127.0.0.1:5433/inkoop",
        "postgresql://anna:Geheim-123@/inkoop?host=/run/postgresql",
    ):
        kept = _without_password(parse(text))
        assert "Geheim" not in kept
        assert "keepalives" not in kept and "connect_timeout" not in kept
        again = parse(kept)
        assert again.key == parse(text).key and again.options == parse(text).options
        assert again.password is None
