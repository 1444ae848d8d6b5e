"""Preparations and profiles with every field and every list filled, for store tests."""

import datetime as dt
import uuid
from decimal import Decimal

from nlinkoop.domain.award import (
    Award,
    AwardCriterion,
    AwardMethod,
    PriceFormula,
    SampleTender,
    TenderScore,
)
from nlinkoop.domain.checklist import (
    Checklist,
    Pattern,
    PatternCheck,
    PressureAnswer,
    PressureQuestion,
    Principle,
    PrincipleAction,
)
from nlinkoop.domain.common import Party, Priority, TextItem
from nlinkoop.domain.conditions import (
    AgendaItem,
    Alternative,
    Capacity,
    CostLine,
    Criterion,
    ExplicitItem,
    ExplicitKind,
    FieldEntry,
    FieldKind,
    LearningCondition,
    Motivation,
    Opportunity,
    Side,
    ToDo,
    ToDoKind,
    Topic,
)
from nlinkoop.domain.interests import Interest, JointOption, Uncertainty
from nlinkoop.domain.meeting_log import EntryKind, LogEntry, MeetingRound
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import (
    Communication,
    Kraljic,
    Mandate,
    Meeting,
    Opening,
    Participant,
    Portfolio,
    Preparation,
    Relationship,
    SupplierView,
    TeamMember,
)
from nlinkoop.domain.procedures import Authority, Context, ContractKind, Procedure
from nlinkoop.domain.reflection import PrincipleReview, Reflection, TopicOutcome
from nlinkoop.domain.wishes import Wish, WorthIt

# Text that has tripped up stores before: quotes, SQL, newlines, NUL, Dutch ĳ, €, emoji.
TRICKY = "Zeg 'ja' \"nee\"; DROP TABLE x; --\nĳzer € 😀 \x00 einde"


def fixed_id(name: str) -> str:
    """A stable UUID for a name, so fixtures and expectations do not change between runs."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"nlinkoop-test:{name}"))


def full_preparation(tag: str = "a", *, profile_id: str | None = None) -> Preparation:
    """A preparation with every scalar set to a non-default value and every list non-empty.

    Args:
        tag: makes texts and ids differ between preparations built in one test.
        profile_id: the pitch profile it links to.
    """

    def t(text: str) -> str:
        return f"{text} ({tag})"

    def i(name: str) -> str:
        return fixed_id(f"{tag}/{name}")

    topic = Topic(
        t("Prijs"),
        Priority.MUST_HAVE,
        hope=t("5%"),
        enough=t("3%"),
        our_limit=t("2%"),
        if_you=t("als jullie"),
        then_we=t("dan wij"),
        id=i("topic"),
    )
    meeting = MeetingRound(2, dt.date(2026, 12, 3), t("Anne, Bram"), t("14 januari"), i("m1"))
    return Preparation(
        title=t("Jaargesprek schoonmaak"),
        counterparty=t("Schoon & Co B.V."),
        organisation=t("Gemeente Waalmeer"),
        meeting=Meeting(dt.date(2026, 12, 3), dt.time(9, 30), dt.time(11, 0), t("Utrecht")),
        participants=[
            Participant(Side.OURS, t("Anne"), t("inkoper"), i("p1")),
            Participant(Side.THEIRS, t("Bram"), t("accountmanager"), i("p2")),
        ],
        internal_client=t("Facilitair"),
        context=Context.PUBLIC,
        procedure=Procedure.COMPETITIVE_WITH_NEGOTIATION,
        contract_value=Decimal("1250000.50"),
        contract_months=48,
        contract_kind=ContractKind.SUPPLIES_SERVICES,
        authority=Authority.OTHER,
        value_includes_options=True,
        portfolio=Portfolio(Kraljic.LEVERAGE, SupplierView.CORE, t("hefboom")),
        opportunity=Opportunity(
            conversation_date=dt.date(2026, 11, 20),
            conversation_with=t("directeur"),
            lead=t("wij"),
            notes=TRICKY,
            explicit=[
                ExplicitItem(Party.SUPPLIER, ExplicitKind.CONCERN, t("marge"), i("e1")),
                ExplicitItem(Party.US, ExplicitKind.CONDITION, t("SLA"), i("e2")),
            ],
            agenda=[
                AgendaItem(t("opening"), 10, t("Anne"), i("a1")),
                AgendaItem(t("prijs"), None, t("Bram"), i("a2")),
            ],
        ),
        capacity=Capacity(
            playing_field=[FieldEntry(FieldKind.MARKET, t("krapte"), t("lonen"), i("f1"))],
            cost_lines=[
                CostLine(t("loon"), Decimal("72.5"), Decimal("906250.00"), t("cao"), i("c1")),
                CostLine(t("korting"), None, Decimal("-1500.10"), t("bonus"), i("c2")),
            ],
            policy_goals=[TextItem(t("circulair"), i("g1")), TextItem(t("SROI"), i("g2"))],
            long_term=t("partnerschap"),
            todos=[ToDo(ToDoKind.SPAR, t("sparren"), True, i("t1"))],
            alternatives=[
                Alternative(Side.OURS, t("andere partij"), t("offerte vragen"), i("alt1")),
                Alternative(Side.THEIRS, t("andere klant"), t("-"), i("alt2")),
            ],
            criteria=[Criterion(t("CBS-index"), t("cbs.nl"), i("cr1"))],
            topics=[topic],
        ),
        motivation=Motivation(t("impact"), t("vak"), t("respect"), t("angst"), t("anders")),
        interests=[Interest(Party.SUPPLIER, t("zekerheid"), t("investering"), Priority.MUST_HAVE)],
        uncertainties=[Uncertainty(t("volume"), Party.INTERNAL_CLIENT, t("open benoemen"))],
        opening=Opening(t("samen kijken"), t("afspraak")),
        joint_options=[JointOption(t("langer contract"), t("rust"), t("omzet"), i("j1"))],
        communication=Communication(
            questions=[TextItem(t("wat kost het?"), i("q1"))],
            share=[TextItem(t("budget"), i("s1")), TextItem(t("planning"), i("s2"))],
        ),
        relationship=Relationship(t("zakelijk"), t("partner")),
        mandate=Mandate(
            lead=t("Anne"),
            decides=t("directeur"),
            on_the_spot=t("tot 5%"),
            approval=t("MT"),
            conduct=t("integriteit"),
            team=[TeamMember(t("Anne"), t("lead"), t("alles"), i("tm1"))],
        ),
        checklist=Checklist(
            patterns=[
                PatternCheck(p, risk=n % 2 == 0, why=t(f"waarom {n}"), instead=t("anders"))
                for n, p in enumerate(Pattern)
            ],
            principles=[PrincipleAction(p, t(f"actie {n}")) for n, p in enumerate(Principle)],
            pressure=[PressureAnswer(q, t(f"antw. {n}")) for n, q in enumerate(PressureQuestion)],
            red_lines=[TextItem(t("geen exclusiviteit"), i("r1"))],
        ),
        wishes=[
            Wish(
                t("groen"),
                t("klant"),
                t("organisatie"),
                t("proces"),
                Decimal("20000.00"),
                12,
                Decimal("36000.00"),
                True,
                WorthIt.DOUBT,
                enough=t("een 6"),
                aspiration=t("een 7,5"),
                id=i("w1"),
            )
        ],
        award=Award(
            AwardMethod.VALUE,
            Decimal("40"),
            PriceFormula.LINEAR,
            Decimal("120000.00"),
            criteria=[
                AwardCriterion(t("kwaliteit"), Decimal("60"), Decimal("2500.00"), i("w1"), i("c1"))
            ],
            tenders=[SampleTender(t("Inschrijver A"), Decimal("80000.00"), i("t1"))],
            scores=[TenderScore(i("t1"), i("c1"), Decimal("60"), i("s1"))],
        ),
        reflection=Reflection(
            held_on=dt.date(2026, 12, 4),
            outcomes=[TopicOutcome(t("Prijs"), t("5%"), t("4%"), topic.id, i("o1"))],
            reviews=[
                PrincipleReview(p, done=n % 2 == 1, note=t(f"noot {n}"))
                for n, p in enumerate(Principle)
            ],
            went_well=t("goed"),
            went_badly=t("minder"),
            agreed=t("4%"),
            lesson=t("eerder beginnen"),
            train_next=LearningCondition.MOTIVATION,
            round_id=meeting.id,
        ),
        meetings=[MeetingRound(1, None, "", "", i("m0")), meeting],
        log=[
            LogEntry(
                meeting.id,
                dt.datetime(2026, 12, 3, 9, 40, 0, 250000, tzinfo=dt.UTC),
                EntryKind.ACTION,
                TRICKY,
                t("Bram"),
                dt.date(2026, 12, 12),
                None,
                True,
                i("l1"),
            ),
            LogEntry(
                meeting.id,
                dt.datetime(2026, 12, 3, 9, 45, tzinfo=dt.UTC),
                EntryKind.GIVE,
                t("langer contract"),
                topic_id=topic.id,
                id=i("l2"),
            ),
        ],
        profile_id=profile_id,
        id=i("preparation"),
        created_at=dt.datetime(2026, 11, 1, 8, 0, 0, 123000, tzinfo=dt.UTC),
        updated_at=dt.datetime(2026, 11, 2, 9, 15, 30, 456000, tzinfo=dt.UTC),
        updated_by="builder",
    )


def full_profile(tag: str = "a") -> PitchProfile:
    """A pitch profile with every field set."""
    texts = ("Anne", "normen", "principes", "drijfveren", "missie", "pitch", "duurzaam")
    texts += ("doordacht", "systemisch", "vooruit")
    return PitchProfile(
        *(f"{text} ({tag})" for text in texts),
        id=fixed_id(f"{tag}/profile"),
        created_at=dt.datetime(2026, 10, 1, 7, 0, 0, 1000, tzinfo=dt.UTC),
        updated_at=dt.datetime(2026, 10, 5, 7, 0, 0, 999000, tzinfo=dt.UTC),
        updated_by="builder",
    )


def full_policy(name: str = "Inkoopbeleid 2025") -> ProcurementPolicy:
    """A procurement policy with every field set (amounts with trailing zeros, as typed)."""
    return ProcurementPolicy(
        single_up_to=Decimal("50000.00"),
        multiple_up_to=Decimal("215000"),
        works_single_up_to=Decimal("150000.50"),
        works_multiple_up_to=Decimal("1500000"),
        name=name,
        created_at=dt.datetime(2026, 9, 1, 7, 0, 0, 250000, tzinfo=dt.UTC),
        updated_at=dt.datetime(2026, 9, 2, 7, 0, 0, 750000, tzinfo=dt.UTC),
        updated_by="builder",
    )
