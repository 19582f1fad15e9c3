"""Our patches of Rasa's internals are set only on the Rasa they were made for
(bot/rasa_server/patch_guard.py), each on its own, with one WARNING when skipped; and a
failed custom action marks the turn through RemoteAction.run (bot/channels/turn.py), with
Rasa's real classes and a real HTTP action server double."""
from __future__ import annotations

import asyncio
import inspect
import logging

import pytest
import rasa
import rasa.engine.constants
from aiohttp import web
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.processor import MessageProcessor
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActionExecutionRejected, BotUttered, Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from bot.channels import turn as turn_module
from bot.channels.turn import TurnWatch
from bot.rasa_server import patch_guard, speedups
from bot.stack import free_port


def _rasas(method):
    """Rasa's own method, also when an earlier test in this process left turn.install()'s wrapper."""
    return method.__wrapped__ if getattr(method, "marks_failed_turns", False) else method


# Taken when pytest collects this module, before any test has run install() or apply().
RASA_RUN = _rasas(RemoteAction.run)
RASA_VALIDATE = RemoteAction._validate_action_result
RASA_PREDICT = speedups._rasa_predict_next
RASA_RESOLVE = Event.__dict__["resolve_by_type"]  # a staticmethod: put back as it was
PATCHED = {  # speedup name -> (class, method, Rasa's own function as the class holds it)
    "validate_action_result": (RemoteAction, "_validate_action_result", RASA_VALIDATE),
    "predict_next_with_tracker": (MessageProcessor, "_predict_next_with_tracker", RASA_PREDICT),
    "resolve_event_type": (Event, "resolve_by_type", RASA_RESOLVE),
}
ALL_APPLIED = {name: True for name in PATCHED}


def as_read(owner, attr):
    """What the class holds (a staticmethod stays one), to compare with PATCHED."""
    return owner.__dict__[attr]
PROCESSOR_LOG = logging.getLogger("rasa.core.processor")


@pytest.fixture(autouse=True)
def rasas_own(monkeypatch):
    """Each test starts from Rasa's own methods and no fallback log filter; afterwards all is
    as it was, so no other test meets a patch made here."""
    monkeypatch.setattr(RemoteAction, "run", RASA_RUN)
    for owner, attr, original in PATCHED.values():
        monkeypatch.setattr(owner, attr, original)
    monkeypatch.setattr(PROCESSOR_LOG, "filters", [f for f in PROCESSOR_LOG.filters if f is not turn_module._MARKER])


def warnings(caplog):
    return [r for r in caplog.records if r.levelno == logging.WARNING and r.name.startswith("bot.")]


# --- the guard -------------------------------------------------------------------------


def test_rasa_is_the_version_the_patches_were_measured_on_with_the_expected_signatures():
    assert rasa.__version__ == patch_guard.MEASURED_ON == "3.6.21"
    assert list(inspect.signature(RASA_VALIDATE).parameters) == ["self", "result"]
    assert list(inspect.signature(RASA_PREDICT).parameters) == ["self", "tracker"]
    assert list(inspect.signature(RASA_RUN).parameters) == ["self", "output_channel", "nlg", "tracker", "domain"]


def test_on_3_6_21_every_patch_is_applied_without_a_warning(caplog):
    with caplog.at_level(logging.WARNING):
        assert speedups.apply() == ALL_APPLIED
        assert turn_module.install() is True
    assert RemoteAction._validate_action_result is speedups._validate_action_result
    assert MessageProcessor._predict_next_with_tracker is speedups._predict_next_with_tracker
    assert RemoteAction.run.marks_failed_turns and RemoteAction.run.__wrapped__ is RASA_RUN
    assert turn_module._MARKER not in PROCESSOR_LOG.filters
    assert warnings(caplog) == []


def test_every_private_name_the_speedups_read_is_found_in_this_rasa():
    for name, (owner, attr, _, params, requires) in speedups.SPEEDUPS.items():
        assert patch_guard.refusal(owner, attr, params, requires) is None, name


@pytest.mark.parametrize("missing", [
    "rasa.engine.constants.NO_SUCH_NAME",
    "rasa.engine.graph.SchemaNode.no_such_field",
    "rasa.core.processor.MessageProcessor.no_such_attribute",
    "rasa.no_such_module.Thing",
])
def test_a_name_rasa_does_not_have_is_a_reason_to_refuse(missing):
    reason = patch_guard.refusal(RemoteAction, "run", ("self", "output_channel", "nlg", "tracker", "domain"), [missing])
    assert reason == f"not found in rasa 3.6.21: {missing}"


def test_another_rasa_version_replaces_nothing_and_warns_once_per_patch(monkeypatch, caplog):
    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    with caplog.at_level(logging.WARNING):
        assert speedups.apply() == {name: False for name in PATCHED}
        assert turn_module.install() is False
        assert turn_module.install() is False  # every TurnWatch calls it: still one warning
    for owner, attr, original in PATCHED.values():
        assert as_read(owner, attr) is original
    assert RemoteAction.run is RASA_RUN
    assert [(r.name, r.getMessage()) for r in warnings(caplog)] == [
        ("bot.rasa_server.speedups", "speedup 'validate_action_result' not applied: "
                                     "rasa 3.7.0, measured on 3.6.21; Rasa's own code is used"),
        ("bot.rasa_server.speedups", "speedup 'predict_next_with_tracker' not applied: "
                                     "rasa 3.7.0, measured on 3.6.21; Rasa's own code is used"),
        ("bot.rasa_server.speedups", "speedup 'resolve_event_type' not applied: "
                                     "rasa 3.7.0, measured on 3.6.21; Rasa's own code is used"),
        ("bot.channels.turn", "patch 'watch_remote_action_run' not applied: rasa 3.7.0, measured on 3.6.21; "
                              "a failed custom action is noticed from ERROR records of 'rasa.core.processor'"),
    ]


def test_when_refused_a_failure_is_still_noticed_from_rasas_error_log(monkeypatch):
    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    with TurnWatch() as calm:
        PROCESSOR_LOG.warning("not an error")
    with TurnWatch() as failing:
        PROCESSOR_LOG.error("Encountered an exception while running action 'action_route_help'.")
    assert calm.failed is False and failing.failed is True


@pytest.mark.parametrize("name", sorted(PATCHED))
def test_a_changed_signature_skips_that_speedup_alone(monkeypatch, caplog, name):
    owner, attr, _ = PATCHED[name]

    def changed(self, tracker, domain):  # as if Rasa had added a parameter
        raise AssertionError("not called here")

    monkeypatch.setattr(owner, attr, changed)
    with caplog.at_level(logging.WARNING):
        applied = speedups.apply()
    assert applied == {other: other != name for other in PATCHED}
    assert getattr(owner, attr) is changed
    for other in set(PATCHED) - {name}:
        other_owner, other_attr, _ = PATCHED[other]
        assert as_read(other_owner, other_attr) is speedups.SPEEDUPS[other][2]
    (warning,) = warnings(caplog)
    assert warning.name == "bot.rasa_server.speedups"
    assert warning.getMessage().startswith(f"speedup {name!r} not applied: {owner.__name__}.{attr} takes "
                                           f"(self, tracker, domain), expected (")


def test_a_private_name_gone_skips_that_speedup_alone(monkeypatch, caplog):
    monkeypatch.delattr(rasa.engine.constants, "PLACEHOLDER_TRACKER")
    with caplog.at_level(logging.WARNING):
        assert speedups.apply() == {**ALL_APPLIED, "predict_next_with_tracker": False}
    assert MessageProcessor._predict_next_with_tracker is RASA_PREDICT
    assert [r.getMessage() for r in warnings(caplog)] == [
        "speedup 'predict_next_with_tracker' not applied: not found in rasa 3.6.21: "
        "rasa.engine.constants.PLACEHOLDER_TRACKER; Rasa's own code is used"
    ]


def test_a_changed_run_signature_leaves_rasas_run_and_falls_back_to_the_log(monkeypatch, caplog):
    async def changed(self, tracker, domain):
        return []

    monkeypatch.setattr(RemoteAction, "run", changed)
    with caplog.at_level(logging.WARNING):
        assert turn_module.install() is False
    assert RemoteAction.run is changed
    assert turn_module._MARKER in PROCESSOR_LOG.filters
    (warning,) = warnings(caplog)
    assert warning.getMessage().startswith(
        "patch 'watch_remote_action_run' not applied: RemoteAction.run takes (self, tracker, domain), "
        "expected (self, output_channel, nlg, tracker, domain)")


# --- a failed custom action marks the turn ----------------------------------------------

DOMAIN = Domain.from_dict({"actions": ["action_ok", "action_reject", "action_crash"]})
NLG = TemplatedNaturalLanguageGenerator(DOMAIN.responses)


@pytest.fixture
async def action_server(aiohttp_server):
    """An action server that answers as the action's name says."""

    async def webhook(request):
        name = (await request.json())["next_action"]
        if name == "action_ok":
            return web.json_response({"events": [], "responses": [{"text": "Bel 112"}]})
        if name == "action_reject":  # how the SDK answers a form's "not this one"
            return web.json_response({"action_name": name, "error": "rejected"}, status=400)
        return web.json_response({"error": "boom"}, status=500)

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    server = await aiohttp_server(app)
    return EndpointConfig(str(server.make_url("/webhook")))


async def run(name, endpoint):
    return await RemoteAction(name, endpoint).run(
        CollectingOutputChannel(), NLG, DialogueStateTracker("someone", DOMAIN.slots), DOMAIN)


async def test_an_action_that_fails_on_the_action_server_marks_the_turn_and_raises_as_before(action_server):
    with TurnWatch() as turn:
        with pytest.raises(RasaException, match="Failed to execute custom action 'action_crash'"):
            await run("action_crash", action_server)
    assert turn.failed is True


@pytest.mark.parametrize("endpoint", [
    EndpointConfig(f"http://127.0.0.1:{free_port()}/webhook"),  # action server down
    None,  # no endpoint configured
])
async def test_an_action_server_out_of_reach_marks_the_turn(endpoint):
    with TurnWatch() as turn:
        with pytest.raises(RasaException):
            await run("action_crash", endpoint)
    assert turn.failed is True


async def test_a_rejection_is_not_a_failure(action_server):
    with TurnWatch() as turn:
        with pytest.raises(ActionExecutionRejection):
            await run("action_reject", action_server)
    assert turn.failed is False


async def test_a_turn_whose_action_succeeds_stays_unmarked_and_gets_the_events(action_server):
    with TurnWatch() as turn:
        events = await run("action_ok", action_server)
    assert [(type(e), e.text) for e in events] == [(BotUttered, "Bel 112")]
    assert turn.failed is False


async def test_rasa_still_catches_the_failure_and_the_turn_knows(action_server):
    # Rasa's own MessageProcessor._run_action; without a model it needs only its domain.
    processor = MessageProcessor.__new__(MessageProcessor)
    processor.domain = DOMAIN
    results = {}
    for name in ("action_ok", "action_reject", "action_crash"):
        tracker = DialogueStateTracker(name, DOMAIN.slots)
        with TurnWatch() as turn:
            await processor._run_action(RemoteAction(name, action_server), tracker, CollectingOutputChannel(),
                                        NLG, PolicyPrediction.for_action_name(DOMAIN, name, "test"))
        results[name] = (turn.failed, [type(e) for e in tracker.events])
    assert results == {
        "action_ok": (False, [ActionExecuted, BotUttered]),
        "action_reject": (False, [ActionExecutionRejected]),
        "action_crash": (True, [ActionExecuted]),  # Rasa went on, without the action's events
    }


async def test_a_failure_in_another_task_does_not_mark_this_turn(action_server):
    other_failed = asyncio.Event()

    async def calm():
        with TurnWatch() as turn:
            await other_failed.wait()  # the other turn fails while this one is open
            await run("action_ok", action_server)
        return turn.failed

    async def failing():
        with TurnWatch() as turn:
            with pytest.raises(RasaException):
                await run("action_crash", action_server)
        other_failed.set()
        return turn.failed

    assert await asyncio.gather(calm(), failing()) == [False, True]


def test_with_the_patch_a_log_line_alone_no_longer_marks_the_turn():
    with TurnWatch() as turn:
        PROCESSOR_LOG.error("Encountered an exception while running action 'action_route_help'.")
    assert turn_module.install() is True
    assert turn.failed is False
