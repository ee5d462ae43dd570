"""Build the window's translations: ``resources/translations/*.ts`` -> ``.qm`` (Qt's lrelease).

    python packaging/build_translations.py            build the .qm files (set-up and packaging)
    python packaging/build_translations.py --update   first collect the GUI's tr() texts into
                                                      the .ts files (lupdate keeps translations)

The ``.ts`` files are the sources kept in the repository; the ``.qm`` files are built output.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr")


def _tool(name: str) -> str:
    """The PySide6 tool beside the running Python (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found (it comes with PySide6)")
    return found


def update_sources() -> None:
    sources = sorted(str(p) for p in (ROOT / "triage_app" / "gui").rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources,
                        "-ts", str(TRANSLATIONS / f"field_triage_{language}.ts")],
                       check=True, stdout=subprocess.DEVNULL)


def build(out_dir: Path = TRANSLATIONS) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        source = TRANSLATIONS / f"field_triage_{language}.ts"
        target = out_dir / f"field_triage_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                       check=True)
        built.append(target)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="collect tr() texts into the .ts")
    parser.add_argument("--out", type=Path, default=TRANSLATIONS, help="where the .qm go")
    args = parser.parse_args()
    if args.update:
        update_sources()
    for path in build(args.out):
        print(f"built {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
