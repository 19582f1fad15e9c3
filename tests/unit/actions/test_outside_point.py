"""action_outside_point on a real, seeded knowledge base: no vertrouwenspersoon where it
happened gets that sector's reporting point outside; an unknown place gets the question where."""
import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import outside_point
from tests.helpers.trackers import tracker


@pytest.fixture(autouse=True)
def kb(real_kb, monkeypatch):
    monkeypatch.setattr(outside_point, "knowledge_base", lambda: real_kb)
    return real_kb


async def said(slots):
    dispatcher = CollectingDispatcher()
    events = await outside_point.ActionOutsidePoint().run(
        dispatcher, tracker(slots=slots, intent="ask_no_confidant"), {})
    assert events == []
    return dispatcher.messages


def slugs(messages):
    return [o["slug"] for m in messages if m.get("custom") for o in m["custom"].get("organisations", [])]


@pytest.mark.parametrize("setting, point", [
    ("sport", "centrum-veilige-sport"), ("cultuur", "mores"), ("school", "vertrouwensinspecteurs"),
    ("werk", "werk-arbeidsinspectie"), ("zorg", "landelijk-meldpunt-zorg"),
])
async def test_a_known_sector_gets_its_own_point_outside_first(setting, point):
    messages = await said({"setting": setting, "language": "nl"})
    text = "\n".join(m.get("text") or "" for m in messages)
    assert text.startswith(outside_point.LEAD["nl"])
    assert slugs(messages)[0] == point


async def test_in_english_too():
    messages = await said({"setting": "cultuur", "language": "en"})
    assert (messages[0].get("text") or "").startswith(outside_point.LEAD["en"])


@pytest.mark.parametrize("setting", [None, "onbekend", "thuis", "straat"])
async def test_without_a_sector_the_question_where(setting):
    messages = await said({"setting": setting, "language": "nl"})
    assert [m.get("response") for m in messages] == ["utter_no_confidant_where"]


async def test_a_failing_knowledge_base_still_answers(monkeypatch):
    def broken():
        raise RuntimeError("down")
    monkeypatch.setattr(outside_point, "knowledge_base", broken)
    messages = await said({"setting": "sport", "language": "nl"})
    assert [m.get("response") for m in messages] == ["utter_no_confidant_where"]
