"""bot/web/replicas.py: one replica per conversation, the same every time; when one is set
aside only its conversations move, and they come back when it answers again."""
import uuid

from bot.web.replicas import SET_ASIDE_SECONDS, Replicas

URLS = ["http://rasa-0:5005", "http://rasa-1:5005", "http://rasa-2:5005"]
CONVERSATIONS = [uuid.UUID(int=n).hex for n in range(3000)]


def test_the_same_conversation_always_goes_to_the_same_replica_and_all_replicas_get_a_share():
    replicas = Replicas(URLS)
    first = {c: replicas.order_for(c)[0] for c in CONVERSATIONS}
    assert first == {c: Replicas(list(reversed(URLS))).order_for(c)[0] for c in CONVERSATIONS}
    shares = [sum(1 for url in first.values() if url == u) / len(CONVERSATIONS) for u in URLS]
    assert all(0.28 < share < 0.39 for share in shares), shares


def test_setting_a_replica_aside_moves_only_its_conversations_and_they_come_back():
    now = [0.0]
    replicas = Replicas(URLS, clock=lambda: now[0])
    before = {c: replicas.order_for(c)[0] for c in CONVERSATIONS}
    replicas.set_aside(URLS[1])
    during = {c: replicas.order_for(c)[0] for c in CONVERSATIONS}
    moved = {c for c in CONVERSATIONS if before[c] != during[c]}
    assert moved == {c for c in CONVERSATIONS if before[c] == URLS[1]}
    assert URLS[1] not in during.values()
    # Each moved conversation goes to its own second choice, not all to one replica.
    assert {during[c] for c in moved} == {URLS[0], URLS[2]}
    now[0] += SET_ASIDE_SECONDS + 0.1
    assert {c: replicas.order_for(c)[0] for c in CONVERSATIONS} == before


def test_when_every_replica_is_set_aside_all_are_still_tried():
    replicas = Replicas(URLS[:2])
    for url in URLS[:2]:
        replicas.set_aside(url)
    assert sorted(replicas.order_for("abc")) == sorted(URLS[:2])
