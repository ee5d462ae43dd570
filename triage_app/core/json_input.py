"""JSON from files the app did not write itself (watch lists, hash sets, profiles, ledgers
brought from elsewhere): malformed, overlong or hostile content is a ValueError or an
:class:`InputError` in plain words, never a traceback."""

from __future__ import annotations

import json
from typing import Any

from triage_app.errors import InputError

MAX_DIGITS = 100  # no field we read needs more; Python refuses over 4,300 with a traceback


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise ValueError(f"it holds a number of {digits} digits")
    return int(text)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads(data: str | bytes) -> Any:
    """:func:`json.loads` for untrusted text: ValueError for anything it cannot read, even
    nesting too deep for the parser (which raises RecursionError), a number too long, or the
    NaN and Infinity that Python's parser accepts but JSON does not."""
    try:
        return json.loads(data, parse_int=_integer, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("it is nested too deeply") from None


def read_json(data: str | bytes, what: str) -> Any:
    """The document ``data`` holds; ``what`` names it in the error (e.g. ``list.json``)."""
    try:
        return loads(data)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what} is not readable JSON: {exc.msg} at line {exc.lineno}, "
                         f"column {exc.colno}") from None
    except UnicodeDecodeError:
        raise InputError(f"{what} is not readable JSON: it is not UTF-8 text") from None
    except ValueError as exc:
        raise InputError(f"{what} is not readable JSON: {exc}") from None
