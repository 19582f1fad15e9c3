"""The REST webhook body: the shape Rasa's contract promises, cleaned before the NLU."""
import json

import pytest

from bot.channels.request_body import BadRequest, clean_text, parse_body


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


def test_a_good_body_passes_unchanged():
    incoming = parse_body(body(sender="test-1", message="hij staat voor de deur"), 2000)
    assert (incoming.sender, incoming.text) == ("test-1", "hij staat voor de deur")
    assert incoming.input_channel is None and incoming.metadata is None


@pytest.mark.parametrize("raw, reason", [
    (b"", "valid JSON"),
    (b"{", "valid JSON"),
    (b"\xff\xfe{}", "valid JSON"),  # not UTF-8
    (b"[" * 100_000, "valid JSON"),  # nested too deep for the parser
    (b"[]", "JSON object"),
    (b"null", "JSON object"),
    (b'"hallo"', "JSON object"),
    (body(message="hoi"), "sender"),
    (body(sender=5, message="hoi"), "sender"),
    (body(sender="", message="hoi"), "sender"),
    (body(sender="   ", message="hoi"), "sender"),
    (body(sender="a\x00b", message="hoi"), "sender"),
    (body(sender="x" * 129, message="hoi"), "sender"),
    (body(sender="s"), "message"),
    (body(sender="s", message=None), "message"),
    (body(sender="s", message=12), "message"),
    (body(sender="s", message=["hoi"]), "message"),
    (body(sender="s", message={"text": "hoi"}), "message"),
    (body(sender="s", message="hoi", metadata=[1]), "metadata"),
])
def test_anything_else_is_a_bad_request_with_a_short_reason(raw, reason):
    with pytest.raises(BadRequest) as error:
        parse_body(raw, 2000)
    assert reason in str(error.value)
    assert len(str(error.value)) < 80


def test_control_characters_and_lone_surrogates_become_spaces():
    raw = b'{"sender": "s", "message": "ik\\u0000wil\\u001bhulp \\ud800 nu\\n\\tja"}'
    assert parse_body(raw, 2000).text == "ik wil hulp   nu\n\tja"


def test_long_messages_are_cut_before_the_nlu_sees_them():
    assert len(parse_body(body(sender="s", message="woord " * 10_000), 2000).text) == 2000
    assert clean_text("abcdef", 3) == "abc"


def test_emoji_and_other_scripts_stay_as_they_are():
    text = "🆘 Привет مرحبا שלום"
    assert parse_body(body(sender="s", message=text), 2000).text == text


def test_an_odd_input_channel_is_ignored_not_refused():
    assert parse_body(body(sender="s", message="hoi", input_channel=5), 2000).input_channel is None
    assert parse_body(body(sender="s", message="hoi", input_channel="web"), 2000).input_channel == "web"
