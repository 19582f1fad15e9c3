"""bot/channels/one_message.py: text, buttons and cards of one bot message stay one message,
and the conversation's language travels with it."""
import asyncio

from bot.channels.one_message import OneMessageCollector


def collected(*messages):
    collector = OneMessageCollector()
    for message in messages:
        asyncio.run(collector.send_response("s", dict(message)))
    return collector.messages


def test_text_buttons_and_cards_are_one_message():
    [one] = collected({"text": "Hier kun je terecht:",
                       "buttons": [{"title": "Meer opties", "payload": "/more_options"}],
                       "custom": {"type": "organisaties", "language": "en", "organisations": []}})
    assert one["text"] == "Hier kun je terecht:" and one["custom"]["type"] == "organisaties"
    assert one["buttons"][0]["payload"] == "/more_options" and one["language"] == "en"


def test_a_text_alone_keeps_rasas_behaviour_and_says_its_language():
    messages = collected({"text": "Bel 112.", "language": "nl"}, {"custom": {"x": 1}})
    assert messages[0]["text"] == "Bel 112." and messages[0]["language"] == "nl"
    assert messages[1]["custom"] == {"x": 1} and "language" not in messages[1]


def test_an_unknown_language_is_not_passed_on():
    assert "language" not in collected({"text": "hoi", "language": "<b>"})[0]
