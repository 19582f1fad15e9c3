"""Logs at the default level keep no message text, no slot values, no conversation ids and
no IP addresses.

A multi-turn conversation with recognisable words goes through the web app and straight to
Rasa's REST channel, including input that makes the NLU stumble (lone surrogates, which
once made spaCy raise; "/intent" messages that Rasa warns about, quoting them). Then every
line that every process logged in this test session is scanned.
"""
import json
import re
import uuid

import pytest

from tests.helpers.fuzz_inputs import post_raw

pytestmark = pytest.mark.e2e

SECRET_WORDS = ["Zwanetje", "Pietersbergen", "Kerkstraat", "gisteravond", "Hazelaarlaan"]
CONVERSATION = [
    "mijn naam is Zwanetje Pietersbergen",
    "ik ben gisteravond verkracht op de Kerkstraat",
    "weet ik niet",
    "ik woon aan de Hazelaarlaan",
    "hij staat voor de deur Zwanetje",
    "I am Zwanetje and I need help",
]
# Input on which the NLU or Rasa's message parsing stumbles; raw JSON, sent as written.
STUMBLING = [
    '"Zwanetje \\ud800 Pietersbergen \\udfff"',
    '"/Zwanetje_Pietersbergen"',
    '"/greet{\\"naam\\": \\"Pietersbergen\\"}"',
    '"/greet{\\"naam\\": Pietersbergen"',
    '"Kerkstraat\\u0000\\u001b[31m Zwanetje"',
    # Short words (issue 19: "/inform{\"x\": \"Eva 15 jr Ede\"}" was logged verbatim).
    '"/inform{\\"x\\": \\"Qzk 15 jr Wvb\\"}"',
]
SHORT_MARKERS = re.compile(r"\b(Qzk|Wvb)\b", re.IGNORECASE)
# Slot dumps ("incident: verkrachting", "age=15.0"): Rasa writes them at DEBUG only.
SLOT_DUMP = re.compile(r"\b(incident|setting|time_bucket|days_since|age|wishes|role|language)\s*[:=]\s*\w")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
# Full form, or compressed with "::"; a clock time (12:37:51) is not an address.
IPV6 = re.compile(
    r"(?<![\w:.])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
    r"|[0-9A-Fa-f:]*::[0-9A-Fa-f:]*[0-9A-Fa-f])(?![\w.])"
)
ACCESS_LOG = re.compile(r"\b(POST|GET) /(api/chat|webhooks|webhook)\b")


def _raw(sender: str, message_json: str) -> bytes:
    return f'{{"sender": "{sender}", "message": {message_json}}}'.encode()


def test_no_message_text_slot_value_conversation_id_or_address_in_any_log(stack):
    web_sender, rasa_sender = uuid.uuid4().hex, "gesprek-" + uuid.uuid4().hex
    for message in CONVERSATION:
        status, _ = post_raw(f"{stack.web_url}/api/chat", json.dumps({"sender": web_sender, "message": message}))
        assert status == 200
        status, _ = post_raw(f"{stack.rasa_url}/webhooks/rest/webhook",
                             json.dumps({"sender": rasa_sender, "message": message}))
        assert status == 200
    for message_json in STUMBLING:
        status, reply = post_raw(f"{stack.rasa_url}/webhooks/rest/webhook", _raw(rasa_sender, message_json))
        assert status == 200 and reply, message_json
        status, _ = post_raw(f"{stack.web_url}/api/chat", _raw(web_sender, message_json))
        assert status == 200, message_json
    for message in ("/forget_conversation", "/affirm"):
        post_raw(f"{stack.rasa_url}/webhooks/rest/webhook", json.dumps({"sender": rasa_sender, "message": message}))

    lines = []
    for service in stack.services:
        lines += [(service.name, line) for line in service.log_path.read_text(errors="replace").splitlines()]
    assert len(lines) > 10, "the processes should have logged something"
    for name, line in lines:
        where = f"{name}: {line[:200]}"
        for word in SECRET_WORDS:
            assert word.lower() not in line.lower(), f"message text in a log line: {where}"
        assert not SHORT_MARKERS.search(line), f"short words of a message in a log line: {where}"
        assert not SLOT_DUMP.search(line), f"slot values in a log line: {where}"
        for sender in (web_sender, rasa_sender):
            assert sender not in line, f"conversation id in a log line: {where}"
        assert not IPV4.search(line) and not IPV6.search(line), f"IP address in a log line: {where}"
        assert not ACCESS_LOG.search(line), f"access log line: {where}"
