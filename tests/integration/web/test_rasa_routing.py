"""The web app with several Rasa replicas: each conversation goes to its own replica; when that
replica refuses connections the message goes to the next one; a message that may have reached
a replica is never sent a second time."""
from __future__ import annotations

import asyncio
import uuid

import pytest
from aiohttp import web

from bot.stack import free_port
from bot.web.main import create_app
from bot.web.rasa_client import RasaClient, RasaUnavailable
from bot.web.settings import Settings


def replica(name, received, *, drop=False):
    async def webhook(request):
        body = await request.json()
        received.append((name, body["sender"]))
        if drop:  # got the message, then the connection breaks: it may have been handled
            request.transport.close()
            await asyncio.sleep(1)
        return web.json_response([{"recipient_id": body["sender"], "text": f"antwoord van {name}"}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    return app


def url_of(server):
    return str(server.make_url("")).rstrip("/")


def sender_for(client: RasaClient, url: str) -> str:
    while True:
        sender = uuid.uuid4().hex
        if client.replicas.order_for(sender)[0] == url:
            return sender


@pytest.fixture
async def two(aiohttp_server):
    received = []
    a = await aiohttp_server(replica("a", received))
    b = await aiohttp_server(replica("b", received))
    return a, b, received


async def test_each_conversation_stays_on_its_replica(two):
    a, b, received = two
    client = RasaClient([url_of(a), url_of(b)], 5)
    await client.start()
    try:
        senders = [uuid.uuid4().hex for _ in range(40)]
        for _ in range(3):
            for sender in senders:
                await client.send(sender, "hoi")
    finally:
        await client.close()
    where = {}
    for name, sender in received:
        where.setdefault(sender, set()).add(name)
    assert all(len(names) == 1 for names in where.values())
    assert {name for name, _ in received} == {"a", "b"}


async def test_a_replica_that_refuses_connections_is_skipped_and_nothing_is_lost(aiohttp_server):
    received = []
    b = await aiohttp_server(replica("b", received))
    gone = f"http://127.0.0.1:{free_port()}"  # nothing listens: connection refused
    client = RasaClient([gone, url_of(b)], 5)
    await client.start()
    try:
        sender = sender_for(client, gone)
        reply = await client.send(sender, "ik ben verkracht")
        assert reply == [{"text": "antwoord van b"}]
        assert received == [("b", sender)]
        # Set aside: the next message goes to b at once.
        assert client.replicas.order_for(sender)[0] == url_of(b)
    finally:
        await client.close()


async def test_a_message_that_may_have_been_delivered_is_never_sent_twice(aiohttp_server):
    received = []
    a = await aiohttp_server(replica("a", received, drop=True))
    b = await aiohttp_server(replica("b", received))
    client = RasaClient([url_of(a), url_of(b)], 5)
    await client.start()
    try:
        sender = sender_for(client, url_of(a))
        with pytest.raises(RasaUnavailable):
            await client.send(sender, "hij staat voor de deur")
        # The replica whose connection broke is set aside: the next message goes elsewhere.
        assert client.replicas.order_for(sender)[0] == url_of(b)
    finally:
        await client.close()
    assert received == [("a", sender)]


async def test_the_page_answers_through_the_next_replica(aiohttp_client, aiohttp_server):
    received = []
    b = await aiohttp_server(replica("b", received))
    gone = f"http://127.0.0.1:{free_port()}"
    app = create_app(Settings(rasa_urls=(gone, url_of(b)), rasa_timeout_seconds=5))
    client = await aiohttp_client(app)
    for _ in range(5):
        response = await client.post("/api/chat", json={"sender": uuid.uuid4().hex, "message": "hoi"})
        body = await response.json()
        assert body["degraded"] is False and body["messages"] == [{"text": "antwoord van b"}]
    assert len(received) == 5


async def test_a_replica_slower_than_the_wait_gives_the_numbers_not_an_error(aiohttp_client, aiohttp_server):
    async def slow(request):
        await asyncio.sleep(3)
        return web.json_response([])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", slow)
    rasa = await aiohttp_server(app)
    client = await aiohttp_client(create_app(Settings(rasa_url=url_of(rasa), rasa_timeout_seconds=0.5)))
    response = await client.post("/api/chat", json={"sender": uuid.uuid4().hex, "message": "hoi"})
    body = await response.json()
    assert response.status == 200 and body["degraded"] is True and "112" in body["messages"][0]["text"]
