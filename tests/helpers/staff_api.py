"""The JSON API (/api/v1) through the aiohttp test client, with a reading and a writing token."""
from __future__ import annotations

import pytest

from knowledge.db import session_scope
from staff import tokens


def make_token(db, scopes, name="koppeling"):
    with session_scope(db.engine) as session:
        token, _info = tokens.create_token(session, name, scopes, actor="test")
    return token


@pytest.fixture
async def api(aiohttp_client, server, db):
    client = await aiohttp_client(server)
    reader, writer = make_token(db, ["read"], "lezer"), make_token(db, ["read", "write"], "schrijver")

    class Api:
        async def call(self, method, path, token=writer, **kwargs):
            headers = kwargs.pop("headers", {})
            if token:
                headers["Authorization"] = f"Bearer {token}"
            return await client.request(method, path, headers=headers, **kwargs)

    found = Api()
    found.client, found.reader, found.writer = client, reader, writer
    return found
