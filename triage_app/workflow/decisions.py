"""What to do at a device: the rules applied to its kind, its facts and the officer's level.

Pure functions over :class:`~triage_app.workflow.rules.Rules`. The first rule whose condition
holds gives the outcome. A fact not yet known leaves a rule undecided (neither holding nor
failing). When an undecided rule before the first rule that holds would give another outcome,
the decision has no outcome and lists every fact still missing before that rule, in the order
the rules ask them (the order of ``facts:``); a missing fact that cannot change the outcome is
not asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from triage_app.errors import InputError
from triage_app.workflow.rules import Rules, guidance_level

# A condition's answer: holds, fails, or cannot be told yet (a fact is missing).
_HOLDS, _FAILS, _UNDECIDED = "holds", "fails", "undecided"


@dataclass(frozen=True, slots=True)
class Decision:
    """The rules' answer for one device. ``outcome`` None: facts are missing (see
    ``missing_facts``, and ``text`` asks the first of them)."""

    outcome: str | None
    kind: str | None  # instruction | stop | caution
    text: str
    rule: str | None
    source: str | None  # the publication the rule cites
    missing_facts: list[str] = field(default_factory=list)
    permits: list[str] = field(default_factory=list)  # evidence actions the outcome allows
    before_reading: list[str] = field(default_factory=list)  # facts needed before them

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "kind": self.kind, "text": self.text,
                "rule": self.rule, "source": self.source,
                "missing_facts": list(self.missing_facts)}


def decide(rules: Rules, kind: str, facts: dict[str, str], level: str | None) -> Decision:
    """Apply ``rules`` to a device of ``kind`` with ``facts``, for an officer whose highest
    ladder level is ``level`` (None: no level)."""
    missing: set[str] = set()
    undecided_outcomes: set[str] = set()
    for rule in rules.rules:
        answer, lacking = _condition(rule["when"], kind, facts, level)
        if answer == _UNDECIDED:
            missing |= lacking
            undecided_outcomes.add(rule["outcome"])
        elif answer == _HOLDS:
            if undecided_outcomes - {rule["outcome"]}:
                break
            return _decision(rules, rule, level)
    ordered = [name for name in rules.facts if name in missing]
    first = rules.facts[ordered[0]]["ask"][guidance_level(level)] if ordered else \
        "no rule applies to this device; call a specialist"
    return Decision(None, None, first, None, None, ordered)


def _decision(rules: Rules, rule: dict[str, Any], level: str | None) -> Decision:
    outcome = rules.outcomes[rule["outcome"]]
    words = guidance_level(level)
    text = outcome["text"][words]
    if note := rule.get("note"):
        text = f"{text} {note[words]}"
    return Decision(rule["outcome"], outcome["kind"], text, rule["id"],
                    rules.source(rule["source"]), [], list(outcome.get("permits", [])),
                    list(outcome.get("before-reading", [])))


def _condition(when: dict[str, Any], kind: str, facts: dict[str, str],
               level: str | None) -> tuple[str, set[str]]:
    if "kinds" in when and kind not in when["kinds"]:
        return _FAILS, set()
    if "levels" in when and (level or "TRAINEE") not in when["levels"]:
        return _FAILS, set()
    answers = []
    if "facts" in when:
        answers.append(_fact_set(when["facts"], facts))
    if "any" in when:
        options = [_fact_set(s, facts) for s in when["any"]]
        if any(a == _HOLDS for a, _ in options):
            answers.append((_HOLDS, set()))
        elif all(a == _FAILS for a, _ in options):
            answers.append((_FAILS, set()))
        else:
            answers.append((_UNDECIDED, set().union(*(m for _, m in options))))
    return _all(answers)


def _fact_set(wanted: dict[str, list[str]], facts: dict[str, str]) -> tuple[str, set[str]]:
    answers = [(_UNDECIDED, {name}) if name not in facts
               else (_HOLDS if facts[name] in values else _FAILS, set())
               for name, values in wanted.items()]
    return _all(answers)


def _all(answers: list[tuple[str, set[str]]]) -> tuple[str, set[str]]:
    if any(a == _FAILS for a, _ in answers):
        return _FAILS, set()
    lacking = set().union(*(m for _, m in answers)) if answers else set()
    return (_UNDECIDED, lacking) if lacking else (_HOLDS, set())


def parse_fact(rules: Rules, text: str) -> tuple[str, str]:
    """``NAME=VALUE`` checked against the rules' facts; InputError naming what is wrong."""
    name, sep, value = text.partition("=")
    name, value = name.strip(), value.strip()
    if not sep or not name or not value:
        raise InputError(f"bad fact {text!r}: write NAME=VALUE, e.g. power=on")
    if name not in rules.facts:
        raise InputError(f"unknown fact {name!r}: known facts are {', '.join(rules.facts)}")
    allowed = rules.facts[name].get("values")
    if allowed is not None and value not in allowed:
        raise InputError(f"fact {name!r} cannot be {value!r}: use one of {', '.join(allowed)}")
    return name, value


def check_kind(rules: Rules, kind: str) -> str:
    if kind not in rules.kinds:
        raise InputError(f"unknown device kind {kind!r}: use one of {', '.join(rules.kinds)}")
    return kind
