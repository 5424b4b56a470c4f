"""Choosing which rules' findings ``samverkan check`` reports, and GitHub annotations.

A rule is named on the command line by its id (any case), a prefix of its id
(``KL-9``) or a provision it cites, in the short form (``KL 9:24``) or the Swedish one
(``9 kap. 24 § kommunallagen``). :func:`matching` turns such a name into rule ids;
:func:`filtered` keeps the findings of the chosen rules; :func:`github` writes the findings as
GitHub Actions workflow commands (``::error file=…,title=RULE::message``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from samverkan.cli_check import CheckedDocument
from samverkan.errors import InputError, did_you_mean, excerpt
from samverkan.law.citation import Citation
from samverkan.rules import Rule, Severity

__all__ = ["cites", "filtered", "github", "matching"]

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def cites(citation: Citation, name: str) -> bool:
    """``True`` when ``name`` (``KL 9:24``, ``9 kap. 24 § kommunallagen``) names ``citation``
    or a provision containing it (``KL 9:24`` names ``KL 9:24 1 st.``)."""
    wanted = _fold(name)
    for form in (citation.short(), citation.swedish()):
        have = _fold(form)
        if have == wanted or have.startswith(wanted + " "):
            return True
    # "kommunallagen (2017:725)" after the section in the Swedish form: compare without it
    chapter = f"{citation.chapter} kap. " if citation.chapter is not None else ""
    return _fold(f"{chapter}{citation.section} §") == wanted


def matching(rules: Iterable[Rule], name: str) -> list[str]:
    """The ids of the rules named by ``name``: its id in any case, else the rules whose id
    starts with it, else the rules citing the provision it names. Raises
    :class:`~samverkan.errors.InputError` when none is named."""
    rules = list(rules)
    wanted = name.strip().casefold()
    exact = [rule.id for rule in rules if rule.id.casefold() == wanted]
    if exact:
        return exact
    prefixed = [rule.id for rule in rules if wanted and rule.id.casefold().startswith(wanted)]
    if prefixed:
        return prefixed
    citing = [rule.id for rule in rules if any(cites(c, name) for c in rule.citations)]
    if citing:
        return citing
    hint = did_you_mean(name, [rule.id for rule in rules])
    raise InputError(
        f"no rule has the id, id prefix or provision {excerpt(name)}{hint} "
        "(samverkan rules lists them)"
    )


def filtered(
    documents: Sequence[CheckedDocument],
    rules: Iterable[Rule],
    select: Sequence[str],
    ignore: Sequence[str],
) -> list[CheckedDocument]:
    """``documents`` with only the findings of the rules in ``select`` (every rule when it is
    empty) and not in ``ignore``."""
    if not select and not ignore:
        return list(documents)
    rules = list(rules)
    chosen = {rule.id for rule in rules}
    if select:
        chosen = {rule_id for name in select for rule_id in matching(rules, name)}
    chosen -= {rule_id for name in ignore for rule_id in matching(rules, name)}
    kept = []
    for document in documents:
        findings = tuple(f for f in document.findings if f.finding.rule_id in chosen)
        kept.append(attrs.evolve(document, report=attrs.evolve(document.report, findings=findings)))
    return kept


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def github(documents: Sequence[CheckedDocument], locale: str) -> str:
    """Every finding as a GitHub Actions annotation, one line each:
    ``::error file=F,line=L,col=C,title=RULE::message (provision; path)`` (``line`` and
    ``col`` where the finding has a place in the file)."""
    lines = []
    for document in documents:
        for item in document.findings:
            finding = item.finding
            where = "; ".join([*(c.short() for c in finding.citations), item.path])
            message = f"{finding.message(locale)} ({where})"
            level = _LEVELS[finding.severity]
            properties = f"file={_property(document.file)}"
            position = document.position(item)
            if position is not None:
                properties += f",line={position[0]},col={position[1]}"
            properties += f",title={_property(finding.rule_id)}"
            lines.append(f"::{level} {properties}::{_data(message)}")
    return "".join(f"{line}\n" for line in lines)
