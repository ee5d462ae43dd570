"""Write training-known-files.txt: the SHA-256 of each file of the bundled training hash set.

The files themselves are made by triage_app.simulation.artefacts.known_file (fixed bytes, the
same for every scenario and seed); run this after changing them:
    .venv/bin/python resources/hashsets/make_training_set.py
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from triage_app.simulation.artefacts import KNOWN_FILES, TRAINING_SET_FILE, known_file

HEADER = ("# Field Triage training hash set (version 1): synthetic files planted by scenario\n"
          "# builds. Not a real hash set; it matches nothing but training evidence.\n")


def main() -> None:
    lines = [f"{hashlib.sha256(known_file(n)).hexdigest()}  training-known-{n:02d}.bin\n"
             for n in range(1, KNOWN_FILES + 1)]
    Path(__file__).with_name(TRAINING_SET_FILE).write_text(HEADER + "".join(lines),
                                                           encoding="ascii")


if __name__ == "__main__":
    main()
