"""Reading an import (staff page and API) off the event loop, with a time limit.

The YAML is refused early when it is too large, too deep or uses aliases
(`knowledge.safe_yaml`); what is left can still take a moment for 200 kB, so it is parsed
in a worker thread: the public chat keeps answering meanwhile."""
from __future__ import annotations

import asyncio
from typing import List

from knowledge import editing
from knowledge.records import OrganisationRecord

IMPORT_SECONDS = 10.0


class ImportTooHeavy(Exception):
    """Parsing took longer than IMPORT_SECONDS; the message is Dutch and safe to show."""


async def parse_import_off_loop(text: str) -> List[OrganisationRecord]:
    """`editing.parse_import` in a thread. Raises ValidationFailed or ImportTooHeavy."""
    try:
        return await asyncio.wait_for(asyncio.to_thread(editing.parse_import, text), IMPORT_SECONDS)
    except asyncio.TimeoutError:
        raise ImportTooHeavy(f"De import is te groot of te ingewikkeld (meer dan {IMPORT_SECONDS:.0f} s).") from None
