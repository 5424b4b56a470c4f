from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from samverkan.errors import UnknownRuleError, UnsupportedSubjectError
from samverkan.law import Verification
from samverkan.model import (
    Adoption,
    Instrument,
    JointCommittee,
    Office,
    Organisation,
    OrganisationKind,
    Role,
    Seat,
    Task,
)
from samverkan.parties import registry
from samverkan.rules import (
    REGISTRY,
    Category,
    Context,
    Finding,
    Outcome,
    RuleContext,
    RuleKind,
    RuleRegistry,
    Severity,
    check,
    rule,
)


def test_every_registered_rule_is_documented_and_dated() -> None:
    assert len(REGISTRY) >= 3
    for item in REGISTRY:
        assert bool(item.citations) is (item.kind is RuleKind.LAW), item.id
        assert item.valid_from, item.id
        assert item.blind_spots, item.id
        assert item.summary, item.id
        assert item.description, item.id
        assert item.applies_to, item.id
        if item.verification is Verification.RECALLED:
            assert item.severity is not Severity.ERROR, item.id


def test_rule_lookup() -> None:
    assert REGISTRY.get("KL-9-24-representation").citations[0].short() == "KL 9:24"
    assert "KL-9-24-representation" in REGISTRY
    with pytest.raises(UnknownRuleError, match="did you mean KL-9-24-representation"):
        REGISTRY.get("KL-9-24-representaton")


def _committee() -> JointCommittee:
    reg = registry()
    ost, berg = reg.municipality("2380"), reg.municipality("2326")
    adopted = (Adoption(ost), Adoption(berg))
    return JointCommittee(
        "Prov",
        (ost, berg),
        ost,
        tasks=(Task("internal.procurement"),),
        agreement=Instrument(adoptions=adopted, tasks=("internal.procurement",)),
        standing_rules=Instrument(adoptions=adopted),
        seats=(
            Seat(ost, office=Office.CHAIR),
            Seat(ost, Role.SUBSTITUTE),
            Seat(berg),
            Seat(berg, Role.SUBSTITUTE),
        ),
    )


def test_check_collects_and_reports_rules_applied() -> None:
    report = check(_committee(), as_of=date(2019, 1, 1))
    assert report.ok
    assert report.errors == ()
    assert report.warnings == ()
    assert report.as_of == date(2019, 1, 1)
    assert report.subject_kind == "joint_committee"
    assert "KL-9-24-representation" in report.applied
    for rule_id in report.not_in_force:
        assert not REGISTRY.get(rule_id).in_force_on(date(2019, 1, 1))


def test_rules_not_in_force_are_listed_not_run() -> None:
    report = check(_committee(), as_of=date(1997, 7, 31))
    assert report.applied == ()
    assert "KL-9-24-representation" in report.not_in_force
    # Nothing judged is said, not left as an empty report that reads as clean.
    (finding,) = report.findings
    assert (finding.rule_id, finding.category) == ("coverage", Category.NOT_JUDGED)
    assert report.outcome is Outcome.NOT_JUDGED
    assert not report.ok


def test_unsupported_subject() -> None:
    with pytest.raises(UnsupportedSubjectError, match="str"):
        check("a committee", as_of=date(2020, 1, 1))


def test_context_and_as_of_must_agree() -> None:
    with pytest.raises(ValueError, match="disagree"):
        check(_committee(), as_of=date(2020, 1, 1), context=Context(date(2021, 1, 1)))
    assert check(_committee(), context=Context(date(2021, 1, 1))).as_of == date(2021, 1, 1)


def test_default_date_is_today() -> None:
    assert check(_committee()).as_of == date.today()


def _dummy(subject: object, ctx: RuleContext) -> Iterator[Finding]:
    """Prov.

    Does not check: anything.
    """
    yield ctx.finding("varning {x}", path="$", severity=Severity.WARNING, x=1)
    yield ctx.finding("fel", path="$.a")


def test_private_registry_orders_by_severity() -> None:
    own = RuleRegistry()
    rule(
        "TEST-one",
        applies_to=JointCommittee,
        cites=("KL 9:19",),
        valid_from=date(2018, 1, 1),
        registry=own,
    )(_dummy)
    report = check(_committee(), as_of=date(2020, 1, 1), rules=own)
    assert [f.severity for f in report] == [Severity.ERROR, Severity.WARNING]
    assert report.errors[0].path == "$.a"
    assert report.warnings[0].message() == "varning 1"
    assert report.infos == ()
    assert not report.ok
    assert len(report.by_rule("TEST-one")) == 2


@pytest.mark.parametrize(
    ("rule_id", "kwargs", "message"),
    [
        ("bad id", {}, "not of the form"),
        ("TEST-x", {"cites": ()}, "cites no provision"),
        ("TEST-x", {"verification": Verification.RECALLED}, "recalled"),
    ],
)
def test_registry_refuses_malformed_rules(
    rule_id: str, kwargs: dict[str, object], message: str
) -> None:
    own = RuleRegistry()
    options: dict[str, object] = {
        "applies_to": JointCommittee,
        "cites": ("KL 9:19",),
        "valid_from": date(2018, 1, 1),
        "registry": own,
    }
    options.update(kwargs)
    with pytest.raises(ValueError, match=message):
        rule(rule_id, **options)(_dummy)  # type: ignore[arg-type]


def test_registry_refuses_duplicates_and_missing_blind_spots() -> None:
    own = RuleRegistry()
    decorate = rule(
        "TEST-x",
        applies_to=JointCommittee,
        cites=("KL 9:19",),
        valid_from=date(2018, 1, 1),
        registry=own,
    )
    decorate(_dummy)
    with pytest.raises(ValueError, match="already registered"):
        decorate(_dummy)

    def undocumented(subject: object, ctx: RuleContext) -> Iterator[Finding]:
        """No blind spots here."""
        yield from ()

    with pytest.raises(ValueError, match="Does not check"):
        rule(
            "TEST-y",
            applies_to=JointCommittee,
            cites=("KL 9:19",),
            valid_from=date(2018, 1, 1),
            registry=own,
        )(undocumented)


def test_rule_validity_window() -> None:
    own = RuleRegistry()
    rule(
        "TEST-w",
        applies_to=JointCommittee,
        cites=("KL 9:19",),
        valid_from=date(2018, 1, 1),
        valid_to=date(2019, 12, 31),
        registry=own,
    )(_dummy)
    item = own.get("TEST-w")
    assert item.in_force_on(date(2019, 12, 31))
    assert not item.in_force_on(date(2020, 1, 1))
    assert not item.in_force_on(date(2017, 12, 31))


def test_organisation_str() -> None:
    body = Organisation("Kommunförbundet Jämtland Härjedalen", OrganisationKind.KOMMUNALFORBUND)
    assert str(body) == "Kommunförbundet Jämtland Härjedalen (kommunalförbund)"


def test_before_2018_the_report_says_the_1991_act_was_not_judged() -> None:
    from seeds import gnu_region, norrtalje_federation

    committee = check(gnu_region(), as_of=date(2015, 6, 1))
    (finding,) = committee.by_rule("KL1991-3-3a-joint-committee")
    assert finding.severity is Severity.INFO
    assert finding.citations[0].sfs == "1991:900"
    assert finding.citations[0].short() == "KL (1991:900) 3:3 a–3 c"
    assert finding.message() == (
        "Den 1 juni 2015 gällde kommunallagen (1991:900) för gemensamma nämnder; samverkan "
        "prövar parterna, värdskapet, representationen, överenskommelsen och reglementet men "
        "inte revisionen eller ansvarsprövningen enligt den lagen."
    )
    assert "KL1991-3-3a-parties" in committee.judged
    assert "KL-9-24-representation" in committee.not_in_force
    federation = check(norrtalje_federation(), as_of=date(2015, 6, 1))
    assert [f.rule_id for f in federation] == [
        "KL1991-3-20-federation",
        "KL1991-3-28-cost-division",
    ]
    assert federation.findings[1].severity is Severity.INFO
    assert "KL1991-3-27-charter" in federation.judged
    assert federation.findings[0].citations[0].short() == "KL (1991:900) 3:20–28"


def test_from_2018_the_1991_rules_are_silent() -> None:
    from seeds import gnu_region, norrtalje_federation

    assert not check(gnu_region(), as_of=date(2018, 1, 1)).by_rule("KL1991-3-3a-joint-committee")
    report = check(norrtalje_federation(), as_of=date(2018, 1, 1))
    assert not report.by_rule("KL1991-3-20-federation")


def test_a_bundle_is_checked_item_by_item_with_paths_in_the_bundle() -> None:
    from attrs import evolve

    from samverkan.model import Bundle
    from samverkan.rules import Outcome

    flawed = evolve(_committee(), seats=())
    single = check(flawed, as_of=date(2019, 1, 1))
    report = check(Bundle((_committee(), flawed)), as_of=date(2019, 1, 1))
    assert report.reports[0].ok
    assert [(f.finding, f.path) for f in report] == [(f, "$.items[1]" + f.path[1:]) for f in single]
    assert {f.item for f in report} == {"Prov"}
    assert report.outcome is single.outcome is Outcome.NO_ERRORS
    assert report.count("judged") == len(report.reports[0].judged) + len(single.judged)
    assert report.under("$.content").findings[0].path.startswith("$.content.items[1]")
