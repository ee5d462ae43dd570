"""Every folder the app uses, from one place.

Per-user folders come from platformdirs. Tests and portable installs (a USB stick kit) set
``TRIAGE_APP_HOME`` to keep everything under one folder instead.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "TRIAGE_APP_HOME"
RULES_ENV = "TRIAGE_WORKFLOW_RULES"  # an agency's workflow rules file instead of the shipped one
SCENARIOS_ENV = "TRIAGE_SCENARIOS_DIR"  # a trainer's folder of scenario packs, beside the bundled
_APP = "field-triage"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    path = Path(override) / kind if override else _per_user(kind)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _per_user(kind: str) -> Path:
    import platformdirs  # here, not above: a quick command with an override never needs it

    if kind == "data":
        return Path(platformdirs.user_data_dir(_APP, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(_APP, appauthor=False))
    return Path(platformdirs.user_log_dir(_APP, appauthor=False))


def data_dir() -> Path:
    """Officer profiles, signing keys and the hash-set library live here."""
    return _base("data")


def config_dir() -> Path:
    """Agency settings."""
    return _base("config")


def log_dir() -> Path:
    """Application logs (never evidence, never secrets)."""
    return _base("logs")


def hashsets_dir() -> Path:
    path = data_dir() / "hashsets"
    path.mkdir(exist_ok=True)
    return path


def resources_root() -> Path:
    """The shipped ``resources/`` tree.

    In a wheel or the frozen app it is the package ``triage_app.resources``, found through
    ``importlib.resources`` (see pyproject.toml and build.spec); in a source checkout it is the
    top-level ``resources/``.
    """
    import importlib.resources  # here, not above: most commands never read a resource

    try:
        shipped = Path(str(importlib.resources.files("triage_app.resources")))
    except ModuleNotFoundError:  # a source checkout: the package maps to ./resources only installed
        shipped = None
    package = Path(__file__).resolve().parent
    for candidate in (shipped, package.parent / "resources"):
        if candidate is not None and candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the app's resources folder is missing (looked beside {package})")


def resource(*parts: str) -> Path:
    """A file or folder under the shipped ``resources/`` tree."""
    return resources_root().joinpath(*parts)


def trusted_keys_dir() -> Path:
    """The lab setting: officers' key cards (``*.officer.json``) a verifier trusts by default."""
    return config_dir() / "trusted-keys"
