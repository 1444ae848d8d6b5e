"""The organisation's own procurement policy: its limits for the private procedures.

The Aanbestedingswet sets no amounts below the European thresholds; each organisation sets its
own in its procurement policy (inkoopbeleid), e.g. "enkelvoudig onderhands tot € 50.000,
meervoudig onderhands tot € 215.000". The policy is stored once in the workbook, so colleagues who
share the file share it, and the legal gate weighs a contract's value against it.
"""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from nlinkoop.domain.common import utc_now

POLICY_ID = "policy"  # one policy per workbook: the same id in every file, so merges meet


@dataclass
class ProcurementPolicy:
    """The amounts (excl. VAT, whole term) below which a private procedure may be used.

    A contract worth less than `single_up_to` may go to one invited undertaking (enkelvoudig
    onderhands); below `multiple_up_to` to several invited ones (meervoudig onderhands); above
    that, the policy asks for a national open procedure (or a European one above the threshold).
    Works often have higher limits than supplies and services, so they have their own pair;
    social and other specific services follow the supplies-and-services pair. None: not set.
    """

    single_up_to: Decimal | None = None  # supplies and services
    multiple_up_to: Decimal | None = None
    works_single_up_to: Decimal | None = None
    works_multiple_up_to: Decimal | None = None
    name: str = ""  # which policy this is, e.g. "Inkoop- en aanbestedingsbeleid 2025"
    id: str = POLICY_ID
    created_at: dt.datetime = field(default_factory=utc_now)
    updated_at: dt.datetime = field(default_factory=utc_now)
    updated_by: str = ""

    def is_set(self) -> bool:
        """Whether any limit is filled in."""
        limits = (
            self.single_up_to,
            self.multiple_up_to,
            self.works_single_up_to,
            self.works_multiple_up_to,
        )
        return any(limit is not None for limit in limits)
