"""A normal conversation logs no ERROR: an error line must mean something went wrong, or
whoever watches the logs at night learns to ignore them. (Rasa once logged one for every
button with an entity in its payload: bot/domain/triage_responses.yml.)"""
import json
import uuid

import pytest

from tests.helpers.fuzz_inputs import post_raw

pytestmark = pytest.mark.e2e

# Typed answers and button clicks, through the triage, a referral, a question and a change.
CONVERSATION = [
    "hoi", "ik heb hulp nodig", '/inform{"incident":"aanranding"}', '/inform{"time_bucket":"langer_geleden"}',
    '/inform{"setting":"werk"}', "meer opties", "kan ik anoniem blijven", "iets aanpassen",
    '/change_answer{"changed_slot":"setting"}', "op school", "dankjewel",
]


def test_a_normal_conversation_logs_no_error(stack):
    sizes = {s.name: s.log_path.stat().st_size for s in stack.services}
    sender = uuid.uuid4().hex
    for message in CONVERSATION:
        status, reply = post_raw(f"{stack.rasa_url}/webhooks/rest/webhook",
                                 json.dumps({"sender": sender, "message": message}))
        assert status == 200 and reply, message
    errors = []
    for service in stack.services:
        with open(service.log_path, "rb") as log:
            log.seek(sizes[service.name])
            new = log.read().decode("utf-8", "replace").splitlines()
        errors += [f"{service.name}: {line[:200]}" for line in new if " ERROR " in line or "Traceback" in line]
    assert errors == []
