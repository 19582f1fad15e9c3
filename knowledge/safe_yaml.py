"""YAML from outside (imports by staff and the API), read with limits *before* any Python
object is built.

PyYAML's `safe_load` is safe against code, not against size: six levels of aliases in 517
bytes expand to millions of nodes when the result is walked, printed or validated. So the
event stream is checked first: no anchors or aliases (our files never need them), at most
`max_nodes` scalars/collections and `max_depth` levels, at most `max_bytes` of text. Only
then is the document built."""
from __future__ import annotations

from typing import Any

import yaml

MAX_BYTES = 200_000
MAX_NODES = 50_000
MAX_DEPTH = 32


class UnsafeYaml(ValueError):
    """The text is refused before it was built; the message is Dutch and safe to show."""


def load(text: str, *, max_bytes: int = MAX_BYTES, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH) -> Any:
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise UnsafeYaml(f"te groot: hoogstens {max_bytes} bytes")
    nodes = depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise UnsafeYaml("ankers en aliassen (& en *) zijn niet toegestaan")
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            nodes += 1
            if nodes > max_nodes:
                raise UnsafeYaml(f"te veel waarden: hoogstens {max_nodes}")
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > max_depth:
                raise UnsafeYaml(f"te diep genest: hoogstens {max_depth} niveaus")
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
    return yaml.safe_load(text)
