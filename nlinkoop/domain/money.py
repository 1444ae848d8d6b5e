"""Euro amounts as Dutch buyers type and read them: "€ 1.250,50".

What `parse_euro` accepts (surrounding spaces are always ignored):

- a comma as the decimal mark, with at most two decimals: "1250,5", "1.250,50", "12,-" and
  "12,--" (Dutch for whole euros), "12," (nothing after the comma);
- thousands grouped by dots or spaces (also no-break spaces), every group after the first
  exactly three digits and one kind of separator per amount: "1.250.000", "1 250 000";
- a single dot followed by one or two digits and no comma is read as a decimal point, because
  that is what someone who types "12.50" means; "1.250" (three digits) stays one thousand two
  hundred and fifty, the Dutch reading;
- a euro sign or "EUR" before or after the number, and a minus sign ("-" or "−") before the
  number or right after the euro sign: "€ -12,00", "-€ 12", "-12,00";
- an empty text, which means "no amount" and gives None.

Anything else raises ValueError with a short English message for the log; the UI shows its own
translated text. Amounts come back as a Decimal with exactly two decimals, the precision the
workbook keeps.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
_SPACES = "\u0020\u00a0\u202f"  # space, no-break space, narrow no-break space (CLDR nl)
_MINUS = "-\u2212"  # hyphen-minus and the real minus sign
_MAX_DIGITS = 15  # before the decimal mark: a thousand billion, more than any contract

_CURRENCY = re.compile(rf"^(?:€|eur)[{_SPACES}]*|[{_SPACES}]*(?:€|eur)$", re.IGNORECASE)
_GROUPED = re.compile(r"\d{1,3}(?:(?P<sep>[.\u0020\u00a0\u202f])\d{3})(?:(?P=sep)\d{3})*")
_PLAIN = re.compile(r"\d+")
_DOT_DECIMAL = re.compile(r"(?P<whole>\d+)\.(?P<cents>\d{1,2})")
_FRACTION = re.compile(r"\d{0,2}|-{1,2}")


def parse_euro(text: str) -> Decimal | None:
    """Read an amount in euros as a Dutch user types it.

    Args:
        text: what the user typed, for example "1.250,50", "€ 1.250" or "-12,00".

    Returns:
        The amount with two decimals, or None for an empty text.

    Raises:
        ValueError: the text is not an amount in a form listed in the module docstring.
    """
    body = text.strip(_SPACES + "\t")
    if not body:
        return None
    negative = False
    if body[0] in _MINUS:  # "-€ 12"
        negative, body = True, body[1:].lstrip(_SPACES)
    body = _CURRENCY.sub("", body, count=2)
    if body and body[0] in _MINUS and not negative:  # "€ -12"
        negative, body = True, body[1:].lstrip(_SPACES)
    if not body:
        raise ValueError("no digits in the amount")
    whole, comma, fraction = body.partition(",")
    if comma:
        if not _FRACTION.fullmatch(fraction):
            raise ValueError("use at most two digits after the comma")
        cents = fraction if fraction.isdigit() else ""
    elif dotted := _DOT_DECIMAL.fullmatch(body):
        whole, cents = dotted["whole"], dotted["cents"]
    else:
        cents = ""
    if _GROUPED.fullmatch(whole):
        whole = re.sub(rf"[.{_SPACES}]", "", whole)
    elif not _PLAIN.fullmatch(whole):
        raise ValueError("not an amount in euros")
    if len(whole.lstrip("0")) > _MAX_DIGITS:
        raise ValueError("amount too large")
    try:
        value = Decimal(f"{whole}.{cents or '0'}").quantize(CENT)
    except InvalidOperation as error:  # pragma: no cover - the patterns only let digits through
        raise ValueError("not an amount in euros") from error
    return -value if negative and value else value


def format_amount(value: Decimal) -> str:
    """Write an amount the Dutch way without the euro sign, rounded to cents: "1.250,50".

    Raises:
        ValueError: the value is not a finite number.
    """
    if not value.is_finite():
        raise ValueError("not a finite amount")
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    english = f"{abs(rounded):,.2f}"  # "1,250.50"
    return sign + english.replace(",", " ").replace(".", ",").replace(" ", ".")


def format_euro(value: Decimal) -> str:
    """Write an amount in euros the Dutch way: "€ 1.250,50", "€ -12,00".

    Raises:
        ValueError: the value is not a finite number.
    """
    return f"€ {format_amount(value)}"
