"""Logs at the default level keep no message text, no slot values and no client addresses.

A conversation with recognisable words goes through the web app and Rasa's REST channel;
then every line that the three processes logged is scanned.
"""
import json
import re
import urllib.request
import uuid

import pytest

pytestmark = pytest.mark.e2e

SECRET_WORDS = ["Zwanetje", "Pietersbergen", "Kerkstraat", "gisteravond"]
MESSAGES = [
    "mijn naam is Zwanetje Pietersbergen",
    "ik woon op de Kerkstraat en gisteravond is het gebeurd",
    "hij staat voor de deur Zwanetje",
    "I am Zwanetje and I need help",
]


def _post(url, payload):
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def test_no_message_text_or_client_address_in_any_log(stack):
    sender = uuid.uuid4().hex
    for message in MESSAGES:
        _post(f"{stack.web_url}/api/chat", {"sender": sender, "message": message})
        _post(f"{stack.rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": message})

    lines = []
    for service in stack.services:
        lines += service.log_path.read_text(errors="replace").splitlines()
    assert len(lines) > 10, "the processes should have logged something"
    for line in lines:
        for word in SECRET_WORDS:
            assert word not in line, f"message text in a log line: {line[:200]}"
        assert sender not in line, f"conversation id in a log line: {line[:200]}"
        # Per-request access logs are where client addresses would appear.
        assert not re.search(r"\b(POST|GET) /(api/chat|webhooks)", line), line[:200]
