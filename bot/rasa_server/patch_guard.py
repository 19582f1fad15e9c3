"""Apply a patch of Rasa's internals only to the Rasa it was written and measured for.

Our patches (bot/rasa_server/speedups.py, bot/channels/turn.py) replace private methods
and read private names. Rasa may change those in any release without notice, and a
replacement that no longer fits would fail, or worse, quietly do something else. So a patch
is applied only when Rasa is the version it was checked against, the method still takes
the parameters the replacement expects, and the private names it reads still exist.
Otherwise Rasa's own method stays and one WARNING says which patch was skipped and why.
"""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import logging
from typing import Any, Callable, Iterable, Optional, Sequence

import rasa

# The Rasa the patches were read against and measured on. On an upgrade: re-read the
# patched methods, re-measure (bench/latency.py), then change this.
MEASURED_ON = "3.6.21"


def _exists(dotted: str) -> bool:
    """`package.module.Class.name`: the module imports and the attributes are there. The last
    name may also be a dataclass field or an attribute that the class's __init__ sets on
    self: neither is an attribute of the class itself."""
    parts = dotted.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            found: Any = importlib.import_module(".".join(parts[:split]))
            break
        except ImportError:
            continue
    else:
        return False
    *path, last = parts[split:]
    for name in path:
        if not hasattr(found, name):
            return False
        found = getattr(found, name)
    if hasattr(found, last):
        return True
    if not isinstance(found, type):
        return False
    fields = {f.name for f in dataclasses.fields(found)} if dataclasses.is_dataclass(found) else set()
    init = getattr(found.__init__, "__code__", None)
    return last in fields or (init is not None and last in init.co_names)


def refusal(owner: type, attr: str, params: Sequence[str], requires: Iterable[str] = ()) -> Optional[str]:
    """Why `owner.attr` must not be replaced, or None when it may."""
    if rasa.__version__ != MEASURED_ON:
        return f"rasa {rasa.__version__}, measured on {MEASURED_ON}"
    current = getattr(owner, attr, None)
    if not callable(current):
        return f"{owner.__name__}.{attr} not found"
    found = tuple(inspect.signature(current).parameters)
    if found != tuple(params):
        return f"{owner.__name__}.{attr} takes ({', '.join(found)}), expected ({', '.join(params)})"
    missing = [name for name in requires if not _exists(name)]
    if missing:
        return f"not found in rasa {rasa.__version__}: {', '.join(missing)}"
    return None


def patch(
    logger: logging.Logger,
    label: str,
    owner: type,
    attr: str,
    replacement: Callable,
    params: Sequence[str],
    requires: Iterable[str] = (),
    instead: str = "Rasa's own code is used",
) -> bool:
    """Set `owner.attr = replacement` when `refusal` finds no reason not to; else log one
    WARNING ("<label> not applied: <why>; <instead>") and leave Rasa's method. True if set."""
    reason = refusal(owner, attr, params, requires)
    if reason is not None:
        logger.warning("%s not applied: %s; %s", label, reason, instead)
        return False
    setattr(owner, attr, replacement)
    return True
