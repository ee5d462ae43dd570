"""``metadata/case.jsonld``: the package described in CASE/UCO (https://caseontology.org).

Investigation, authority, officers, the tool, each source and exhibit with a provenance record,
the investigative actions (scan, collect, image, package) with times, and every payload file
with its hashes. Identifiers are UUIDv5 of stable keys, so exporting the same case twice
describes the same things with the same identifiers.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from triage_app import APP_NAME, __version__
from triage_app.package.payload import PayloadFile

CONTEXT = {
    "kb": "urn:field-triage:kb:",
    "case-investigation": "https://ontology.caseontology.org/case/investigation/",
    "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/",
    "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
    "uco-identity": "https://ontology.unifiedcyberontology.org/uco/identity/",
    "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
    "uco-tool": "https://ontology.unifiedcyberontology.org/uco/tool/",
    "uco-types": "https://ontology.unifiedcyberontology.org/uco/types/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_NAMESPACE = uuid.UUID("6f1c5bb4-5b0e-4f0e-9a51-2d5c0e7a8b11")
_HASH_NAMES = {"md5": "MD5", "sha1": "SHA1", "sha256": "SHA256", "sha512": "SHA512"}
_FILE_TIMES = {"mtime": "modifiedTime", "atime": "accessedTime", "ctime": "metadataChangeTime",
               "crtime": "observableCreatedTime"}


def _id(kind: str, *key: object) -> str:
    return f"kb:{kind}-{uuid.uuid5(_NAMESPACE, '|'.join(map(str, (kind, *key))))}"


def _ref(node_id: str) -> dict[str, str]:
    return {"@id": node_id}


def _time(value: str | int) -> dict[str, str]:
    if isinstance(value, int):
        value = datetime.fromtimestamp(value, UTC).isoformat()
    return {"@type": "xsd:dateTime", "@value": value.replace("+00:00", "Z")}


def _integer(value: int) -> dict[str, str]:
    return {"@type": "xsd:integer", "@value": str(int(value))}


def _hashes(owner: str, hashes: dict[str, str]) -> list[dict[str, Any]]:
    return [{"@id": _id("hash", owner, name), "@type": "uco-types:Hash",
             "uco-types:hashMethod": _HASH_NAMES[name],  # xsd:string since UCO 1.4
             "uco-types:hashValue": {"@type": "xsd:hexBinary", "@value": value.upper()}}
            for name, value in sorted(hashes.items()) if name in _HASH_NAMES and value]


class CaseGraph:
    """Builds the JSON-LD graph node by node."""

    def __init__(self) -> None:
        self.nodes: list[dict[str, Any]] = []

    def add(self, node: dict[str, Any]) -> str:
        self.nodes.append(node)
        return node["@id"]

    def document(self) -> dict[str, Any]:
        return {"@context": CONTEXT, "@graph": self.nodes}


def build_case_graph(*, case_ref: str, mode: str, authority: dict[str, str] | None,
                     officers: list[dict[str, str]], sources: list[dict[str, Any]],
                     exhibits: list[dict[str, Any]], actions: list[dict[str, Any]],
                     payload: list[PayloadFile]) -> dict[str, Any]:
    """``sources``: {id, location, kind, identity}; ``exhibits``: {ref, description, source_id};
    ``actions``: {name, start, end, officer, source_id, exhibit}."""
    graph = CaseGraph()
    tool = graph.add({"@id": _id("tool", APP_NAME, __version__), "@type": "uco-tool:Tool",
                      "uco-core:name": APP_NAME, "uco-tool:version": __version__,
                      "uco-tool:toolType": "Digital evidence triage"})
    people = {o["id"]: graph.add({"@id": _id("person", o["id"]), "@type": "uco-identity:Person",
                                  "uco-core:name": f"{o['name']} ({o['id']})"})
              for o in officers}
    source_nodes: dict[int, str] = {}
    node: dict[str, Any]
    for s in sources:
        node = {"@id": _id("source", s["location"]), "@type": _source_type(s["kind"]),
                "uco-core:name": s["location"], "uco-core:description": f"evidence source ({s['kind']})"}
        stored = (s.get("identity") or {}).get("stored_hashes") or {}
        size = (s.get("identity") or {}).get("media_size")
        if s["kind"] in ("image", "device") and (stored or size):
            facet: dict[str, Any] = {"@id": _id("content-facet", s["location"]),
                                     "@type": "uco-observable:ContentDataFacet"}
            if size is not None:
                facet["uco-observable:sizeInBytes"] = _integer(size)
            if stored:
                facet["uco-observable:hash"] = _hashes(f"source|{s['location']}", stored)
            node["uco-core:hasFacet"] = [facet]
        source_nodes[s["id"]] = graph.add(node)
    file_nodes = [graph.add(_file_node(f)) for f in payload]
    records = {}
    for e in exhibits:
        members = [_id("file", f.bag_path) for f in payload if f.exhibit == e["ref"]]
        objects = ([source_nodes[e["source_id"]]] if e.get("source_id") in source_nodes else []) + members
        record: dict[str, Any] = {"@id": _id("provenance", e["ref"]),
                                  "@type": "case-investigation:ProvenanceRecord",
                                  "case-investigation:exhibitNumber": e["ref"],
                                  "uco-core:description": e.get("description") or f"Exhibit {e['ref']}"}
        if objects:
            record["uco-core:object"] = [_ref(o) for o in objects]
        records[e["ref"]] = graph.add(record)
    action_nodes = []
    for i, a in enumerate(actions):
        node = {"@id": _id("action", i, a["name"], a["start"]),
                "@type": "case-investigation:InvestigativeAction",
                "uco-core:name": a["name"],
                "uco-action:startTime": _time(a["start"]),
                "uco-action:instrument": _ref(tool)}
        if a.get("end"):
            node["uco-action:endTime"] = _time(a["end"])
        if a.get("officer") in people:
            node["uco-action:performer"] = _ref(people[a["officer"]])
        if a.get("source_id") in source_nodes:
            node["uco-action:object"] = [_ref(source_nodes[a["source_id"]])]
        if a.get("exhibit") in records:
            node["uco-action:result"] = [_ref(records[a["exhibit"]])]
        action_nodes.append(graph.add(node))
    investigation: dict[str, Any] = {
        "@id": _id("investigation", case_ref), "@type": "case-investigation:Investigation",
        "uco-core:name": case_ref,
        "uco-core:description": f"Field Triage case {case_ref} ("
                                + ("SIMULATION — not real evidence" if mode == "SIMULATION"
                                   else "live case") + ")",
        "uco-core:object": [_ref(n) for n in [tool, *people.values(), *source_nodes.values(),
                                                *records.values(), *action_nodes, *file_nodes]],
    }
    if authority:
        auth = graph.add({"@id": _id("authorization", case_ref),
                          "@type": "case-investigation:Authorization",
                          "case-investigation:authorizationType": authority.get("type", "unspecified"),
                          "case-investigation:authorizationIdentifier": [authority.get("reference", "")],
                          "uco-core:description": authority.get("description", "")})
        investigation["case-investigation:relevantAuthorization"] = [_ref(auth)]
    graph.add(investigation)
    return graph.document()


def _source_type(kind: str) -> str:
    return {"device": "uco-observable:Device", "image": "uco-observable:File",
            "folder": "uco-observable:Directory"}.get(kind, "uco-observable:ObservableObject")


def _file_node(f: PayloadFile) -> dict[str, Any]:
    file_facet: dict[str, Any] = {"@id": _id("file-facet", f.bag_path), "@type": "uco-observable:FileFacet",
                                  "uco-observable:fileName": f.bag_path.rsplit("/", 1)[-1],
                                  "uco-observable:filePath": f.original_path or f.bag_path,
                                  "uco-observable:sizeInBytes": _integer(f.size)}
    for key, prop in _FILE_TIMES.items():
        if f.times.get(key):
            file_facet[f"uco-observable:{prop}"] = _time(f.times[key])
    hashes = {**f.recorded, **f.digests}
    content = {"@id": _id("content-facet", f.bag_path), "@type": "uco-observable:ContentDataFacet",
               "uco-observable:sizeInBytes": _integer(f.size),
               "uco-observable:hash": _hashes(f"file|{f.bag_path}", hashes)}
    return {"@id": _id("file", f.bag_path), "@type": "uco-observable:File",
            "uco-core:description": f"{f.kind} payload file {f.bag_path}",
            "uco-core:hasFacet": [file_facet, content]}


def dump(document: dict[str, Any], out) -> None:
    json.dump(document, out, indent=1, ensure_ascii=False)
    out.write("\n")
