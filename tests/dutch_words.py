"""A small list of Dutch words that must not show up where the user chose English."""

import re

# Stems as parts of words (not the "inkoop" in "nlinkoop"), short words as whole words only.
# "en", "de", "of" and "over" are left out: they are English words too, or hide in names.
DUTCH = re.compile(
    r"zoals|gewijzigd|onderhandel|aanbested|beginsel|gelijke|verduidelijk|inschrijv|gunning|"
    r"(?<!nl)inkoop|leverancier|leveringen|diensten|openbare|europees|nationaal|gids|"
    r"\b(?:deel|je|uw|u|niet|alleen|het|een|van|wet|werken|tot en met)\b",
    re.IGNORECASE,
)


def dutch_words(text: str) -> list[str]:
    """The Dutch words from the list that `text` contains."""
    return [match.group(0) for match in DUTCH.finditer(text)]
