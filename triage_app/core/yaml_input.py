"""YAML from files a person wrote elsewhere (a trainer's scenario pack): oversized, too deeply
nested or alias-bombed content is an :class:`InputError` in one line, never a hang, a memory
blow-up or a traceback.

Safe loading alone does not bound the work: a "billion laughs" of anchors builds a small tree
that every later walk (schema validation, JSON output) expands exponentially. The document is
composed once, its nodes are counted with every alias followed (stopping at the budget), and
only then constructed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triage_app.errors import InputError

if TYPE_CHECKING:
    import yaml


@dataclass(frozen=True, slots=True)
class Bounds:
    """How much a document may hold."""

    max_bytes: int = 1 << 20
    max_nodes: int = 100_000  # scalars, lists and maps, counted again through every alias
    max_depth: int = 32


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """The document as data, with its composed tree (for the line a value is on)."""

    data: Any
    root: yaml.Node | None
    raw: bytes


def read_yaml(raw: bytes, what: str, bounds: Bounds | None = None) -> YamlDocument:
    """The YAML document ``raw`` holds; ``what`` names it in the error (e.g. the file name)."""
    import yaml

    bounds = bounds or Bounds()
    if len(raw) > bounds.max_bytes:
        raise InputError(f"{what} is larger than {bounds.max_bytes:,} bytes, the most a file "
                         "of this kind may be")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{what} is not UTF-8 text") from None
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        _check_size(root, what, bounds)
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"{what} is not valid YAML{where}: "
                         f"{getattr(exc, 'problem', None) or exc}") from None
    except RecursionError:
        raise InputError(f"{what} is nested too deeply (more than {bounds.max_depth} levels)") \
            from None
    finally:
        loader.dispose()
    return YamlDocument(data, root, raw)


def _check_size(root: yaml.Node | None, what: str, bounds: Bounds) -> None:
    """Walk the tree (following aliases, which compose as shared nodes) without recursion."""
    import yaml

    todo: list[tuple[yaml.Node, int]] = [(root, 1)] if root is not None else []
    seen = 0
    while todo:
        node, depth = todo.pop()
        seen += 1
        if seen > bounds.max_nodes:
            raise InputError(f"{what} expands to more than {bounds.max_nodes:,} values "
                             "(anchors and aliases repeated too often?)")
        if depth > bounds.max_depth:
            raise InputError(f"{what} is nested too deeply (more than {bounds.max_depth} "
                             "levels)")
        if isinstance(node, yaml.SequenceNode):
            todo += [(child, depth + 1) for child in node.value]
        elif isinstance(node, yaml.MappingNode):
            todo += [(part, depth + 1) for pair in node.value for part in pair]


def line_at(root: yaml.Node | None, path: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the value at ``path`` (keys and list indexes) in a composed tree:
    the deepest part of the path that exists (None: an empty document)."""
    import yaml

    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((value if isinstance(value, yaml.CollectionNode) else key
                          for key, value in node.value if key.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) \
                and step < len(node.value):
            child = node.value[step]
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line
