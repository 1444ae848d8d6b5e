from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlinkoop.domain.money import format_amount, format_euro, parse_euro


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.250,50", "1250.50"),
        ("1250,5", "1250.50"),
        ("€ 1.250", "1250.00"),
        ("€1.250", "1250.00"),
        ("1250", "1250.00"),
        ("-12,00", "-12.00"),
        ("€ -12,00", "-12.00"),
        ("-€ 12", "-12.00"),
        ("\u221212,00", "-12.00"),
        (" 1 250,50 ", "1250.50"),
        ("1\u00a0250\u00a0000", "1250000.00"),
        ("1.250.000,01", "1250000.01"),
        ("12,-", "12.00"),
        ("12,--", "12.00"),
        ("12,", "12.00"),
        ("12.50", "12.50"),
        ("12.5", "12.50"),
        ("1.250", "1250.00"),
        ("1250 EUR", "1250.00"),
        ("1250 €", "1250.00"),
        ("0", "0.00"),
        ("-0,00", "0.00"),
    ],
)
def test_dutch_input_is_read(text: str, expected: str) -> None:
    assert parse_euro(text) == Decimal(expected)
    assert str(parse_euro(text)) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty_means_no_amount(text: str) -> None:
    assert parse_euro(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "€",
        "-",
        "12,345",
        "1.25.0",
        "1.2345",
        "1.250 000",
        "12,5a",
        "1,2,3",
        "--12",
        "1e5",
        "NaN",
        "Infinity",
        "12 50",
        "9" * 16,
    ],
)
def test_junk_raises_a_short_message(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_euro(text)
    assert 0 < len(str(caught.value)) < 60


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1250.5", "€ 1.250,50"),
        ("0", "€ 0,00"),
        ("-12", "€ -12,00"),
        ("1234567.891", "€ 1.234.567,89"),
        ("0.005", "€ 0,01"),
    ],
)
def test_amounts_are_written_the_dutch_way(value: str, expected: str) -> None:
    assert format_euro(Decimal(value)) == expected
    assert format_amount(Decimal(value)) == expected.removeprefix("€ ")


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_non_numbers_cannot_be_written(value: str) -> None:
    with pytest.raises(ValueError):
        format_euro(Decimal(value))


amounts = st.decimals(
    min_value=Decimal(-(10**12)), max_value=Decimal(10**12), allow_nan=False, places=4
)


@given(amounts)
def test_written_amounts_read_back_rounded_to_cents(value: Decimal) -> None:
    expected = value.quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    assert parse_euro(format_euro(value)) == expected
    assert parse_euro(format_amount(value)) == expected
