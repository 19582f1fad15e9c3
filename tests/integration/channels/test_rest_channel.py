"""SafeRestInput served by a real Sanic server, with the real domain, the real response
generator and our tracker store. Only Rasa's message handling is played by the test (the
end-to-end tests in tests/e2e run it against the real Rasa)."""
from __future__ import annotations

import asyncio
import logging
import uuid
from types import SimpleNamespace

import aiohttp
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig
from sanic import Sanic

from bot import paths
from bot.channels.rest import SafeRestInput
from bot.nlu import crisis_context
from bot.stack import free_port
from bot.tracker_store import RetentionTrackerStore

DOMAIN = Domain.load(str(paths.DOMAIN_DIR))
# Sanic rewrites its request handler when an app starts; in test mode it keeps the
# original, so more than one app can start in this process.
Sanic.test_mode = True


class FakeRasa:
    """Plays `agent.handle_message`: records what it got and answers as told."""

    def __init__(self) -> None:
        self.received = []
        self.answer = ["Hoi"]
        self.failing = set()  # senders whose custom action fails, as Rasa logs it
        self.delays = {}
        self.raises = None
        self.lines = {}  # sender -> the safety line the crisis check notes in the NLU

    async def __call__(self, message) -> None:
        self.received.append(message)
        await asyncio.sleep(self.delays.get(message.sender_id, 0))
        if self.raises:
            raise self.raises
        if message.sender_id in self.lines:
            crisis_context.note_line(self.lines[message.sender_id])  # as bot/nlu/safety.py does
        if message.sender_id in self.failing:
            # As in Rasa's processor: the custom action raises (its server is down), the
            # processor logs that and goes on without the action's events.
            down = EndpointConfig(f"http://127.0.0.1:{free_port()}/webhook")
            try:
                await RemoteAction("action_route_help", down).run(
                    message.output_channel, TemplatedNaturalLanguageGenerator(DOMAIN.responses),
                    DialogueStateTracker(message.sender_id, DOMAIN.slots), DOMAIN)
            except Exception:
                logging.getLogger("rasa.core.processor").exception(
                    "Encountered an exception while running action 'action_route_help'."
                )
        for text in self.answer:
            await message.output_channel.send_text_message(message.sender_id, text)


@pytest.fixture
async def served():
    rasa = FakeRasa()
    store = RetentionTrackerStore(DOMAIN, url=None, purge_interval_seconds=3600)
    app = Sanic(f"channel_test_{uuid.uuid4().hex[:8]}", configure_logging=False)
    app.ctx.agent = SimpleNamespace(
        domain=DOMAIN, nlg=TemplatedNaturalLanguageGenerator(DOMAIN.responses), tracker_store=store
    )
    channel = SafeRestInput.from_credentials({"max_message_chars": 40})
    app.blueprint(channel.blueprint(rasa), url_prefix="/webhooks/rest")
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    session = aiohttp.ClientSession()

    async def post(payload=None, raw=None):
        data = raw if raw is not None else None
        async with session.post(
            f"http://127.0.0.1:{port}/webhooks/rest/webhook",
            json=payload if raw is None else None, data=data,
        ) as response:
            return response.status, await response.json(content_type=None)

    yield SimpleNamespace(post=post, rasa=rasa, store=store, port=port)
    await session.close()
    await store.stop_purging()
    server.close()
    await server.wait_closed()


async def test_a_good_message_reaches_rasa_cleaned_and_cut(served):
    status, reply = await served.post({"sender": "test-1", "message": "ik\x00wil hulp " + "x" * 100})
    assert status == 200
    assert reply == [{"recipient_id": "test-1", "text": "Hoi"}]
    got = served.rasa.received[0]
    assert got.sender_id == "test-1" and got.input_channel == "rest"
    assert got.text == ("ik wil hulp " + "x" * 100)[:40].strip()


@pytest.mark.parametrize("raw", [b"[]", b"{", b"null", b'{"message": "hoi"}', b'{"sender": "s", "message": 5}'])
async def test_a_bad_body_gets_400_with_a_short_json_error_and_never_reaches_rasa(served, raw):
    status, reply = await served.post(raw=raw)
    assert status == 400
    assert set(reply) == {"error"} and reply["error"]
    assert served.rasa.received == []


async def test_the_health_route_stays(served):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{served.port}/webhooks/rest/") as response:
            assert response.status == 200 and (await response.json()) == {"status": "ok"}


async def test_when_rasa_says_nothing_the_kind_fallback_with_the_numbers_comes_from_the_domain(served):
    served.rasa.answer = []
    status, reply = await served.post({"sender": "stil-1", "message": "hallo"})
    assert status == 200 and len(reply) == 1
    expected = DOMAIN.responses["utter_default"][0]["text"]
    assert reply[0]["text"] == expected
    for number in ("112", "0800-0188", "0800-2000"):
        assert number in reply[0]["text"]


async def test_the_fallback_follows_the_language_of_the_conversation(served):
    tracker = await served.store.get_or_create_tracker("english-1")
    tracker.update(SlotSet("language", "en"))
    await served.store.save(tracker)
    served.rasa.answer = []
    _, reply = await served.post({"sender": "english-1", "message": "hello"})
    assert reply[0]["text"].startswith("Sorry, I did not understand")
    assert "112" in reply[0]["text"]


async def test_a_safety_line_the_crisis_check_noted_comes_above_the_answer(served):
    served.rasa.lines = {"lijn-1": "danger", "lijn-2": "suicide"}
    served.rasa.answer = ["Wat fijn dat je het vertelt."]
    _, reply = await served.post({"sender": "lijn-1", "message": "ze zegt dat ze van hem houdt"})
    assert [r["text"] for r in reply] == [DOMAIN.responses["utter_safety_line_danger"][0]["text"],
                                          "Wat fijn dat je het vertelt."]
    assert "112" in reply[0]["text"]
    _, reply = await served.post({"sender": "lijn-2", "message": "het heeft allemaal geen zin"})
    assert "113" in reply[0]["text"] and reply[1]["text"] == "Wat fijn dat je het vertelt."
    _, reply = await served.post({"sender": "geen-lijn", "message": "hoi"})
    assert [r["text"] for r in reply] == ["Wat fijn dat je het vertelt."]


async def test_a_failed_action_adds_the_help_lines_once(served):
    served.rasa.failing = {"actie-1"}
    served.rasa.answer = ["Wat is er gebeurd?"]
    _, reply = await served.post({"sender": "actie-1", "message": "ik ben verkracht"})
    assert reply[0]["text"] == "Wat is er gebeurd?"
    assert len(reply) == 2 and reply[1]["text"] == DOMAIN.responses["utter_help_lines"][0]["text"]
    assert "112" in reply[1]["text"] and "0800-0188" in reply[1]["text"]
    served.rasa.answer = ["Bel 112 bij gevaar."]  # the answer has the numbers already
    _, reply = await served.post({"sender": "actie-1", "message": "waar kan ik terecht"})
    assert len(reply) == 1


async def test_a_failed_action_with_no_answer_at_all_still_gets_the_help_lines(served):
    served.rasa.failing = {"actie-2"}
    served.rasa.answer = []
    _, reply = await served.post({"sender": "actie-2", "message": "meer opties"})
    assert [m["text"] for m in reply] == [DOMAIN.responses["utter_help_lines"][0]["text"]]


async def test_a_failure_in_one_conversation_does_not_touch_another_at_the_same_time(served):
    served.rasa.answer = ["Wat is er gebeurd?"]
    served.rasa.failing = {"fout"}
    served.rasa.delays = {"goed": 0.3, "fout": 0.05}  # "fout" fails while "goed" is busy
    (_, good), (_, bad) = await asyncio.gather(
        served.post({"sender": "goed", "message": "hoi"}),
        served.post({"sender": "fout", "message": "hoi"}),
    )
    assert [m["text"] for m in good] == ["Wat is er gebeurd?"]
    assert len(bad) == 2 and "112" in bad[1]["text"]


async def test_an_exception_in_rasa_gives_an_answer_and_logs_no_text(served, caplog):
    served.rasa.raises = ValueError("cannot parse 'Zwanetje Pietersbergen'")
    with caplog.at_level(logging.INFO):
        status, reply = await served.post({"sender": "crash-1", "message": "Zwanetje Pietersbergen"})
    assert status == 200 and "112" in reply[-1]["text"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "message handling failed: ValueError" in logged
    assert "Zwanetje" not in logged and "crash-1" not in logged
