"""What a membership rule reports (KL 3:8, 9:19; KL 1991 3:3 a, 3:20; KFL 1985 1:1): who may
take part in a joint committee or local federation, each participant once, and at least two.

The rules differ in their words (:class:`MembershipWording`); :func:`membership_findings`
reports for them all. Participants that may not take part are named together in one finding,
and so are those listed twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from samverkan._frozen import frozen
from samverkan.i18n import N_
from samverkan.model import Participant
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.grouping import Wording, grouped
from samverkan.rules.participants import Membership, regions_term

__all__ = ["REPEATED_PARTY", "MembershipWording", "membership_findings"]

#: A party of a joint committee listed more than once (KL 9:19, KL 1991 3:3 a).
REPEATED_PARTY = Wording(
    N_("{participant} står mer än en gång bland parterna."),
    N_("{participants} står mer än en gång bland parterna."),
    N_("Ange {participant} bara en gång."),
    N_("Ange var och en av {participants} bara en gång."),
)


@frozen
class MembershipWording:
    """A membership rule's words: ``not_party`` and ``repeated`` for one participant
    (``{one}``) and several (``{participants}``), both given ``{regions}``; ``too_few`` with
    ``{count}`` (and ``{regions}`` for its fix) at ``too_few_severity`` (``None``: the rule's).
    ``repeated`` is ``None`` where the rule does not report a participant listed twice;
    ``kind_facts`` says whether a not-party finding lists the participants' kinds."""

    not_party: Wording
    repeated: Wording | None
    too_few: str
    too_few_fix: str | None = None
    too_few_severity: Severity | None = None
    one: str = "participant"
    kind_facts: bool = True


def membership_findings(
    ctx: RuleContext,
    participants: tuple[Participant, ...],
    wording: MembershipWording,
    *,
    path: str,
) -> Iterator[Finding]:
    """The findings on ``participants``, listed at ``path``."""
    membership = Membership.of(participants)
    regions = regions_term(ctx)
    strangers = [(f"{path}[{i}]", p) for i, p in membership.not_parties]
    facts: dict[str, Any] | None = None
    if wording.kind_facts and len(strangers) == 1:
        facts = {"kind": type(strangers[0][1]).__name__}
    elif wording.kind_facts:
        facts = {"kinds": [type(p).__name__ for _, p in strangers]}
    yield from grouped(
        ctx,
        strangers,
        wording.not_party,
        one=wording.one,
        many="participants",
        path=path,
        facts=facts,
        regions=regions,
    )
    if wording.repeated is not None:
        yield from grouped(
            ctx,
            [(f"{path}[{i}]", p) for i, p in membership.repeated],
            wording.repeated,
            one=wording.one,
            many="participants",
            path=path,
        )
    if membership.distinct < 2:
        yield ctx.finding(
            wording.too_few,
            fix=wording.too_few_fix,
            path=path,
            severity=wording.too_few_severity,
            count=membership.distinct,
            regions=regions,
        )
