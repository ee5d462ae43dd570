"""The officer's window settings as a declarative, Qt-free schema (qutebrowser's configdata).

The settings dialog is built from :data:`SETTINGS`; values live in ``settings.json`` in the
config folder. A value that is missing, unknown or of the wrong kind falls back to its default,
so a damaged file never stops the window from opening. The list of recently used cases is kept
beside them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage_app import config
from triage_app.core.json_input import read_json
from triage_app.core.small_files import write_small_file
from triage_app.errors import InputError

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
RECENT_CASES = 8


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    label: str
    default: Any
    choices: tuple[tuple[str, str], ...] = ()  # (value, label); empty: a yes/no setting
    help: str = ""

    def accepts(self, value: Any) -> bool:
        if self.choices:
            return value in {v for v, _ in self.choices}
        return isinstance(value, bool)


SETTINGS: tuple[Setting, ...] = (
    Setting("theme", "Theme", "standard",
            (("standard", "Standard"), ("high-contrast", "High contrast")),
            "High contrast: black on white with strong borders, for bright light."),
    Setting("large_targets", "Large buttons and text", False,
            help="Bigger text and buttons, easier with gloves or on a touchpad."),
    Setting("language", "Language", "en",
            (("en", "English"), ("de", "Deutsch"), ("fr", "Français")),
            "The language of the window (the custody ledger stays in English)."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def _path() -> Path:
    return config.config_dir() / SETTINGS_FILE


def _read() -> dict[str, Any]:
    path = _path()
    try:
        data = read_json(path.read_bytes(), path.name)
    except FileNotFoundError:
        return {}
    except (OSError, InputError) as exc:
        log.warning("settings file %s unusable (%s); using the defaults", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def load_settings() -> dict[str, Any]:
    """Every setting's value: the saved one when it is valid, else the default."""
    saved = _read()
    return {s.name: saved[s.name] if s.accepts(saved.get(s.name)) else s.default
            for s in SETTINGS}


def save_settings(values: dict[str, Any]) -> None:
    """Save ``values`` (every name must be a setting and every value acceptable)."""
    for name, value in values.items():
        setting = _BY_NAME.get(name)
        if setting is None:
            raise InputError(f"unknown setting {name!r}")
        if not setting.accepts(value):
            raise InputError(f"{value!r} is not a value of the setting {setting.label!r}")
    data = _read()
    data.update(values)
    write_small_file(_path(), json.dumps(data, indent=2).encode() + b"\n")


def recent_cases() -> list[str]:
    """Case folders opened recently, newest first."""
    listed = _read().get("recent_cases", [])
    return [p for p in listed if isinstance(p, str)][:RECENT_CASES] if isinstance(listed, list) else []


def remember_case(path: str | Path) -> None:
    folder = str(Path(path).absolute())
    data = _read()
    data["recent_cases"] = [folder] + [p for p in recent_cases() if p != folder][:RECENT_CASES - 1]
    write_small_file(_path(), json.dumps(data, indent=2).encode() + b"\n")
