"""``metadata/hashdeep-sha256.txt``: what ``hashdeep -c sha256 -r -l .`` prints inside ``data/``,
so that ``hashdeep -c sha256 -r -l -a -k ../metadata/hashdeep-sha256.txt .`` run there passes."""

from __future__ import annotations

from typing import TextIO

from triage_app.package.payload import PayloadFile


def write_hashdeep(out: TextIO, payload: list[PayloadFile]) -> None:
    out.write("%%%% HASHDEEP-1.0\n%%%% size,sha256,filename\n")
    out.write("## Invoked from: data\n## # hashdeep -c sha256 -r -l .\n## \n")
    for f in sorted(payload, key=lambda f: f.bag_path):
        relative = f.bag_path[len("data/"):]
        out.write(f"{f.size},{f.digests['sha256']},./{relative}\n")
