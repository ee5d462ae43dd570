"""Training scenario packs: one YAML file each, checked on load.

A pack (``field-triage-scenario/1``, described in ``docs/scenario-format.md``) holds the
narrative, the legal authority to record, the devices with their true facts in the workflow
rules' vocabulary and the synthetic evidence each holds, the events a trainer may inject, and
what the trainee is expected to do (scored by :mod:`~triage_app.simulation.score`).

``resources/scenarios/scenario.schema.json`` is the pack's JSON Schema; :func:`check` names
every problem with its place (``devices[1].facts.power: 'maybe' is not a value of power``,
line 23), schema failures first, then what the schema cannot see: device kinds, facts and their
values, outcomes, actions and competencies the workflow rules do not define, malformed or
repeated exhibit references, expectations naming an exhibit, event or evidence the pack does not
have. :func:`load_scenario` refuses a pack with any problem. Packs are bundled in
``resources/scenarios/``, installed with a signed agency update (its ``scenarios/``), and read
from a trainer's folders (``$TRIAGE_SCENARIOS_DIR``); :func:`available` lists them all.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import ValidationError

from triage_app import config
from triage_app.case.exhibits import device_ref
from triage_app.core.officer import LADDER
from triage_app.core.yaml_input import Bounds, YamlDocument, line_at, read_yaml
from triage_app.errors import InputError
from triage_app.updates.installed import installed_updates, updates_dir
from triage_app.workflow import rules as workflow_rules
from triage_app.workflow.rules import Rules

FORMAT = "field-triage-scenario/1"
SCHEMA = ("scenarios", "scenario.schema.json")
BUNDLED_DIR = ("scenarios",)
PACK_SUFFIXES = (".yaml", ".yml")
BOUNDS = Bounds(max_bytes=1 << 20, max_nodes=50_000, max_depth=24)
SCENARIO_META, SCENARIO_SHA_META = "scenario", "scenario_sha256"  # the case's store meta keys
ABOVE_LEVEL_POINTS, ABOVE_LEVEL_COMPETENCY = 5, "working-within-level"

# The custody entries a pattern may name, each with the workflow rules' action it records (for
# its words and source). These are the ledger's own names (docs/custody-format.md).
ENTRY_ACTIONS: dict[str, str | None] = {
    "authority.recorded": "record-authority",
    "scene.photo-added": "scene-photos",
    "device.registered": "register-device",
    "device.updated": "register-device",
    "decision.recorded": "decide",
    "decision.done": "done",
    "deviation.recorded": "deviate",
    "label.printed": "print-label",
    "scan.started": "scan",
    "scan.finished": "scan",
    "collect.started": "collect",
    "collect.finished": "collect",
    "image.started": "image",
    "image.finished": "image",
    "hash.computed": "hash-into-case",
    "crypto.check": "check-address",
    "finding.confirmed": "decide-finding",
    "finding.dismissed": "decide-finding",
    "finding.secret-revealed": "reveal-secret",
    "photo.notable-viewed": "view-notable",
    "photo.positions-exported": "export-positions",
    "package.exported": "export-package",
    "review.approved": "approve",
    "review.rejected": "approve",
    "action.refused": None,
    "specialist.requested": None,
    "scenario.event": "inject-event",
}

Where = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a pack: where (``devices[1].facts.power``), what, and its line."""

    place: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.place}: " if self.place else ""
        return f"{where}{self.message}" + (f" (line {self.line})" if self.line else "")


# --- the records ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ScenarioAuthority:
    """The legal authority the exercise runs under; valid for ``valid_hours`` from the build."""

    type: str
    ref: str
    issuer: str
    valid_hours: float
    scope: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """Synthetic evidence a device holds; ``data`` is the pack's section as the evidence
    builder reads it (container, size, files, plants)."""

    id: str
    container: str
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ScenarioDevice:
    exhibit: str
    kind: str
    facts: dict[str, str]  # the truth, in the workflow rules' vocabulary
    make: str | None = None
    model: str | None = None
    serial: str | None = None
    imei: str | None = None
    seen: str | None = None  # what the trainee sees of it at the scene
    evidence: tuple[Evidence, ...] = ()

    def identifiers(self) -> dict[str, str | None]:
        """What is registered of the device before the exercise (never its facts)."""
        return {"kind": self.kind, "make": self.make, "model": self.model,
                "serial": self.serial, "imei": self.imei}

    def to_dict(self) -> dict[str, Any]:
        return {"exhibit": self.exhibit, **self.identifiers(), "seen": self.seen,
                "facts": dict(self.facts),
                "evidence": [{"id": e.id, "container": e.container} for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class ScenarioEvent:
    """Something a trainer injects mid-exercise: what is seen, and the facts it changes."""

    id: str
    text: str
    exhibit: str
    facts: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "exhibit": self.exhibit,
                "facts": dict(self.facts)}


@dataclass(frozen=True, slots=True)
class Pattern:
    """A custody entry the scorer looks for: its action and, when given, its exhibit, the
    decision outcome it names, the rules action it asks for (a refusal or specialist request),
    the evidence it read (by the built file's name), and facts the device lacked then."""

    action: str
    exhibit: str | None = None
    outcome: str | None = None
    asks_for: str | None = None
    evidence: str | None = None
    facts_missing: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = [self.action]
        parts += [f"{name} {value}" for name, value in (
            ("on", self.exhibit), ("outcome", self.outcome), ("for", self.asks_for),
            ("of evidence", self.evidence)) if value]
        if self.facts_missing:
            parts.append("without " + ", ".join(self.facts_missing) + " recorded")
        return " ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        data = {"action": self.action, "exhibit": self.exhibit, "outcome": self.outcome,
                "asks_for": self.asks_for, "evidence": self.evidence,
                "facts_missing": list(self.facts_missing)}
        return {k: v for k, v in data.items() if v}


@dataclass(frozen=True, slots=True)
class DecisionExpect:
    exhibit: str
    outcome: str
    done: bool = True
    after: str | None = None  # an event id: only decisions recorded after it count


@dataclass(frozen=True, slots=True)
class FactsExpect:
    exhibit: str
    facts: tuple[str, ...]  # the facts whose true value must be recorded


@dataclass(frozen=True, slots=True)
class ActionExpect:
    entry: Pattern


@dataclass(frozen=True, slots=True)
class OrderExpect:
    first: Pattern
    then: Pattern


@dataclass(frozen=True, slots=True)
class FindingExpect:
    evidence: str
    artefact: str  # seed-phrase | wallet | address | gps | known-file
    path: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpect:
    minutes: int


Expect = DecisionExpect | FactsExpect | ActionExpect | OrderExpect | FindingExpect | TimeExpect


@dataclass(frozen=True, slots=True)
class Expectation:
    id: str
    competency: str
    points: int
    kind: str
    expect: Expect
    why: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "competency": self.competency,
                                "points": self.points, "kind": self.kind}
        for part in fields(self.expect):
            value = getattr(self.expect, part.name)
            data[part.name] = (value.to_dict() if isinstance(value, Pattern)
                               else list(value) if isinstance(value, tuple) else value)
        return {**data, "why": self.why, "source": self.source}


@dataclass(frozen=True, slots=True)
class UnsafeRule:
    id: str
    competency: str
    points: int
    when: Pattern
    why: str
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "competency": self.competency, "points": self.points,
                "when": self.when.to_dict(), "why": self.why, "source": self.source}


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    title: str
    level: str
    difficulty: int
    narrative: str
    authority: ScenarioAuthority
    devices: tuple[ScenarioDevice, ...]
    events: tuple[ScenarioEvent, ...]
    expectations: tuple[Expectation, ...]
    unsafe: tuple[UnsafeRule, ...]
    above_level_points: int
    above_level_competency: str
    sources: dict[str, str]  # the pack's own sources, beside the workflow rules'
    sha256: str  # of the pack file's bytes
    origin: str  # the file it was read from
    bundled: bool = False
    data: dict[str, Any] = field(default_factory=dict, repr=False)  # the pack as parsed

    def device(self, exhibit: str) -> ScenarioDevice | None:
        return next((d for d in self.devices if d.exhibit == exhibit), None)

    def event(self, event_id: str) -> ScenarioEvent | None:
        return next((e for e in self.events if e.id == event_id), None)

    def evidence_device(self, evidence_id: str) -> ScenarioDevice | None:
        """The device that holds the evidence ``evidence_id``."""
        return next((d for d in self.devices if any(e.id == evidence_id for e in d.evidence)),
                    None)

    def to_dict(self) -> dict[str, Any]:
        """What ``scenario show`` prints: devices, facts, events and expected actions."""
        return {"name": self.name, "title": self.title, "level": self.level,
                "difficulty": self.difficulty, "narrative": self.narrative,
                "sha256": self.sha256, "origin": self.origin, "bundled": self.bundled,
                "authority": {"type": self.authority.type, "ref": self.authority.ref,
                              "issuer": self.authority.issuer,
                              "valid_hours": self.authority.valid_hours,
                              "scope": self.authority.scope},
                "devices": [d.to_dict() for d in self.devices],
                "events": [e.to_dict() for e in self.events],
                "expectations": [x.to_dict() for x in self.expectations],
                "unsafe": [u.to_dict() for u in self.unsafe],
                "above_level": {"points": self.above_level_points,
                                "competency": self.above_level_competency},
                "points": sum(x.points for x in self.expectations)}


# --- reading and checking ------------------------------------------------------------------------

def check(path: str | os.PathLike[str], rules: Rules | None = None) -> list[Problem]:
    """Every problem of the pack at ``path`` (empty: it holds), against ``rules`` (default:
    the rules in force)."""
    return _read(Path(path), rules)[1]


_LOADED_MAX = 64
_loaded: dict[tuple[str, int, int, str, bool], Scenario] = {}


def load_scenario(path: str | os.PathLike[str], rules: Rules | None = None, *,
                  bundled: bool = False) -> Scenario:
    """Read and check a pack; InputError naming the first problem (and how many).

    A pack already read, unchanged since (same size and modification time) and checked
    against the same rules, is not read again: the window asks for the exercise's scenario
    each time something is recorded."""
    path = Path(path)
    rules = rules or workflow_rules.active()
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputError(f"the scenario pack {path} cannot be read: "
                         f"{exc.strerror or exc}") from None
    key = (str(path), stat.st_mtime_ns, stat.st_size, rules.sha256, bundled)
    scenario = _loaded.get(key)
    if scenario is None:
        scenario = _load(path, rules, bundled)
        if len(_loaded) >= _LOADED_MAX:
            _loaded.clear()
        _loaded[key] = scenario
    return scenario


def _load(path: Path, rules: Rules, bundled: bool) -> Scenario:
    document, problems = _read(path, rules)
    if problems:
        more = f" (and {len(problems) - 1} more; check the pack)" if len(problems) > 1 else ""
        raise InputError(f"the scenario pack {path.name} does not hold: {problems[0]}{more}")
    assert document is not None  # a pack without problems was read
    return _scenario(document, path, bundled)


def _read(path: Path, rules: Rules | None) -> tuple[YamlDocument | None, list[Problem]]:
    try:
        with open(path, "rb") as f:
            raw = f.read(BOUNDS.max_bytes + 1)
    except OSError as exc:
        raise InputError(f"the scenario pack {path} cannot be read: "
                         f"{exc.strerror or exc}") from None
    try:
        document = read_yaml(raw, path.name, BOUNDS)
    except InputError as exc:
        return None, [Problem("", str(exc))]
    data = document.data
    import jsonschema  # about 150 ms to import: paid only where a pack is read

    validator = jsonschema.Draft202012Validator(_schema())
    found = [_schema_problem(e) for e in validator.iter_errors(data)]
    try:
        found += _meaning(data, rules or workflow_rules.active())
    except (KeyError, TypeError, AttributeError, ValueError, IndexError):
        if not found:
            raise  # a pack the schema passes must be checked to the end: a defect here
        # the schema's problems stop the pack; what else it holds is checked once they are fixed
    problems = {Problem(place(where), message, line_at(document.root, where))
                for where, message in found}
    return document, sorted(problems, key=lambda p: (p.line or 0, p.place, p.message))


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads(config.resource(*SCHEMA).read_text(encoding="utf-8"))


def place(where: Where) -> str:
    """``("devices", 1, "facts", "power")`` as ``devices[1].facts.power``."""
    text = ""
    for step in where:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def _schema_problem(error: ValidationError) -> tuple[Where, str]:
    where = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = sorted(str(k) for k in error.instance if k not in allowed)
        return where, (f"unknown field {extra[0]!r}" if len(extra) == 1 else
                       f"unknown fields {', '.join(repr(k) for k in extra)}")
    if error.validator == "type" and isinstance(error.instance, bool):
        return where, (f"{str(error.instance).lower()} is not text: write yes, no, on and off in "
                       'quotes ("on"), or YAML reads them as true and false')
    message = error.message
    return where, message if len(message) <= 200 else message[:197] + "..."


def _meaning(data: dict[str, Any], rules: Rules) -> list[tuple[Where, str]]:
    """What the schema cannot check: names the workflow rules define, references inside."""
    found: list[tuple[Where, str]] = []
    sources = {**rules.data["sources"], **data.get("sources", {})}
    exhibits: dict[str, str] = {}  # ref -> kind
    evidence_ids: set[str] = set()
    competencies = rules.competencies
    level = data["level"]

    def cited(where: Where, key: str | None) -> None:
        if key is not None and key not in sources:
            found.append((where + ("source",), f"unknown source {key!r} (neither the pack's "
                                               "sources nor the workflow rules' cite it)"))

    def competent(where: Where, name: str) -> None:
        if name not in competencies:
            known = ", ".join(competencies) or "none"
            found.append((where, f"the workflow rules define no competency {name!r} "
                                 f"(competencies: {known})"))
        elif LADDER.index(competencies[name]["level"]) > LADDER.index(level):
            found.append((where, f"competency {name!r} is trained at "
                                 f"{competencies[name]['level']}, above this {level} scenario"))

    def facts(where: Where, values: dict[str, str]) -> None:
        for name, value in values.items():
            fact = rules.facts.get(name)
            if fact is None:
                found.append((where + (name,), f"unknown fact {name!r} (facts: "
                                               f"{', '.join(rules.facts)})"))
            elif "values" in fact and value not in fact["values"]:
                found.append((where + (name,), f"{value!r} is not a value of {name} "
                                               f"(values: {', '.join(fact['values'])})"))

    def exhibit(where: Where, ref: str) -> None:
        if ref not in exhibits:
            found.append((where, f"no device of this scenario is exhibit {ref!r}"))

    def evidence(where: Where, evidence_id: str) -> None:
        if evidence_id not in evidence_ids:
            found.append((where, f"no device of this scenario holds evidence {evidence_id!r}"))

    def pattern(where: Where, p: dict[str, Any]) -> None:
        if p["action"] not in ENTRY_ACTIONS:
            found.append((where + ("action",), f"{p['action']!r} is not a custody entry the "
                                               "scorer knows (see docs/scenario-format.md)"))
        if "exhibit" in p:
            exhibit(where + ("exhibit",), p["exhibit"])
        if "outcome" in p and p["outcome"] not in rules.outcomes:
            found.append((where + ("outcome",), f"unknown outcome {p['outcome']!r}"))
        if "asks_for" in p and p["asks_for"] not in rules.data["actions"]:
            found.append((where + ("asks_for",), f"unknown action {p['asks_for']!r}"))
        if "evidence" in p:
            evidence(where + ("evidence",), p["evidence"])
        for i, fact in enumerate(p.get("facts_missing", [])):
            if fact not in rules.facts:
                found.append((where + ("facts_missing", i), f"unknown fact {fact!r}"))
        if "facts_missing" in p and "exhibit" not in p and "evidence" not in p:
            found.append((where + ("facts_missing",), "facts of which device? name its "
                                                      "exhibit or evidence"))

    for i, device in enumerate(data["devices"]):
        where: Where = ("devices", i)
        try:
            ref = device_ref(device["exhibit"])[0]
        except InputError as exc:
            found.append((where + ("exhibit",), str(exc)))
            ref = device["exhibit"]
        if ref in exhibits:
            found.append((where + ("exhibit",), f"exhibit {ref!r} is used twice"))
        exhibits[ref] = device["kind"]
        if device["kind"] not in rules.kinds:
            found.append((where + ("kind",), f"{device['kind']!r} is not a device kind of the "
                                             f"workflow rules (kinds: {', '.join(rules.kinds)})"))
        facts(where + ("facts",), device["facts"])
        for j, item in enumerate(device.get("evidence", [])):
            if item["id"] in evidence_ids:
                found.append((where + ("evidence", j, "id"),
                              f"evidence id {item['id']!r} is used twice"))
            evidence_ids.add(item["id"])
            paths = [f["path"] for f in item.get("files", [])]
            if item["container"] == "bitlocker" and paths:
                found.append((where + ("evidence", j, "files"), "an encrypted volume holds no "
                                                                "readable files"))
            folders = {"/".join(p.split("/")[:n]) for p in paths for n in range(1, p.count("/") + 1)}
            for k, file_path in enumerate(paths):
                if file_path in paths[:k] or file_path in folders:
                    found.append((where + ("evidence", j, "files", k, "path"),
                                  f"file {file_path!r} is planted twice, or is also a folder"))
    events: set[str] = set()
    for i, event in enumerate(data.get("events", [])):
        where = ("events", i)
        if event["id"] in events:
            found.append((where + ("id",), f"event id {event['id']!r} is used twice"))
        events.add(event["id"])
        exhibit(where + ("exhibit",), event["exhibit"])
        facts(where + ("facts",), event["facts"])
    ids: set[str] = set()
    for i, item in enumerate(data["expectations"]):
        where = ("expectations", i)
        if item["id"] in ids:
            found.append((where + ("id",), f"expectation id {item['id']!r} is used twice"))
        ids.add(item["id"])
        competent(where + ("competency",), item["competency"])
        cited(where, item.get("source"))
        expect, at = item["expect"], where + ("expect",)
        kind = expect["kind"]
        if kind in ("decision", "facts"):
            exhibit(at + ("exhibit",), expect["exhibit"])
        if kind == "decision":
            if expect["outcome"] not in rules.outcomes:
                found.append((at + ("outcome",), f"unknown outcome {expect['outcome']!r} "
                                                 f"(outcomes: {', '.join(rules.outcomes)})"))
            if "after" in expect and expect["after"] not in events:
                found.append((at + ("after",), f"no event of this scenario is "
                                               f"{expect['after']!r}"))
        elif kind == "facts":
            device = next((d for d in data["devices"] if d["exhibit"] == expect["exhibit"]), None)
            known = set(device["facts"]) if device else set()
            known |= {f for e in data.get("events", []) if e["exhibit"] == expect["exhibit"]
                      for f in e["facts"]}
            for j, fact in enumerate(expect.get("facts", [])):
                if device is not None and fact not in known:
                    found.append((at + ("facts", j), f"exhibit {expect['exhibit']} has no true "
                                                     f"value of {fact!r} to compare with"))
        elif kind == "action":
            pattern(at + ("entry",), expect["entry"])
        elif kind == "order":
            pattern(at + ("first",), expect["first"])
            pattern(at + ("then",), expect["then"])
        elif kind == "finding":
            evidence(at + ("evidence",), expect["evidence"])
    total = sum(item["points"] for item in data["expectations"])
    if total != 100:
        found.append((("expectations",), f"the expectations' points add up to {total}, not 100"))
    if sum(1 for item in data["expectations"] if item["expect"]["kind"] == "time") > 1:
        found.append((("expectations",), "more than one time limit"))
    for i, rule in enumerate(data.get("unsafe", [])):
        where = ("unsafe", i)
        if rule["id"] in ids:
            found.append((where + ("id",), f"id {rule['id']!r} is used twice"))
        ids.add(rule["id"])
        competent(where + ("competency",), rule["competency"])
        cited(where, rule.get("source"))
        pattern(where + ("when",), rule["when"])
    above = data.get("above_level", {})
    competent(("above_level", "competency"), above.get("competency", ABOVE_LEVEL_COMPETENCY))
    if "inject-event" not in rules.data["actions"] and data.get("events"):
        found.append((("events",), "the workflow rules give no endorsement for inject-event"))
    return found


def _pattern(data: dict[str, Any]) -> Pattern:
    return Pattern(action=data["action"], exhibit=data.get("exhibit"),
                   outcome=data.get("outcome"), asks_for=data.get("asks_for"),
                   evidence=data.get("evidence"),
                   facts_missing=tuple(data.get("facts_missing", ())))


def _expect(data: dict[str, Any], devices: Sequence[ScenarioDevice],
            events: Sequence[ScenarioEvent]) -> Expect:
    kind = data["kind"]
    if kind == "decision":
        return DecisionExpect(data["exhibit"], data["outcome"], data.get("done", True),
                              data.get("after"))
    if kind == "facts":
        if "facts" in data:
            names = tuple(data["facts"])
        else:  # every fact the pack knows of the device, events included
            device = next(d for d in devices if d.exhibit == data["exhibit"])
            names = tuple(dict.fromkeys([*device.facts, *(f for e in events
                                                         if e.exhibit == device.exhibit
                                                         for f in e.facts)]))
        return FactsExpect(data["exhibit"], names)
    if kind == "action":
        return ActionExpect(_pattern(data["entry"]))
    if kind == "order":
        return OrderExpect(_pattern(data["first"]), _pattern(data["then"]))
    if kind == "finding":
        return FindingExpect(data["evidence"], data["artefact"], data.get("path"))
    return TimeExpect(data["minutes"])


def _scenario(document: YamlDocument, path: Path, bundled: bool) -> Scenario:
    data = document.data
    auth = data["authority"]
    devices = tuple(
        ScenarioDevice(exhibit=d["exhibit"], kind=d["kind"], facts=dict(d["facts"]),
                       make=d.get("make"), model=d.get("model"), serial=d.get("serial"),
                       imei=d.get("imei"), seen=d.get("seen"),
                       evidence=tuple(Evidence(e["id"], e["container"], e)
                                      for e in d.get("evidence", [])))
        for d in data["devices"])
    events = tuple(ScenarioEvent(e["id"], e["text"], e["exhibit"], dict(e["facts"]))
                   for e in data.get("events", []))
    expectations = tuple(
        Expectation(x["id"], x["competency"], x["points"], x["expect"]["kind"],
                    _expect(x["expect"], devices, events), x.get("why"), x.get("source"))
        for x in data["expectations"])
    unsafe = tuple(UnsafeRule(u["id"], u["competency"], u["points"], _pattern(u["when"]),
                              u["why"], u.get("source")) for u in data.get("unsafe", []))
    above = data.get("above_level", {})
    return Scenario(
        name=data["name"], title=data["title"], level=data["level"],
        difficulty=data["difficulty"], narrative=data["narrative"],
        authority=ScenarioAuthority(auth["type"], auth["ref"], auth["issuer"],
                                    float(auth["valid_hours"]), auth["scope"]),
        devices=devices, events=events, expectations=expectations, unsafe=unsafe,
        above_level_points=above.get("points", ABOVE_LEVEL_POINTS),
        above_level_competency=above.get("competency", ABOVE_LEVEL_COMPETENCY),
        sources=dict(data.get("sources", {})), sha256=hashlib.sha256(document.raw).hexdigest(),
        origin=str(path), bundled=bundled, data=data)


# --- the catalogue -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BrokenPack:
    """A pack file in a scenario folder that does not load, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The scenarios a trainer can pick: bundled first, then the trainer's folders."""

    scenarios: tuple[Scenario, ...]
    broken: tuple[BrokenPack, ...]

    def find(self, name: str) -> Scenario:
        """The scenario called ``name``; InputError saying what there is when none is."""
        for scenario in self.scenarios:
            if scenario.name == name:
                return scenario
        for pack in self.broken:
            if Path(pack.path).stem == name:
                raise InputError(f"the scenario {name} cannot be used: {pack.reason}")
        names = ", ".join(s.name for s in self.scenarios) or "none"
        raise InputError(f"no scenario called {name!r} (scenarios: {names})")


def bundled_dir() -> Path:
    return config.resource(*BUNDLED_DIR)


def scenario_dirs(extra: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
    """Where packs beside the bundled ones are: the ``scenarios/`` of each installed signed
    update, then the trainer's folders (``extra``, then those ``$TRIAGE_SCENARIOS_DIR``
    lists)."""
    listed = [updates_dir() / name / "scenarios"
              for name, update in sorted(installed_updates().items())
              if "scenarios" in update.contents]
    listed += [Path(p) for p in extra]
    listed += [Path(p) for p in os.environ.get(config.SCENARIOS_ENV, "").split(os.pathsep) if p]
    return list(dict.fromkeys(listed))


def available(extra_dirs: Iterable[str | os.PathLike[str]] = (),
              rules: Rules | None = None) -> Catalogue:
    """Every pack: the bundled ones, then the trainer's folders (a name taken already, or a
    pack that does not hold, is listed as broken, never silently dropped)."""
    rules = rules or workflow_rules.active()
    scenarios: list[Scenario] = []
    broken: list[BrokenPack] = []
    folders = [(bundled_dir(), True)] + [(d, False) for d in scenario_dirs(extra_dirs)]
    for folder, is_bundled in folders:
        if not folder.is_dir():
            raise InputError(f"the scenario folder {folder} does not exist")
        for path in sorted(p for p in folder.iterdir()
                           if p.suffix in PACK_SUFFIXES and p.is_file()):
            try:
                scenario = load_scenario(path, rules, bundled=is_bundled)
            except InputError as exc:
                broken.append(BrokenPack(str(path), str(exc)))
                continue
            taken = next((s for s in scenarios if s.name == scenario.name), None)
            if taken is not None:
                broken.append(BrokenPack(str(path), f"the name {scenario.name} is taken by "
                                                    f"{taken.origin}"))
            else:
                scenarios.append(scenario)
    return Catalogue(tuple(scenarios), tuple(broken))


def find_scenario(name: str, extra_dirs: Iterable[str | os.PathLike[str]] = ()) -> Scenario:
    """The scenario called ``name`` among the bundled packs and the trainer's folders."""
    return available(extra_dirs).find(name)
