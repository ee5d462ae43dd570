"""Scoring a training exercise: a pure function of the scenario, the case's custody entries and
the workflow rules.

Who played: the trainee's entries are those of every officer except the trainers, that is the
officer who built the case (the first entry's) and any officer who injected an event
(``scenario.event``). Device facts are folded over every entry (the build's, the trainee's and
an injected event's alike), as the device register reads them.

The score: each expectation met earns its points (they add up to 100 in a pack). An expectation
tied to an event the trainer never injected cannot be met or missed: it is "not applicable" and
the points earned are scaled to 100 over the applicable ones. From that, each unsafe rule that
matched takes its points once (however often it matched; every match is listed), and each
refused attempt (``action.refused``: above the trainee's level, outside the legal authority, or
not what the decision for the device allows) takes the scenario's ``above_level`` points, unless
an unsafe rule already counted that entry. Asking for a specialist (``specialist.requested``)
costs nothing: it is what a trainee at the limit of their endorsement should do, and is listed
as such. The score never goes below 0. A competency's score is computed the same way over its
own expectations and penalties.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from triage_app.custody.entry import CustodyEntry
from triage_app.simulation.scenario import (
    ENTRY_ACTIONS,
    ActionExpect,
    DecisionExpect,
    Expectation,
    FactsExpect,
    FindingExpect,
    OrderExpect,
    Pattern,
    Scenario,
    TimeExpect,
)
from triage_app.workflow.rules import Rules

EVENT_ENTRY = "scenario.event"
REFUSED, REQUESTED = "action.refused", "specialist.requested"
DEVICE_ENTRIES = ("device.registered", "device.updated")
DECIDED, DONE, CONFIRMED = "decision.recorded", "decision.done", "finding.confirmed"

# The finding kinds of the scan's analyzers that show an artefact a pack plants.
ARTEFACT_FINDINGS = {
    "seed-phrase": ("crypto-seed-phrase",),
    "wallet": ("crypto-wallet-file",),
    "address": ("crypto-address",),
    "gps": ("exif.gps",),
    "known-file": ("knownfile.known", "knownfile.notable"),
}

MISSED, ORDER, UNSAFE, ABOVE_LEVEL = "missed", "order", "unsafe", "above_level"


@dataclass(frozen=True, slots=True)
class LostPoints:
    """Points lost, and the words a debrief gives them."""

    id: str  # the expectation or unsafe rule; "refused-<seq>" for a refused attempt
    category: str  # missed | order | unsafe | above_level
    competency: str
    points: int
    happened: str
    expected: str
    why: str
    source: str | None = None  # the key of the source cited
    source_text: str | None = None
    seqs: tuple[int, ...] = ()  # the custody entries it is about

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "category": self.category, "competency": self.competency,
                "points": self.points, "happened": self.happened, "expected": self.expected,
                "why": self.why, "source": self.source, "source_text": self.source_text,
                "seqs": list(self.seqs)}


@dataclass(frozen=True, slots=True)
class SpecialistRequest:
    seq: int
    action: str
    exhibit: str | None
    officer: str

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "action": self.action, "exhibit": self.exhibit,
                "officer": self.officer, "points": 0}


@dataclass(frozen=True, slots=True)
class CompetencyScore:
    competency: str
    earned: int
    possible: int
    penalties: int
    score: int

    def to_dict(self) -> dict[str, Any]:
        return {"earned": self.earned, "possible": self.possible, "penalties": self.penalties,
                "score": self.score}


@dataclass(frozen=True, slots=True)
class TimeTaken:
    first: str | None  # the trainee's first and last entry (UTC)
    last: str | None
    seconds: float
    limit_minutes: int | None
    within: bool | None  # None: the scenario sets no limit

    def to_dict(self) -> dict[str, Any]:
        return {"first": self.first, "last": self.last, "seconds": self.seconds,
                "limit_minutes": self.limit_minutes, "within": self.within}


@dataclass(frozen=True, slots=True)
class Score:
    scenario: str
    scenario_sha256: str
    level: str
    score: int
    competencies: dict[str, CompetencyScore]
    met: tuple[str, ...]
    not_applicable: tuple[str, ...]
    missed: tuple[LostPoints, ...]
    order: tuple[LostPoints, ...]
    unsafe: tuple[LostPoints, ...]
    above_level: tuple[LostPoints, ...]
    specialist_requests: tuple[SpecialistRequest, ...]
    time: TimeTaken
    trainees: tuple[str, ...]
    trainers: tuple[str, ...]
    events: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @property
    def lost(self) -> tuple[LostPoints, ...]:
        return self.missed + self.order + self.unsafe + self.above_level

    def to_dict(self) -> dict[str, Any]:
        return {"scenario": self.scenario, "scenario_sha256": self.scenario_sha256,
                "level": self.level, "score": self.score,
                "competencies": {k: v.to_dict() for k, v in self.competencies.items()},
                "met": list(self.met), "not_applicable": list(self.not_applicable),
                "missed": [x.to_dict() for x in self.missed],
                "order": [x.to_dict() for x in self.order],
                "unsafe": [x.to_dict() for x in self.unsafe],
                "above_level": [x.to_dict() for x in self.above_level],
                "specialist_requests": [r.to_dict() for r in self.specialist_requests],
                "time": self.time.to_dict(), "trainees": list(self.trainees),
                "trainers": list(self.trainers), "events": list(self.events)}


# --- the ledger as the scorer reads it -----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Moment:
    """An entry and the device facts recorded before it."""

    entry: CustodyEntry
    facts: dict[str, dict[str, str]]


class _Play:
    def __init__(self, scenario: Scenario, entries: Sequence[CustodyEntry]) -> None:
        self.injected = [e for e in entries if e.action == EVENT_ENTRY]
        self.trainers = tuple(sorted({e.officer for e in [*entries[:1], *self.injected]}))
        facts: dict[str, dict[str, str]] = {}
        self.moments: list[_Moment] = []
        for entry in entries:
            if entry.officer not in self.trainers and entry.action != EVENT_ENTRY:
                self.moments.append(_Moment(entry, {k: dict(v) for k, v in facts.items()}))
            if entry.action in DEVICE_ENTRIES and entry.exhibit:
                recorded = (entry.details.get("device", {}).get("facts", {})
                            if entry.action == DEVICE_ENTRIES[0] else
                            entry.details.get("facts", {}))
                facts.setdefault(entry.exhibit, {}).update(recorded)
        self.recorded_facts = facts
        self.trainees = tuple(dict.fromkeys(m.entry.officer for m in self.moments))
        self.scenario = scenario

    def event_seq(self, event_id: str) -> int | None:
        return next((e.seq for e in self.injected if e.details.get("event") == event_id), None)

    def true_facts(self, exhibit: str) -> dict[str, str]:
        """The device's facts as they are at the end: the pack's, changed by injected events."""
        device = self.scenario.device(exhibit)
        facts = dict(device.facts) if device else {}
        for entry in self.injected:
            event = self.scenario.event(entry.details.get("event", ""))
            if event is not None and event.exhibit == exhibit:
                facts.update(event.facts)
        return facts

    def matching(self, pattern: Pattern) -> list[CustodyEntry]:
        return [m.entry for m in self.moments if self._matches(pattern, m)]

    def _matches(self, p: Pattern, moment: _Moment) -> bool:
        entry, details = moment.entry, moment.entry.details
        if entry.action != p.action or (p.exhibit and entry.exhibit != p.exhibit):
            return False
        if p.outcome and details.get("outcome") != p.outcome:
            return False
        if p.asks_for and p.asks_for not in (details.get("refused_action"),
                                             details.get("requested_action")):
            return False
        if p.evidence and not any(_names_evidence(item.get("source"), p.evidence)
                                  for item in entry.inputs if isinstance(item, dict)):
            return False
        if p.facts_missing:
            device = p.exhibit or _holder(self.scenario, p.evidence)
            have = moment.facts.get(device or "", {})
            if all(fact in have for fact in p.facts_missing):
                return False
        return True


def _names_evidence(source: Any, evidence_id: str) -> bool:
    """Whether ``source`` (a path as the scan recorded it) is the built artefact of the
    evidence: its file name's stem is the evidence id (usb-stick.raw, usb-stick.E01, a folder
    usb-stick)."""
    if not isinstance(source, str) or not source:
        return False
    path = PureWindowsPath(source) if "\\" in source else PurePosixPath(source)
    return path.name == evidence_id or path.stem == evidence_id


def _holder(scenario: Scenario, evidence_id: str | None) -> str | None:
    device = scenario.evidence_device(evidence_id) if evidence_id else None
    return device.exhibit if device else None


# --- scoring -------------------------------------------------------------------------------------

def score(scenario: Scenario, entries: Sequence[CustodyEntry], rules: Rules) -> Score:
    """Compare the trainee's entries with the scenario's expectations (see the module's words)."""
    play = _Play(scenario, entries)
    judge = _Judge(scenario, rules, play)
    met: list[str] = []
    not_applicable: list[str] = []
    missed: list[LostPoints] = []
    order: list[LostPoints] = []
    for expectation in scenario.expectations:
        verdict = judge.expectation(expectation)
        if verdict is None:
            met.append(expectation.id)
        elif isinstance(verdict, _NotApplicable):
            not_applicable.append(expectation.id)
        else:
            (order if verdict.category == ORDER else missed).append(verdict)
    unsafe = judge.unsafe()
    counted = {seq for lost in unsafe for seq in lost.seqs}
    above = [judge.refused(m.entry) for m in play.moments
             if m.entry.action == REFUSED and m.entry.seq not in counted]
    requests = tuple(SpecialistRequest(m.entry.seq, m.entry.details.get("requested_action", ""),
                                       m.entry.exhibit, m.entry.officer)
                     for m in play.moments if m.entry.action == REQUESTED)
    applicable = [x for x in scenario.expectations if x.id not in not_applicable]
    penalties = unsafe + above
    competencies = {
        name: _competency(name, [x for x in applicable if x.competency == name], met,
                          [p for p in penalties if p.competency == name])
        for name in dict.fromkeys([*(x.competency for x in scenario.expectations),
                                   *(u.competency for u in scenario.unsafe),
                                   scenario.above_level_competency])}
    overall = _competency("", applicable, met, penalties).score
    events = tuple({"event": e.details.get("event"), "seq": e.seq, "time": e.time,
                    "officer": e.officer} for e in play.injected)
    return Score(scenario=scenario.name, scenario_sha256=scenario.sha256, level=scenario.level,
                 score=overall, competencies=competencies, met=tuple(met),
                 not_applicable=tuple(not_applicable), missed=tuple(missed), order=tuple(order),
                 unsafe=tuple(unsafe), above_level=tuple(above), specialist_requests=requests,
                 time=judge.time_taken(), trainees=play.trainees, trainers=play.trainers,
                 events=events)


def _competency(name: str, expectations: Iterable[Expectation], met: Sequence[str],
                penalties: Sequence[LostPoints]) -> CompetencyScore:
    listed = list(expectations)
    possible = sum(x.points for x in listed)
    earned = sum(x.points for x in listed if x.id in met)
    lost = sum(p.points for p in penalties)
    base = round(100 * earned / possible) if possible else 100
    return CompetencyScore(name, earned, possible, lost, max(0, min(100, base - lost)))


class _NotApplicable:
    """An expectation tied to an event that was never injected."""


NOT_APPLICABLE = _NotApplicable()


class _Judge:
    """Each expectation's verdict: None when met, else the points lost and why."""

    def __init__(self, scenario: Scenario, rules: Rules, play: _Play) -> None:
        self.scenario, self.rules, self.play = scenario, rules, play
        self.sources = {**rules.data["sources"], **scenario.sources}

    def lost(self, item: Expectation, category: str, happened: str, expected: str, why: str,
             source: str | None, seqs: Iterable[int] = ()) -> LostPoints:
        key = item.source or source
        return LostPoints(item.id, category, item.competency, item.points, happened, expected,
                          item.why or why, key, self.sources.get(key) if key else None,
                          tuple(seqs))

    def expectation(self, item: Expectation) -> LostPoints | _NotApplicable | None:
        expect = item.expect
        if isinstance(expect, DecisionExpect):
            return self.decision(item, expect)
        if isinstance(expect, FactsExpect):
            return self.facts(item, expect)
        if isinstance(expect, ActionExpect):
            if self.play.matching(expect.entry):
                return None
            return self.lost(item, MISSED, f"no {expect.entry.describe()} was recorded",
                             expect.entry.describe(), self._action_words(expect.entry),
                             self._action_source(expect.entry))
        if isinstance(expect, OrderExpect):
            return self.order(item, expect)
        if isinstance(expect, FindingExpect):
            return self.finding(item, expect)
        assert isinstance(expect, TimeExpect)
        taken = self.time_taken()
        if taken.within:
            return None
        happened = (f"the exercise took {_minutes(taken.seconds)}" if taken.first
                    else "the trainee recorded nothing")
        return self.lost(item, MISSED, happened,
                         f"done within {expect.minutes} minutes",
                         "the scene is worked within the time the scenario allows", None)

    def decision(self, item: Expectation, expect: DecisionExpect
                 ) -> LostPoints | _NotApplicable | None:
        after = 0
        if expect.after:
            seq = self.play.event_seq(expect.after)
            if seq is None:
                return NOT_APPLICABLE
            after = seq
        decided = [m.entry for m in self.play.moments if m.entry.action == DECIDED
                   and m.entry.exhibit == expect.exhibit and m.entry.seq > after]
        right = [e for e in decided if e.details.get("outcome") == expect.outcome]
        done = {m.entry.details.get("decision_seq") for m in self.play.moments
                if m.entry.action == DONE and m.entry.exhibit == expect.exhibit}
        outcome = self.rules.outcomes.get(expect.outcome, {})
        when = f" after the event {expect.after}" if expect.after else ""
        expected = (f"decide {expect.exhibit}{when}: {expect.outcome}"
                    + (", and carry it out" if expect.done else ""))
        why = (f"the workflow rules give {expect.outcome} for {expect.exhibit}'s true facts "
               f"at {self.scenario.level}")
        if right and (not expect.done or any(e.seq in done for e in right)):
            return None
        if right:
            return self.lost(item, MISSED, f"{expect.exhibit} was decided {expect.outcome} "
                                           "(entry " + str(right[-1].seq) + ") but that was "
                                           "never recorded as carried out", expected, why,
                             outcome.get("source"), [right[-1].seq])
        if decided:
            last = decided[-1]
            return self.lost(item, MISSED, f"{expect.exhibit} was decided "
                                           f"{last.details.get('outcome') or 'nothing (facts missing)'}"
                                           f"{when} (entry {last.seq})", expected, why,
                             outcome.get("source"), [last.seq])
        return self.lost(item, MISSED, f"no decision was recorded for {expect.exhibit}{when}",
                         expected, why, outcome.get("source"))

    def facts(self, item: Expectation, expect: FactsExpect) -> LostPoints | None:
        recorded = self.play.recorded_facts.get(expect.exhibit, {})
        truth = self.play.true_facts(expect.exhibit)
        wrong: list[str] = []
        for name in expect.facts:
            free_text = "values" not in self.rules.facts.get(name, {})
            have = recorded.get(name)
            if have is None:
                wrong.append(f"{name} not recorded")
            elif not free_text and have != truth.get(name):
                wrong.append(f"{name}={have}")
        if not wrong:
            return None
        expected = ", ".join(f"{n}={truth.get(n)}" if "values" in self.rules.facts.get(n, {})
                             else f"{n} recorded" for n in expect.facts)
        first = expect.facts[0]
        return self.lost(item, MISSED, f"{expect.exhibit}: " + ", ".join(wrong),
                         f"{expect.exhibit}: {expected}",
                         "the facts recorded decide what the rules say to do with the device",
                         self.rules.facts.get(first, {}).get("source"))

    def order(self, item: Expectation, expect: OrderExpect) -> LostPoints | None:
        thens = self.play.matching(expect.then)
        firsts = self.play.matching(expect.first)
        expected = f"{expect.first.describe()} before {expect.then.describe()}"
        why = f"{self._action_words(expect.first)} comes first"
        source = self._action_source(expect.first)
        if not thens:
            return self.lost(item, MISSED, f"no {expect.then.describe()} was recorded, so the "
                                           "order could not be shown", expected, why, source)
        then = thens[0]
        if firsts and firsts[0].seq < then.seq:
            return None
        happened = (f"{expect.then.describe()} (entry {then.seq}) came before any "
                    f"{expect.first.describe()}"
                    + (f" (first at entry {firsts[0].seq})" if firsts else " (none recorded)"))
        return self.lost(item, ORDER, happened, expected, why, source,
                         [then.seq] + ([firsts[0].seq] if firsts else []))

    def finding(self, item: Expectation, expect: FindingExpect) -> LostPoints | None:
        device = self.scenario.evidence_device(expect.evidence)
        kinds = ARTEFACT_FINDINGS[expect.artefact]
        for moment in self.play.moments:
            entry = moment.entry
            if entry.action != CONFIRMED or device is None or entry.exhibit != device.exhibit:
                continue
            for subject in entry.inputs:
                path = str(subject.get("path") or "")
                if subject.get("kind") in kinds and (
                        expect.path is None
                        or path.rstrip("/").endswith("/" + expect.path.strip("/"))):
                    return None
        where = f" in {expect.path}" if expect.path else ""
        exhibit = device.exhibit if device else expect.evidence
        return self.lost(item, MISSED, f"no {expect.artefact} finding{where} on {exhibit} was "
                                       "confirmed", f"scan {exhibit} ({expect.evidence}) and "
                                       f"confirm its {expect.artefact} finding{where}",
                         "a finding counts once the officer has looked at it and confirmed it",
                         self.rules.action("decide-finding")["source"])

    def unsafe(self) -> list[LostPoints]:
        found: list[LostPoints] = []
        for rule in self.scenario.unsafe:
            hits = self.play.matching(rule.when)
            if hits:
                key = rule.source or self._action_source(rule.when)
                found.append(LostPoints(
                    rule.id, UNSAFE, rule.competency, rule.points,
                    f"{rule.when.describe()} (entr{'ies' if len(hits) > 1 else 'y'} "
                    f"{', '.join(str(h.seq) for h in hits)})", f"never {rule.when.describe()}",
                    rule.why, key, self.sources.get(key) if key else None,
                    tuple(h.seq for h in hits)))
        return found

    def refused(self, entry: CustodyEntry) -> LostPoints:
        action = entry.details.get("refused_action") or "an action"
        needs = entry.details.get("needs")
        known = action in self.rules.data["actions"]
        key = self.rules.action(action)["source"] if known else None
        where = f" on {entry.exhibit}" if entry.exhibit else ""
        return LostPoints(
            f"refused-{entry.seq}", ABOVE_LEVEL, self.scenario.above_level_competency,
            self.scenario.above_level_points,
            f"{entry.officer} tried {action}{where} and was refused (entry {entry.seq}): "
            f"{entry.details.get('why', '')}".rstrip(": "),
            (f"leave {action} to an officer holding {needs}, and request a specialist"
             if needs else "act only as the decision for the device and the authority allow, "
                           "and request a specialist"),
            "an action above the officer's endorsement, or outside what the rules allow, is "
            "requested from a specialist, not attempted", key,
            self.sources.get(key) if key else None, (entry.seq,))

    def time_taken(self) -> TimeTaken:
        limit = next((x.expect.minutes for x in self.scenario.expectations
                      if isinstance(x.expect, TimeExpect)), None)
        moments = self.play.moments
        if not moments:
            return TimeTaken(None, None, 0.0, limit, None if limit is None else False)
        first, last = moments[0].entry.time, moments[-1].entry.time
        seconds = (datetime.fromisoformat(last) - datetime.fromisoformat(first)).total_seconds()
        return TimeTaken(first, last, seconds, limit,
                         None if limit is None else seconds <= limit * 60)

    def _action_words(self, pattern: Pattern) -> str:
        action = ENTRY_ACTIONS.get(pattern.action)
        return self.rules.action(action)["words"] if action else pattern.action

    def _action_source(self, pattern: Pattern) -> str | None:
        action = ENTRY_ACTIONS.get(pattern.action)
        return self.rules.action(action)["source"] if action else None


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} minutes"
