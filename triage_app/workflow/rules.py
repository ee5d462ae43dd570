"""The scene workflow rules: a YAML file an agency can replace, checked on load.

The shipped rules are ``resources/workflow/scene-rules.yaml``; ``rules.schema.json`` beside
them is their JSON Schema. :func:`check` names every problem of a rules file with its line:
schema failures first, then what the schema cannot see (an unknown level, outcome, fact, kind
or source; an action a step or outcome names without an endorsement; a step nothing reaches;
an action the app asks about that the file leaves out). :func:`load` refuses a file with any
problem, so a case is never worked under rules that do not hold together.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import ValidationError

from triage_app import config
from triage_app.core.officer import LADDER, LEVELS
from triage_app.core.yaml_input import line_at
from triage_app.errors import InputError

RULES_ENV = config.RULES_ENV
DEFAULT_RULES = ("workflow", "scene-rules.yaml")
SCHEMA = ("workflow", "rules.schema.json")

# Every action the app's operations ask about; a rules file must give each an endorsement.
APP_ACTIONS = (
    "scan", "hash-into-case", "collect", "image", "live-response", "scene-photos",
    "record-authority", "register-device", "decide", "done", "deviate", "override", "approve",
    "print-label", "check-address", "decide-finding", "reveal-secret", "view-notable",
    "export-positions", "export-package", "import-package", "trust-update-key", "build-scenario",
    "inject-event",
)

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a rules file, at a 1-based line (None: the file as a whole)."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True, slots=True)
class Rules:
    """A loaded, checked rules file. ``data`` is the file as parsed (see the schema)."""

    data: dict[str, Any]
    sha256: str
    origin: str

    @property
    def version(self) -> str:
        return self.data["version"]

    @property
    def name(self) -> str:
        return self.data["name"]

    @property
    def kinds(self) -> list[str]:
        return self.data["kinds"]

    @property
    def facts(self) -> dict[str, dict[str, Any]]:
        return self.data["facts"]

    @property
    def outcomes(self) -> dict[str, dict[str, Any]]:
        return self.data["outcomes"]

    @property
    def competencies(self) -> dict[str, dict[str, Any]]:
        """What training scenarios score, each with its lowest ladder level (optional)."""
        return self.data.get("competencies", {})

    @property
    def rules(self) -> list[dict[str, Any]]:
        return self.data["rules"]

    @property
    def phases(self) -> list[dict[str, Any]]:
        return self.data["phases"]

    def action(self, name: str) -> dict[str, Any]:
        """The entry of ``name``; an action the rules do not know is a defect (KeyError)."""
        return self.data["actions"][name]

    def source(self, key: str) -> str:
        return self.data["sources"][key]

    def stamp(self) -> dict[str, str]:
        """What the custody ledger records of these rules."""
        return {"rules_sha256": self.sha256, "rules_version": self.version,
                "rules_name": self.name, "rules_origin": self.origin}


def guidance_level(level: str | None) -> str:
    """The level whose wording an officer reads: below L1 reads L1's plain words."""
    return level if level in ("L2", "L3") else "L1"


# --- loading ------------------------------------------------------------------------------------

_selected: dict[str, str | None] = {"path": None}


def select(path: str | os.PathLike[str] | None) -> None:
    """Use the rules file at ``path`` for this process (None: the environment, else shipped)."""
    _selected["path"] = os.fspath(path) if path is not None else None


def active() -> Rules:
    """The rules in force: the selected file, else ``$TRIAGE_WORKFLOW_RULES``, else shipped."""
    chosen = _selected["path"] or os.environ.get(RULES_ENV) or None
    path = Path(chosen) if chosen else config.resource(*DEFAULT_RULES)
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputError(f"the workflow rules file {path} cannot be read: "
                         f"{exc.strerror}") from None
    return _load_cached(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int, size: int) -> Rules:
    return load(path)


def load(path: str | os.PathLike[str]) -> Rules:
    """Read and check a rules file; InputError naming the first problem (and how many)."""
    data, raw, problems = _read(Path(path))
    if problems:
        more = f" (and {len(problems) - 1} more; run the rules check)" if len(problems) > 1 else ""
        raise InputError(f"the workflow rules {path} do not hold: {problems[0]}{more}")
    return Rules(data, hashlib.sha256(raw).hexdigest(), str(path))


def check(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem of the rules file at ``path``, in line order (empty: it holds)."""
    return _read(Path(path))[2]


def _read(path: Path) -> tuple[dict[str, Any], bytes, list[Problem]]:
    import yaml  # read only where a rules file is: not on every command's start

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"the workflow rules file {path} cannot be read: "
                         f"{exc.strerror}") from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: a fifth of the time
    try:
        text = raw.decode("utf-8")
        data = yaml.load(text, Loader=loader)
    except UnicodeDecodeError:
        return {}, raw, [Problem(None, "the file is not UTF-8 text")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return {}, raw, [Problem(mark.line + 1 if mark else None,
                                 f"not valid YAML: {getattr(exc, 'problem', None) or exc}")]
    import jsonschema  # about 150 ms to import: paid only where a rules file is read

    validator = jsonschema.Draft202012Validator(_schema())
    found = [(tuple(error.absolute_path), _schema_message(error))
             for error in validator.iter_errors(data)] or _meaning(data)
    if not found:
        return data, raw, []
    root = yaml.compose(text, Loader=loader)  # the node tree, for line numbers
    problems = [Problem(line_at(root, where), message) for where, message in found]
    return data, raw, sorted(problems, key=lambda p: (p.line or 0, p.message))


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads(config.resource(*SCHEMA).read_text(encoding="utf-8"))


def _schema_message(error: ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "the file"
    return f"{where}: {error.message}"


def _meaning(data: dict[str, Any]) -> list[tuple[Path_, str]]:
    """What the schema cannot check: names that must refer to something defined."""
    found: list[tuple[Path_, str]] = []
    sources, actions = data["sources"], data["actions"]
    facts, kinds, outcomes = data["facts"], set(data["kinds"]), data["outcomes"]

    def level(where: Path_, value: str | None) -> None:
        if value is not None and value not in LEVELS:
            found.append((where, f"unknown level {value!r} (levels: {', '.join(LEVELS)})"))

    def cited(where: Path_, key: str) -> None:
        if key not in sources:
            found.append((where + ("source",), f"unknown source {key!r}"))

    def endorsed(where: Path_, action: str) -> None:
        if action not in actions:
            found.append((where, f"action {action!r} has no endorsement in actions"))

    def per_level(where: Path_, texts: dict[str, str]) -> None:
        for key in texts:
            level(where + (key,), key)

    for name in APP_ACTIONS:
        if name not in actions:
            found.append((("actions",), f"action {name!r} has no endorsement in actions"))
    for name, action in actions.items():
        needs = action["needs"]
        for i, value in enumerate(needs) if isinstance(needs, list) else [((), needs)]:
            level(("actions", name, "needs") + ((i,) if isinstance(i, int) else ()), value)
        cited(("actions", name), action["source"])
    for name, competence in data.get("competencies", {}).items():
        if competence["level"] not in LADDER:
            found.append((("competencies", name, "level"),
                          f"competency level {competence['level']!r} is not on the ladder "
                          f"({', '.join(LADDER)})"))
        cited(("competencies", name), competence["source"])
    for name, fact in facts.items():
        per_level(("facts", name, "ask"), fact["ask"])
        cited(("facts", name), fact["source"])
    for name, outcome in outcomes.items():
        per_level(("outcomes", name, "text"), outcome["text"])
        cited(("outcomes", name), outcome["source"])
        for i, action in enumerate(outcome.get("permits", [])):
            endorsed(("outcomes", name, "permits", i), action)
        for i, fact in enumerate(outcome.get("before-reading", [])):
            if fact not in facts:
                found.append((("outcomes", name, "before-reading", i), f"unknown fact {fact!r}"))
    seen_rules: set[str] = set()
    for i, rule in enumerate(data["rules"]):
        where: Path_ = ("rules", i)
        if rule["id"] in seen_rules:
            found.append((where + ("id",), f"rule id {rule['id']!r} is used twice"))
        seen_rules.add(rule["id"])
        if rule["outcome"] not in outcomes:
            found.append((where + ("outcome",), f"unknown outcome {rule['outcome']!r}"))
        cited(where, rule["source"])
        per_level(where + ("note",), rule.get("note", {}))
        when = rule["when"]
        for j, kind in enumerate(when.get("kinds", [])):
            if kind not in kinds:
                found.append((where + ("when", "kinds", j), f"unknown device kind {kind!r}"))
        for j, value in enumerate(when.get("levels", [])):
            level(where + ("when", "levels", j), value)
        sets: list[tuple[Path_, dict[str, list[str]]]] = (
            [(("when", "facts"), when["facts"])] if "facts" in when else [])
        sets += [(("when", "any", j), s) for j, s in enumerate(when.get("any", []))]
        for at, fact_set in sets:
            for fact, values in fact_set.items():
                _check_fact(found, where + at + (fact,), facts, fact, values)
    steps = [(p, s, phase, step) for p, phase in enumerate(data["phases"])
             for s, step in enumerate(phase["steps"])]
    ids = {step["id"] for *_, step in steps}
    for p, phase in enumerate(data["phases"]):
        per_level(("phases", p, "title"), phase.get("title", {}))
    reached = reachable_steps(data["phases"])
    for p, s, _phase, step in steps:
        where = ("phases", p, "steps", s)
        endorsed(where + ("action",), step["action"])
        cited(where, step["source"])
        per_level(where + ("text",), step["text"])
        for j, target in enumerate(step.get("next", [])):
            if target not in ids:
                found.append((where + ("next", j), f"unknown step {target!r}"))
        if step["id"] not in reached:
            found.append((where + ("id",), f"nothing reaches step {step['id']!r}"))
    return found


def _check_fact(found: list[tuple[Path_, str]], where: Path_, facts: dict[str, Any], fact: str,
                values: list[str]) -> None:
    if fact not in facts:
        found.append((where, f"unknown fact {fact!r}"))
        return
    allowed = facts[fact].get("values")
    for k, value in enumerate(values):
        if allowed is not None and value not in allowed:
            found.append((where + (k,), f"fact {fact!r} has no value {value!r} "
                                        f"(values: {', '.join(allowed)})"))


def reachable_steps(phases: list[dict[str, Any]]) -> set[str]:
    """Ids of the steps reached from a phase's first step by way of ``next``."""
    following = {step["id"]: step.get("next", []) for phase in phases for step in phase["steps"]}
    todo = [phase["steps"][0]["id"] for phase in phases]
    seen: set[str] = set()
    while todo:
        step = todo.pop()
        if step not in seen:
            seen.add(step)
            todo += following.get(step, [])
    return seen
