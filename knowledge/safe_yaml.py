"""YAML from outside (imports by staff and the API), read with limits *before* any Python
object is built.

PyYAML's `safe_load` is safe against code, not against size: six levels of aliases in 517
bytes expand to millions of nodes when the result is walked, printed or validated. So the
text is checked first: at most `max_bytes`, at most `max_depth` levels, and at most
`max_nodes` values *counted as they would be after the aliases are expanded* (counted on the
composed node graph, each shared node once per use, without expanding anything). Plain
anchors and aliases stay allowed: `yaml.safe_dump` writes them for shared objects. Only
then is the document built."""
from __future__ import annotations

from typing import Any, Dict

import yaml

# LibYAML's parser when PyYAML was built with it (the wheels are): some 20x faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 200_000
MAX_NODES = 50_000
MAX_DEPTH = 32


class UnsafeYaml(ValueError):
    """The text is refused before it was built; the message is Dutch and safe to show."""


def load(text: str, *, max_bytes: int = MAX_BYTES, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH) -> Any:
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise UnsafeYaml(f"te groot: hoogstens {max_bytes} bytes")
    depth = written = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            written += 1
            if written > max_nodes:  # too many even before any alias is counted
                raise UnsafeYaml(f"te veel waarden: hoogstens {max_nodes}")
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > max_depth:
                raise UnsafeYaml(f"te diep genest: hoogstens {max_depth} niveaus")
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
    root = yaml.compose(text, Loader=_LOADER)
    if root is not None and _expanded_size(root, {}, max_nodes) > max_nodes:
        raise UnsafeYaml(f"te veel waarden: hoogstens {max_nodes}, ankers en aliassen (& en *) meegeteld")
    return yaml.load(text, Loader=_LOADER)


def _expanded_size(node: yaml.Node, sizes: Dict[int, int], limit: int) -> int:
    """How many nodes the document has once every alias is expanded; a shared node is
    counted once per use, but computed once (memo), so a bomb costs no time to measure."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    total = 1
    if isinstance(node, yaml.SequenceNode):
        children = node.value
    elif isinstance(node, yaml.MappingNode):
        children = [part for pair in node.value for part in pair]
    else:
        children = []
    for child in children:
        total += _expanded_size(child, sizes, limit)
        if total > limit:  # no need to count further
            break
    sizes[id(node)] = total
    return total
