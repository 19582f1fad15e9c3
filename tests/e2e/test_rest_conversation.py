"""End to end over Rasa's REST channel and through the web app, real servers, real model."""
import json
import urllib.error
import urllib.request
import uuid

import pytest

pytestmark = pytest.mark.e2e

KEY_NUMBERS = ["112", "0800-0188", "0800-2000", "0900-0101"]


def post(url, payload):
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read() or b"null")


def say(stack, message, sender=None):
    status, body = post(
        f"{stack.rasa_url}/webhooks/rest/webhook",
        {"sender": sender or uuid.uuid4().hex, "message": message},
    )
    assert status == 200
    return body


def texts(replies):
    return "\n".join(r.get("text", "") for r in replies)


@pytest.mark.parametrize(
    "message",
    ["hij staat voor de deur", "help nu", "ik ben opgesloten", "HIJ HEEFT EEN MES!!", "he is at the door"],
)
def test_danger_gets_112_in_the_first_reply(stack, message):
    replies = say(stack, message)
    assert "112" in replies[0]["text"]


def test_danger_interrupts_a_conversation(stack):
    sender = uuid.uuid4().hex
    say(stack, "hoi", sender)
    say(stack, "waar kan ik terecht", sender)
    replies = say(stack, "hij staat nu voor mijn deur", sender)
    assert "112" in replies[0]["text"]


def test_suicide_signal_gets_113(stack):
    replies = say(stack, "ik wil niet meer leven")
    assert "113" in replies[0]["text"] and "0800-0113" in replies[0]["text"]


@pytest.mark.parametrize(
    "message",
    [
        "asdkjh qwe zxcv",
        "",
        "   ",
        "x" * 20000,
        "😀😀😀",
        "<script>alert('x')</script>",
        "'; DROP TABLE trackers; --",
        "Привет, мне нужна помощь",
        "مرحبا، أحتاج إلى مساعدة",
        "\u202eRTL override\u202c",
    ],
    ids=["gibberish", "empty", "spaces", "20k", "emoji", "html", "sql", "cyrillic", "arabic", "rtl"],
)
def test_bad_input_gets_a_kind_reply_with_the_key_numbers(stack, message):
    replies = say(stack, message)
    text = texts(replies)
    for number in KEY_NUMBERS:
        assert number in text, (number, text)
    assert "<script>" not in text
    assert all(stack.alive().values())


def test_greeting_says_what_it_does_and_mentions_112(stack):
    replies = say(stack, "hallo")
    assert "112" in replies[0]["text"]
    assert replies[0]["buttons"], "the greeting offers quick replies"


def test_help_request_asks_what_happened_and_skipping_every_question_still_helps(stack):
    sender = uuid.uuid4().hex
    # A first message that tells no story asks whose story it is first (bot/nlu/role.py)
    asked = say(stack, "waar kan ik terecht", sender)
    assert "gaat het om jou, of om iemand anders?" in texts(asked)
    first = say(stack, '/role_chosen{"role_choice":"slachtoffer"}', sender)
    assert "Wat is er gebeurd?" in texts(first)
    assert "/dont_know" in [b["payload"] for b in first[0]["buttons"]]
    say(stack, "zeg ik liever niet", sender)
    say(stack, "weet ik niet", sender)
    replies = say(stack, "wil ik niet zeggen", sender)
    text = texts(replies)
    # Veilig Thuis is no filler (issue 18): nothing was said about home, a relationship or a child.
    for number in ["112", "0800-0188", "0900-0101"]:
        assert number in text
    cards = [r["custom"] for r in replies if "custom" in r]
    assert cards, "the action server adds cards from the knowledge base"
    organisations = cards[0]["organisations"]
    assert [o["slug"] for o in organisations] == ["csg", "slachtofferhulp"]  # two at a time (issue 17)
    assert organisations[0]["channels"][organisations[0]["main"]]["href"] == "tel:08000188"


def test_english_input_gets_english_with_the_same_numbers(stack):
    replies = say(stack, "what can you do for me")
    assert any(r.get("language") == "en" for r in replies)  # the page switches its own words
    text = texts(replies)
    assert "0800-0188" in text and "112" in text
    assert "You decide" in text or "I tell you" in text


def test_thanks_goodbye_and_restart(stack):
    sender = uuid.uuid4().hex
    assert "Graag gedaan" in texts(say(stack, "dankjewel", sender))
    assert "112" in texts(say(stack, "doei", sender))
    restart = texts(say(stack, "opnieuw beginnen", sender))
    assert restart.count("opnieuw") == 1, restart


def test_web_app_relays_to_rasa(stack):
    status, body = post(f"{stack.web_url}/api/chat", {"sender": uuid.uuid4().hex, "message": "help nu"})
    assert status == 200 and body["degraded"] is False
    assert "112" in body["messages"][0]["text"]


def test_rasa_and_action_server_listen_on_loopback_only(stack):
    listening = _listening_addresses()
    for port in (stack.ports.rasa, stack.ports.actions):
        assert listening.get(port), f"nothing listens on {port}"
        assert listening[port] <= {"127.0.0.1"}, listening[port]
        assert port not in _listening_ipv6_ports(), "must not listen on IPv6 (::)"


def test_socketio_channel_is_off(stack):
    """socket.io skipped the REST channel's input checks; it is off (issue 19)."""
    url = f"{stack.rasa_url}/socket.io/?EIO=4&transport=polling"
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(url, timeout=10)
    assert refused.value.code == 404


def _listening_addresses():
    """port -> set of IPv4 addresses listening on it, from /proc/net/tcp."""
    found = {}
    for line in open("/proc/net/tcp").read().splitlines()[1:]:
        fields = line.split()
        local, state = fields[1], fields[3]
        if state != "0A":  # LISTEN
            continue
        hex_ip, hex_port = local.split(":")
        ip = ".".join(str(int(hex_ip[i : i + 2], 16)) for i in (6, 4, 2, 0))
        found.setdefault(int(hex_port, 16), set()).add(ip)
    return found


def _listening_ipv6_ports():
    ports = set()
    for line in open("/proc/net/tcp6").read().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "0A":
            ports.add(int(fields[1].split(":")[1], 16))
    return ports


def test_a_referral_is_one_short_message_and_meer_over_tells_what_happens(stack):
    sender = uuid.uuid4().hex
    replies = say(stack, "ik ben gisteren verkracht op een feest", sender)
    referral = next(r for r in replies if "custom" in r)
    assert referral["text"] and referral["custom"]["organisations"][0]["slug"] == "csg"
    assert "niet jouw schuld" in referral["text"] and len(referral["text"].split()) <= 120
    more = next(b["payload"] for b in referral["buttons"] if b["title"] == "Meer over CSG")
    details = say(stack, more, sender)
    assert "Wat gebeurt er?" in details[0]["text"] and "72 uur" in details[0]["text"]
    assert len(details[0]["text"].split()) <= 120
