"""Generate reference tables from samverkan's own registries when the docs are built.

Each generated page is written under ``docs/_generated`` and pulled into a hand-written page
with MyST's ``include`` directive, so the tables can never disagree with the code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from samverkan.competence import CATALOGUE as TASK_AREAS
from samverkan.io import schema_for
from samverkan.io.field_texts import SOURCE_LOCALE, translated
from samverkan.io.fields import fields_of, reachable_classes, type_label
from samverkan.io.schema import SCHEMA_BASE_URL, SCHEMA_KINDS, class_summary, schema_id
from samverkan.io.template import starting_toml
from samverkan.law import CATALOGUE, Citation, parse_citation
from samverkan.model.common import DESCRIPTION
from samverkan.model.kinds import DOCUMENT_KINDS
from samverkan.rules import REGISTRY, Rule, RuleKind
from samverkan.rules.texts import rule_text

GENERATED = Path(__file__).resolve().parents[1] / "_generated"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def statute_table() -> str:
    lines = [
        "| SFS | Title | Cited as | Short | In force | Repealed | Amendments |",
        "|---|---|---|---|---|---|---|",
    ]
    for item in CATALOGUE:
        in_force = item.in_force.isoformat() if item.in_force else "—"
        if item.in_force and not item.in_force_verification.is_verified:
            in_force += " (recalled)"
        repealed = (
            f"{item.repealed_on.isoformat()} by SFS {item.repealed_by}" if item.repealed_on else ""
        )
        amendments = "; ".join(
            f"SFS {a.sfs}"
            + (f" ({a.in_force.isoformat()}" if a.in_force else " (date not recorded")
            + (", recalled)" if not a.verification.is_verified else ")")
            + f": {a.summary}"
            for a in item.amendments
        )
        lines.append(
            f"| [{item.sfs}]({item.lagen_nu_url}) | {_cell(item.title)} | "
            f"{_cell(item.cited_as)} | {_cell(item.abbreviation)} | {in_force} | {repealed} | "
            f"{_cell(amendments)} |"
        )
    return "\n".join(lines) + "\n"


def _link(citation: Citation) -> str:
    return f"[{citation.swedish()}]({citation.lagen_nu_url})"


def rule_label(rule_id: str) -> str:
    """The MyST label of a rule's entry, used by cross-references."""
    return f"rule-{rule_id.lower()}"


#: The fixed words of the rule catalogue: headings, labels and table headings. Only these are
#: offered for translation in the docs' catalogues (see ``samverkan_languages``); the data
#: between them (ids, dates, provisions, the rules' own descriptions) is not.
TRANSLATABLE = frozenset(
    {
        "Index by kind of subject",
        "Index by statute and provision",
        "The parties' own consistency (no statute)",
        "The rules",
        "Rule",
        "Rules",
        "Provision",
        "Provisions",
        "Severity",
        "In force",
        "Applies to",
        "Kind",
        "Legal basis verified",
        "Text checked as of",
        "Module",
        "Does not check",
        "(consistency)",
        "none (consistency)",
        "consistency of the parties' own arrangements; cites no statute",
        "error",
        "warning",
        "info",
        "Field",
        "Type",
        "Required",
        "Meaning",
        "Allowed values",
        "yes",
        "no",
    }
)


def _period(item: Rule) -> str:
    end = item.valid_to.isoformat() if item.valid_to else ""
    return f"{item.valid_from.isoformat()} – {end}".rstrip()


def _index_by_kind() -> list[str]:
    """One table of rules per kind of subject."""
    kinds: dict[str, list[Rule]] = {}
    for item in REGISTRY:
        for kind in item.applies_to:
            kinds.setdefault(kind.__name__, []).append(item)
    lines = ["## Index by kind of subject", ""]
    for kind in sorted(kinds):
        lines += [
            f"### {kind}",
            "",
            "| Rule | Provision | Severity | In force |",
            "|---|---|---|---|",
        ]
        for item in kinds[kind]:
            provisions = "; ".join(c.short() for c in item.citations) or "(consistency)"
            lines.append(
                f"| [{item.id}](#{item.id.lower()}) | {provisions} | "
                f"{item.severity.value} | {_period(item)} |"
            )
        lines.append("")
    return lines


def _index_by_provision() -> list[str]:
    """Every cited provision, act by act, with the rules that apply it."""
    by_act: dict[str, dict[str, list[str]]] = {}
    for item in REGISTRY:
        for citation in item.citations:
            provisions = by_act.setdefault(citation.sfs, {})
            provisions.setdefault(citation.short(), []).append(item.id)
    lines = ["## Index by statute and provision", ""]
    for sfs in sorted(by_act, key=lambda number: [int(p) for p in number.split(":")]):
        act = CATALOGUE.get(sfs) if sfs in CATALOGUE else None
        lines += [
            f"### {act.title if act else 'SFS ' + sfs}",
            "",
            "| Provision | Rules |",
            "|---|---|",
        ]
        for provision, rule_ids in sorted(by_act[sfs].items()):
            rules = ", ".join(f"[{r}](#{r.lower()})" for r in dict.fromkeys(rule_ids))
            lines.append(f"| {provision} | {rules} |")
        lines.append("")
    consistency = [item.id for item in REGISTRY if item.kind is RuleKind.CONSISTENCY]
    lines += [
        "### The parties' own consistency (no statute)",
        "",
        ", ".join(f"[{r}](#{r.lower()})" for r in consistency),
        "",
    ]
    return lines


def _entry(item: Rule, language: str) -> list[str]:
    """One rule: its labelled fields and its own words in ``language`` (the Swedish rule texts
    come from the ``samverkan_rules`` catalogue; English is the docstring)."""
    text = rule_text(item, language)
    if item.kind is RuleKind.CONSISTENCY:
        basis = [":Kind: consistency of the parties' own arrangements; cites no statute"]
    else:
        assert item.verification is not None
        basis = [
            f":Legal basis verified: `{item.verification.value}`",
            f":Text checked as of: {item.verified_on.isoformat()}",
        ]
    provisions = "; ".join(_link(c) for c in item.citations) or "none (consistency)"
    return [
        f"({rule_label(item.id)})=",
        f"### {item.id}",
        "",
        f"**{_cell(text.summary)}**",
        "",
        f":Provisions: {provisions}",
        f":Applies to: {', '.join(k.__name__ for k in item.applies_to)}",
        f":In force: {_period(item)}",
        f":Severity: {item.severity.value}",
        *basis,
        f":Module: `{item.check.__module__}`",
        "",
        *(line for paragraph in text.body for line in (paragraph, "")),
        f":Does not check: {_cell(' '.join(text.blind_spots))}",
        "",
    ]


def rule_catalogue(language: str = "en") -> str:
    lines = [*_index_by_kind(), *_index_by_provision(), "## The rules", ""]
    for item in REGISTRY:
        lines += _entry(item, language)
    return "\n".join(lines) + "\n"


def task_area_table() -> str:
    lines = [
        "| Id | Area | Held by | Transfers | Localisation exceptions |",
        "|---|---|---|---|---|",
    ]
    for area in TASK_AREAS:
        holdings = "<br>".join(
            _cell(h.summary()) + ("" if h.verification.is_verified else " (recalled)")
            for h in area.holdings
        )
        transfers = "<br>".join(_cell(t.summary()) for t in area.transfers)
        exceptions = ", ".join(c.short() for c in area.localisation_exceptions)
        lines.append(
            f"| `{area.id}` | {_cell(area.name_sv)} — {_cell(area.name_en)} | {holdings} | "
            f"{transfers} | {exceptions} |"
        )
    return "\n".join(lines) + "\n"


def kind_table() -> str:
    """The kinds of document, one row of :data:`~samverkan.model.kinds.DOCUMENT_KINDS` each."""
    lines = [
        "| kind | model | Swedish term | Provided for by | `diagram` |",
        "|---|---|---|---|---|",
    ]
    for row in DOCUMENT_KINDS:
        model = f"{{class}}`~{row.cls.__module__}.{row.cls.__qualname__}`"
        law = _link(parse_citation(row.citation)) if row.citation else "practice term"
        drawable = "yes" if row.drawable else ""
        lines.append(f"| `{row.tag}` | {model} | *{row.term}* | {law} | {drawable} |")
    return "\n".join(lines) + "\n"


def _field_label(cls: type) -> str:
    return f"fields-{cls.__name__.lower()}"


def _class_link(cls: type) -> str:
    return f"{{ref}}`{cls.__name__} <{_field_label(cls)}>`"


def _allowed(values: tuple[Any, ...]) -> str:
    return ", ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in values)


def _languages(language: str) -> tuple[str, str]:
    """The language of the site first, then the other one of Swedish and English."""
    return ("sv", "en") if language == "sv" else ("en", "sv")


def bilingual(text: str, language: str, separator: str = "<br>") -> str:
    """The English meaning ``text`` and its Swedish translation, the site's language first,
    each marked with its language; once, unmarked, where the two are the same (a class
    summary that is a Swedish term and its citation)."""
    versions = {lang: translated(text, lang) for lang in _languages(language)}
    if versions["sv"] == text:
        return text
    shown = [f"**{lang}** {version}" for lang, version in versions.items() if version]
    return separator.join(shown)


def _class_table(cls: type, language: str) -> list[str]:
    """One class: its summary and a row per field, from the same descriptions as the schema,
    in Swedish and English."""
    lines = [
        f"({_field_label(cls)})=",
        f"#### {cls.__name__}",
        "",
        bilingual(class_summary(cls), language, separator="\n\n"),
        "",
        "| Field | Type | Required | Meaning | Allowed values |",
        "|---|---|---|---|---|",
    ]
    for info in fields_of(cls):
        words = type_label(info.hint, language, _class_link)
        required = "yes" if info.required else "no"
        lines.append(
            f"| `{info.name}` | {_cell(words)} | {required} | "
            f"{_cell(bilingual(info.description, language))} | {_allowed(info.allowed)} |"
        )
    return [*lines, ""]


def field_reference(language: str = SOURCE_LOCALE) -> str:
    """Every field of every document kind: each class once, under the first kind that uses
    it; later kinds link to it. Meanings in both languages, ``language`` first."""
    shown: set[type] = set()
    lines: list[str] = []
    for row in DOCUMENT_KINDS:
        lines += [f"### `{row.tag}` (*{row.term}*)", ""]
        classes = [cls for cls in reachable_classes(row.cls) if cls not in shown]
        lines.append(f"The content is a {_class_link(row.cls)}.")
        lines.append("")
        for cls in classes:
            lines += _class_table(cls, language)
        shown.update(classes)
    return "\n".join(lines) + "\n"


def new_local_federation() -> str:
    """What ``samverkan new local_federation`` writes, for the page to include."""
    return starting_toml("local_federation", "sv")


PAGES: dict[str, Callable[[str], str]] = {
    "fields.md": field_reference,
    "new-local_federation.toml": lambda _: new_local_federation(),
    "kinds.md": lambda _: kind_table(),
    "statutes.md": lambda _: statute_table(),
    "rules.md": rule_catalogue,
    "task_areas.md": lambda _: task_area_table(),
}


def generate(app: Any = None, config: Any = None) -> None:
    """Write the generated pages for the language being built (English without an app)."""
    language = (config.language if config is not None else None) or "en"
    GENERATED.mkdir(exist_ok=True)
    for name, build in PAGES.items():
        target = GENERATED / name
        text = build(language)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")


def _field_description(owner: object, name: str) -> str | None:
    """The description written on the attrs field ``name`` of ``owner``, if any."""
    if not (isinstance(owner, type) and attrs.has(owner)):
        return None
    found = attrs.fields_dict(owner).get(name)
    return found.metadata.get(DESCRIPTION) if found is not None else None


def _keep_described_fields(
    app: Any, what: str, name: str, obj: Any, skip: bool, options: Any
) -> bool | None:
    """Document the fields of slotted attrs classes even without a docstring of their own:
    :func:`_describe_field` gives them the description written on the field."""
    from sphinx.ext.autodoc._sentinels import SLOTS_ATTR

    if skip and obj is SLOTS_ATTR and not name.startswith("_"):
        return False
    return None


def _describe_field(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Show an attrs field's description (from its metadata) on its API entry."""
    if what != "attribute" or lines:
        return
    owner_path, _, attribute = name.rpartition(".")
    module_name, _, class_name = owner_path.rpartition(".")
    module = __import__(module_name, fromlist=[class_name]) if module_name else None
    owner = getattr(module, class_name, None)
    text = _field_description(owner, attribute)
    if text:
        lines.append(text)


def publish_schemas(app: Any, exception: Exception | None) -> None:
    """Write every kind's JSON Schema into the built site at the address of its ``$id``."""
    if exception is not None or app.builder.format != "html":
        return
    if (app.config.language or "en") != "en":
        return
    for kind in SCHEMA_KINDS:
        relative = schema_id(kind).removeprefix(SCHEMA_BASE_URL + "/")
        target = Path(app.outdir) / "schemas" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=True)
        target.write_text(text + "\n", encoding="utf-8")


def setup(app: Any) -> dict[str, Any]:
    app.connect("config-inited", generate)
    app.connect("build-finished", publish_schemas)
    app.connect("autodoc-skip-member", _keep_described_fields)
    app.connect("autodoc-process-docstring", _describe_field)
    return {"parallel_read_safe": True, "version": "1"}
