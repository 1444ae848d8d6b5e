from nlinkoop.domain.checklist import Pattern
from nlinkoop.domain.conditions import Alternative, Side
from nlinkoop.domain.hints import HintCode, hints
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
    bare = Wish(description="ISO 14001", carried_over=True, points=5)
    prep.wishes.append(bare)
    assert codes(prep) == [
        HintCode.MORE_THAN_ONE_WISH,
        HintCode.WISH_NOT_SUBSTANTIATED,
        HintCode.WISH_CARRIED_OVER,
        HintCode.POINTS_WITHOUT_EURO,
    ]
    assert {h.subject for h in hints(prep)[1:]} == {bare.id}
