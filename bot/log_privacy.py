"""A logging filter that keeps what people write out of every log line.

Installed on the log handlers of Rasa and the action server by bot/logging_config.yml. It
is the safety net behind our own code, which logs types and counts only:

- the text and sender id of the message being handled (set with `hide_in_logs` by the REST
  channel, per request, through a context variable) are replaced wherever they appear;
- exception messages are dropped: they are where library code quotes its input (spaCy,
  SQLAlchemy parameters). The traceback stays, so a developer still sees where it failed;
- fields of Rasa's structured (JSON) log lines that hold text, slots or events are hidden;
- IP addresses are replaced: client addresses must never be stored;
- by structure, not by words: every warning, and every record of another library while a
  message is handled, is reduced to its kind and length (`_by_structure`).

`privacy_filter()` also sends Python warnings through logging: Rasa warns with
`warnings.warn`, and some of its warnings quote the input ("Parsed an intent '...'").
"""
from __future__ import annotations

import contextvars
import json
import logging
import re
import traceback
from contextlib import contextmanager
from typing import Any, Iterator, Optional, Tuple

HIDDEN = "[verborgen]"


class _Hidden:
    """What must not be logged while one message is handled: whole values, and each word
    of the text (libraries quote parts: "/intent" without its slash, a lower-cased word).
    Built only when something is logged: most messages log nothing."""

    def __init__(self, values: Tuple[str, ...]) -> None:
        self._raw = values
        self._values: Optional[Tuple[str, ...]] = None
        self._words: Optional[re.Pattern] = None

    def _build(self) -> None:
        forms = {f for v in self._raw for f in _forms(v) if len(f) >= _MIN_HIDDEN_CHARS}
        self._values = tuple(sorted(forms, key=len, reverse=True))
        words = {w for v in self._raw for w in _WORD.findall(v) if len(w) >= _MIN_WORD_CHARS}
        if words:
            alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
            self._words = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def scrub(self, line: str) -> str:
        if self._values is None:
            self._build()
        for value in self._values:
            line = line.replace(value, HIDDEN)
        return self._words.sub(HIDDEN, line) if self._words else line


def _forms(value: str) -> set:
    """The value as written and as JSON would escape it."""
    return {value, value.strip(), json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1]}


_current: contextvars.ContextVar[Optional[_Hidden]] = contextvars.ContextVar(
    "wegwijzer_hidden_in_logs", default=None
)
# Shorter values and words would blank out ordinary bits of unrelated log lines.
_MIN_HIDDEN_CHARS = 3
_MIN_WORD_CHARS = 4
_WORD = re.compile(r"\w+")

_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
# Full form, or compressed with "::" ("::1", "fe80::1", "::ffff:..."); never a clock time.
_IPV6 = re.compile(
    r"(?<![\w:.])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
    r"|(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{0,4}::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{0,4})"
    r"(?![\w:])"
)

# Keys of Rasa's structlog events (see rasa/utils/log_utils.py) that carry what a person
# wrote or what we know about them, plus our own names for the same things.
SENSITIVE_KEYS = frozenset({
    "text", "response_text", "user_text", "slot_values", "parse_data_text",
    "parse_data_entities", "prediction_events", "tracker_latest_message", "prefilled_slots",
    "message", "response", "slot_candidates", "rasa_event", "rasa_events", "tracker_states",
    "current_states", "old_states", "successes", "current_entity", "next_entity", "states",
    "entity", "token_text", "user_message", "json_message", "sender_id", "sender",
    "conversation_id", "metadata", "slots", "events", "exc_value", "locals",
})


@contextmanager
def hide_in_logs(*values: str) -> Iterator[None]:
    """While handling one message: never let these values (its text, its sender id) or the
    words of them reach a log line, whichever library logs them."""
    token = _current.set(_Hidden(tuple(v for v in values if isinstance(v, str))))
    try:
        yield
    finally:
        _current.reset(token)


def scrub(line: str) -> str:
    """The line without the current message's text and sender id and without IP addresses."""
    hidden = _current.get()
    if hidden is not None:
        line = hidden.scrub(line)
    line = _IPV4.sub("[ip]", line)
    return _IPV6.sub("[ip]", line)


def _hide_fields(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (HIDDEN if k in SENSITIVE_KEYS else _hide_fields(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_hide_fields(v) for v in value]
    return value


def _scrub_structured(line: str) -> str:
    """Rasa's structlog renders events as one JSON object per line; hide its sensitive fields."""
    if not line.startswith("{"):
        return line
    try:
        event = json.loads(line)
    except ValueError:
        return line
    if not isinstance(event, dict):
        return line
    return json.dumps(_hide_fields(event), ensure_ascii=False)


def traceback_without_message(exc_info: Any) -> str:
    """Where it failed and which exception types, without the exceptions' messages."""
    kind, error, tb = exc_info
    lines = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)]
    names = [f"{kind.__module__}.{kind.__qualname__}"]
    seen = {id(error)}
    cause = error.__cause__ or error.__context__ if error is not None else None
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        names.append(f"{type(cause).__module__}.{type(cause).__qualname__}")
        cause = cause.__cause__ or cause.__context__
    lines.append(" <- ".join(names) + " (message not logged)")
    return "".join(lines)


# Our own code logs types and counts only; any other logger may quote its input.
OWN_LOGGERS = ("bot", "actions", "knowledge")
_WARNING_CATEGORY = re.compile(r"\b([A-Z]\w*Warning)\b")


def _by_structure(record: logging.LogRecord, message: str) -> Optional[str]:
    """The record reduced to its kind and length, when it may carry what someone typed: any
    warning (Rasa warns with the payload it could not parse), and every record of another
    library while a message is being handled. Word lists miss short words ("Eva 15 jr Ede");
    this does not depend on them."""
    if record.name == "py.warnings":
        category = _WARNING_CATEGORY.search(message)
        return f"{category.group(1) if category else 'warning'} ({len(message)} characters, not logged)"
    if _current.get() is not None and not record.name.startswith(OWN_LOGGERS):
        return f"{record.levelname.lower()} of {record.name} ({len(message)} characters, not logged)"
    return None


class PrivacyFilter(logging.Filter):
    """Rewrites every record before a handler formats it; drops nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not break logging
            message = str(record.msg)
        record.msg = _by_structure(record, message) or scrub(_scrub_structured(message))
        record.args = ()
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = scrub(traceback_without_message(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


def privacy_filter() -> PrivacyFilter:
    """Factory for the logging config: the filter, and warnings routed through logging
    (logger "py.warnings") so that they pass it too."""
    logging.captureWarnings(True)
    return PrivacyFilter()
