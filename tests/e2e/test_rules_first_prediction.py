"""TED runs only when no rule or memorised story is certain (bot/rasa_server/speedups.py).
That must change no answer: the same conversations, through Rasa's own Agent with the
stack's action server, take the same actions with and without the speedup, while TED runs
far less often."""
import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from rasa.core.agent import Agent
from rasa.core.policies.ted_policy import TED
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_server import speedups
from tests.helpers.bystander_scripts import CONVERSATIONS
from tests.helpers.victim_scripts import SCRIPTS

pytestmark = pytest.mark.e2e

# Paths the scripted tests do not walk: unknown answers, changing an answer, more options,
# deleting (and not deleting) the conversation, questions inside the form, English.
EXTRA = [
    ["hoi", "ik heb hulp nodig", "weet ik niet", "zeg ik liever niet", "weet ik niet", "meer opties", "ja"],
    ["ik ben aangerand", "vorige week", "op mijn werk", "iets aanpassen", "de plek", "op school"],
    ["ik ben verkracht", "kan ik anoniem blijven", "gisteren", "dankjewel", "doei"],
    ["verwijder mijn gesprek", "nee", "waar kan ik terecht", "/restart"],
    ["oefenen", "hmm lastig", "afleiden", "nog een", "ik zeg er iets van", "stop"],
    ["hello", "i was groped on the train yesterday", "what happens at the centre", "thanks"],
]


def conversations():
    return ([list(s.turns) for s in SCRIPTS] + [[t.say for t in c.turns] for c in CONVERSATIONS] + EXTRA)


async def _actions_of(agent, turns):
    sender = uuid.uuid4().hex
    for text in turns:
        await agent.handle_text(text, sender_id=sender)
    tracker = await agent.tracker_store.retrieve(sender)
    return [e.action_name for e in tracker.events if isinstance(e, ActionExecuted)]


async def _run_all(agent, monkeypatch, predict):
    calls = []
    ted = TED.run_inference  # the TensorFlow call of TEDPolicy (looked up on each call)

    def counted(self, *args, **kwargs):
        calls.append(1)
        return ted(self, *args, **kwargs)

    monkeypatch.setattr(TED, "run_inference", counted)
    monkeypatch.setattr(MessageProcessor, "_predict_next_with_tracker", predict)
    actions = [await _actions_of(agent, turns) for turns in conversations()]
    return actions, len(calls)


async def _compare(stack, monkeypatch):
    # Rasa's own Agent in this process, with the stack's action server and knowledge base.
    agent = Agent.load(str(stack.model), action_endpoint=EndpointConfig(
        f"http://127.0.0.1:{stack.ports.actions}/webhook"))
    plain = await _run_all(agent, monkeypatch, speedups._rasa_predict_next)
    fast = await _run_all(agent, monkeypatch, speedups._predict_next_with_tracker)
    return plain, fast


def test_the_same_actions_with_far_fewer_ted_runs(stack, monkeypatch):
    # In a thread of its own: its event loop must not meet the test session's.
    with ThreadPoolExecutor(max_workers=1) as thread:
        (plain, ted_plain), (fast, ted_fast) = thread.submit(asyncio.run, _compare(stack, monkeypatch)).result()
    predictions = sum(len(a) for a in plain)
    print(f"\n{len(plain)} conversations, {predictions} actions; TED ran {ted_plain} times without "
          f"the speedup, {ted_fast} with it ({100 * ted_fast / max(ted_plain, 1):.0f} %)")
    for turns, a, b in zip(conversations(), plain, fast):
        assert a == b, turns
    assert ted_plain > len(plain)  # without it, TED runs for most predictions
    assert ted_fast < ted_plain / 2
