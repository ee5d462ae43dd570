"""The command line as a whole: every command listed and helped, each module loaded only
when its command runs."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys

import pytest

from triage_app.cli import COMMANDS, _Parser, main


def _own_parser(module: str) -> tuple[str, argparse.ArgumentParser, str]:
    """(name, parser, summary) as the command's module registers them."""
    sub = _Parser(prog="triage-app").add_subparsers(parser_class=_Parser)
    importlib.import_module(f"triage_app.cli.{module}").add_parser(sub)
    (name, parser), = sub.choices.items()
    summary, = [a.help for a in sub._choices_actions]
    return name, parser, summary


def _options(parser: argparse.ArgumentParser) -> list[str]:
    options = [s for a in parser._actions for s in a.option_strings]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            options += list(action.choices)
    return options


@pytest.mark.parametrize("name,module,summary", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_each_command_summary_is_its_modules_own(name: str, module: str, summary: str) -> None:
    assert _own_parser(module)[0::2] == (name, summary)


def test_help_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert stop.value.code == 0
    for name, _, summary in COMMANDS:
        assert name in out and summary in out


@pytest.mark.parametrize("name,module,summary", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_each_commands_help_lists_its_options(name: str, module: str, summary: str,
                                             capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main([name, "--help"])
    out = capsys.readouterr().out
    assert stop.value.code == 0
    options = _options(_own_parser(module)[1])
    assert options
    for option in options:
        assert option in out, option


def test_a_quick_command_loads_no_other_command_module() -> None:
    code = ("import sys; from triage_app.cli import main; "
            "code = main(['check-address', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa']); "
            "print(sorted(m for m in sys.modules if m.startswith('triage_app.cli.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()[-1]
    assert out == "['triage_app.cli.check_address_cmd', 'triage_app.cli.output']"


# What checking an address needs no part of: the other commands' machinery, logging (none of
# its modules logs), the watch-list parsers, the seed and extended-key codecs, per-user folders
# when a portable home is set, and the frozen app's process support.
_NOT_NEEDED_TO_CHECK = ("multiprocessing", "logging", "platformdirs", "importlib.resources",
                        "csv", "datetime", "triage_app.crypto.watchlist_formats",
                        "triage_app.crypto.electrum", "triage_app.crypto.extended_keys")


def test_checking_an_address_starts_without_what_it_does_not_need(tmp_path) -> None:
    code = ("import sys; from triage_app.__main__ import main; "
            "code = main(['check-address', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa']); "
            f"print(sorted(m for m in {_NOT_NEEDED_TO_CHECK!r} if m in sys.modules))")
    env = {**os.environ, "TRIAGE_APP_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout.splitlines()
    assert out[0] == "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"  # it did check the address
    assert out[-1] == "[]"


def test_a_frozen_app_lets_its_worker_processes_start(monkeypatch, capsys) -> None:
    import multiprocessing

    from triage_app.__main__ import main as app_main

    calls = []
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: calls.append("frozen"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert app_main(["check-address", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"]) == 0
    assert calls == ["frozen"]
