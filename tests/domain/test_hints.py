import pytest

from nlinkoop.domain.award import AwardCriterion
from nlinkoop.domain.checklist import Pattern
from nlinkoop.domain.conditions import Alternative, Side
from nlinkoop.domain.hints import Hint, HintCode, hints
from nlinkoop.domain.preparation import Opening, Preparation
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.domain.wishes import Wish


def codes(prep: Preparation) -> list[HintCode]:
    return [h.code for h in hints(prep)]


def complete() -> Preparation:
    prep = Preparation(title="Verlenging catering")
    prep.opening = Opening(come_to_do="Samen terugkijken", come_to_get="Afspraken over 2027")
    prep.capacity.alternatives.append(Alternative(side=Side.OURS, description="Tweede cateraar"))
    return prep


def test_a_complete_preparation_gets_no_hints() -> None:
    assert hints(complete()) == []


def test_no_opening_statement() -> None:
    prep = complete()
    prep.opening = Opening(come_to_do="  ")
    assert codes(prep) == [HintCode.NO_OPENING]


def test_only_an_estimate_of_their_alternative_is_not_enough() -> None:
    prep = complete()
    prep.capacity.alternatives = [Alternative(side=Side.THEIRS, description="Andere klant")]
    assert codes(prep) == [HintCode.NO_OWN_ALTERNATIVE]


def test_a_risk_without_what_instead() -> None:
    prep = complete()
    check = prep.checklist.pattern(Pattern.PRESSURE)
    check.risk = True
    assert hints(prep)[0].code is HintCode.RISK_WITHOUT_ALTERNATIVE
    assert hints(prep)[0].subject == "pressure"
    check.instead = "Ruimte geven: beslissing na de zomer"
    assert hints(prep) == []


def test_public_context_asks_for_a_procedure() -> None:
    prep = complete()
    prep.context = Context.PUBLIC
    assert codes(prep) == [HintCode.PUBLIC_WITHOUT_PROCEDURE]
    prep.procedure = Procedure.OPEN_EUROPEAN
    assert hints(prep) == []


def test_wish_hints() -> None:
    prep = complete()
    good = Wish(description="Social return", customer_value="Werk voor inwoners")
    prep.wishes = [good]
    assert hints(prep) == []
    bare = Wish(description="Extra maandrapportage", carried_over=True, points=5)
    prep.wishes.append(bare)
    assert codes(prep) == [
        HintCode.MORE_THAN_ONE_WISH,
        HintCode.WISH_NOT_SUBSTANTIATED,
        HintCode.WISH_CARRIED_OVER,
        HintCode.POINTS_WITHOUT_EURO,
    ]
    assert {h.subject for h in hints(prep)[1:]} == {bare.id}


@pytest.mark.parametrize(
    "name",
    [
        "ISO 14001-certificaat",
        "iso 9001",
        "ISO/IEC 27001",
        "EMAS-registratie",
        "VCA**",
        "VCA-P voor de uitvoerders",
        "Certificering van het bedrijf",
        "Gecertificeerd schoonmaakbedrijf",
        "NEN 4400-1",
    ],
)
def test_a_company_certificate_in_the_award_is_hinted(name: str) -> None:
    prep = complete()
    wish = Wish(description=name, customer_value="Groen")
    prep.wishes = [wish]
    assert hints(prep) == [Hint(HintCode.CERTIFICATE_IN_AWARD, wish.id)]
    wish.description = "Plan voor schoonmaakmiddelen en -methoden in onze panden"
    plain = AwardCriterion("Plan", wish_id=wish.id)
    named = AwardCriterion(name)
    prep.award.criteria = [plain, named]
    assert hints(prep) == [Hint(HintCode.CERTIFICATE_IN_AWARD, named.id)]


def test_a_criterion_of_a_hinted_wish_gets_no_second_hint() -> None:
    prep = complete()
    wish = Wish(description="ISO 14001", customer_value="Groen")
    prep.wishes = [wish]
    prep.award.criteria = [AwardCriterion("ISO 14001-certificaat", wish_id=wish.id)]
    assert hints(prep) == [Hint(HintCode.CERTIFICATE_IN_AWARD, wish.id)]


@pytest.mark.parametrize(
    "name",
    ["Plan duurzame schoonmaakmiddelen en -methoden", "Isolatie 2000", "Emissievrij", "ISO"],
)
def test_other_names_are_no_certificate(name: str) -> None:
    prep = complete()
    prep.wishes = [Wish(description=name, customer_value="Waarde")]
    prep.award.criteria = [AwardCriterion(name)]
    assert hints(prep) == []
