"""Which endorsement an action needs, and whether an officer holds it: pure functions.

Design section 1: an action above the officer's level is not hidden; it is shown locked with
"request a specialist". The minimum endorsement of every action is data in the workflow rules
(``actions:`` in ``resources/workflow/scene-rules.yaml``, or the agency's own file); the
operations layer asks :func:`judge` before every action and records a refusal, the faces only
show the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from triage_app.core.officer import LADDER, LEVELS, Officer
from triage_app.workflow import rules as workflow_rules
from triage_app.workflow.rules import Rules


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer for one officer and one action."""

    action: str
    words: str  # how the action is named to the officer
    needs: str | None  # None: any officer may; "L3 or SUPERVISOR": any one of them
    holds: str | None  # the officer's highest valid ladder level
    allowed: bool
    officer_id: str

    @property
    def refusal(self) -> str:
        """One line: what is missing and what to do."""
        return (f"{self.words} needs a valid {self.needs} endorsement; officer "
                f"{self.officer_id} holds {self.holds or 'no level'}: request a specialist")


def _any_of(action: str, rules: Rules | None) -> list[str]:
    needs = (rules or workflow_rules.active()).action(action)["needs"]
    return [] if needs is None else [needs] if isinstance(needs, str) else list(needs)


def required_level(action: str, rules: Rules | None = None) -> str | None:
    """What ``action`` needs, as the officer reads it ("L2", "L3 or SUPERVISOR"; None: any
    named officer); an unknown action is a defect (KeyError)."""
    return " or ".join(_any_of(action, rules)) or None


def judge(officer: Officer, action: str, at: datetime | None = None,
          rules: Rules | None = None, *, simulation: bool = False) -> Verdict:
    """``simulation``: the action is on a simulation case, where a TRAINEE endorsement allows
    every ladder level's actions (design section 1: "everything, on simulated evidence only");
    the roles beside the ladder (SUPERVISOR, RECEIVER, TRAINER) stay needed."""
    rules = rules or workflow_rules.active()
    levels = _any_of(action, rules)
    sandbox = simulation and officer.holds_level("TRAINEE", at)
    return Verdict(action=action, words=rules.action(action)["words"],
                   needs=" or ".join(levels) or None, holds=officer.highest_level(at),
                   allowed=not levels or any(officer.has_level(lv, at)
                                             or (sandbox and lv in LADDER) for lv in levels),
                   officer_id=officer.id)


def simulation_only(officer: Officer, at: datetime | None = None) -> bool:
    """Whether ``officer`` may work on simulation cases only (design section 1): endorsed as a
    trainee or trainer and as nothing that works on real cases."""
    training = ("TRAINEE", "TRAINER")
    return (any(officer.has_level(level, at) for level in training)
            and not any(officer.has_level(level, at) for level in LEVELS if level not in training))


def may(officer: Officer, action: str) -> bool:
    return judge(officer, action).allowed
