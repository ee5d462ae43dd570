"""PyInstaller runtime hook of the frozen Field Triage app (runs before the app's own code).

The one place that knows the bundle's layout: libmagic is pointed at the magic database that
was built with it, and the bundled ``bin/`` (ewfacquirestream) comes first on PATH. A clean
environment (``env -i``) has no PATH at all; the system default is kept behind ``bin/``.
"""

import os
import sys

_bundle = sys._MEIPASS  # noqa: SLF001 - PyInstaller's documented bundle folder
os.environ.setdefault("MAGIC", os.path.join(_bundle, "magic", "magic.mgc"))
os.environ["PATH"] = os.pathsep.join(
    [os.path.join(_bundle, "bin"), os.environ.get("PATH") or os.defpath])
