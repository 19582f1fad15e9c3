"""Hostile input to the import and review endpoints (issue 19): an alias bomb, deep nesting,
too many values and huge numbers are refused quickly with a short answer, never a 500, and
the parse runs off the event loop."""
from __future__ import annotations

import pytest
import yaml

from knowledge import safe_yaml
from knowledge.db import session_scope
from knowledge.validation import shown
from staff import tokens

# Six levels of aliases in about 500 bytes: millions of nodes once expanded.
ALIAS_BOMB = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
    f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(6)
)


@pytest.fixture
async def writer(aiohttp_client, server, db):
    client = await aiohttp_client(server)
    with session_scope(db.engine) as session:
        token, _ = tokens.create_token(session, "koppeling", ["read", "write"], actor="test")

    async def call(method, path, **kwargs):
        headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
        return await client.request(method, path, headers=headers, **kwargs)

    return call


def test_an_alias_bomb_is_refused_before_anything_is_built(monkeypatch):
    # Refused while counting the node graph: the document is never built (a build would
    # call the constructor; it must not be reached).
    monkeypatch.setattr(safe_yaml.yaml, "load", lambda *a, **k: pytest.fail("the bomb was built"))
    with pytest.raises(safe_yaml.UnsafeYaml, match="aliassen"):
        safe_yaml.load(ALIAS_BOMB)
    monkeypatch.undo()
    # A few shared values, as yaml.safe_dump writes them, are fine.
    assert safe_yaml.load("a: &x [1, 2]\nb: *x\n") == {"a": [1, 2], "b": [1, 2]}


@pytest.mark.parametrize("text, problem", [
    ("[" * 40 + "]" * 40, "diep"),
    ("[" + ",".join("1" for _ in range(60_000)) + "]", "waarden"),
    ("x: '" + "a" * 300_000 + "'", "groot"),
])
def test_size_depth_and_node_count_are_capped(text, problem):
    with pytest.raises(safe_yaml.UnsafeYaml, match=problem):
        safe_yaml.load(text)


def test_an_ordinary_document_still_loads():
    assert safe_yaml.load("slug: csg\nchannels:\n  - kind: phone\n    value: 0800-0188\n") == {
        "slug": "csg", "channels": [{"kind": "phone", "value": "0800-0188"}]}


def test_values_in_messages_are_cut_short():
    assert len(shown("x" * 10_000)) < 80
    assert len(shown([[["y" * 1000] * 1000] * 1000])) < 200


async def test_the_alias_bomb_gets_a_short_refusal_over_the_api(writer):
    response = await writer("POST", "/api/v1/import?dry_run=true", data=ALIAS_BOMB)
    body = await response.text()
    assert response.status == 422, body
    assert "aliassen" in body and len(body) < 2_000


@pytest.mark.parametrize("header", ['{"csg": 1e400}', '{"csg": null}', '[1]', '{"csg": 1.5}', "x"])
async def test_odd_base_versions_are_a_400_not_a_500(writer, header):
    exported = yaml.safe_load(await (await writer("GET", "/api/v1/export")).text())
    body = yaml.safe_dump([o for o in exported["organisations"] if o["slug"] == "csg"], allow_unicode=True)
    response = await writer("POST", "/api/v1/import", data=body, headers={"X-Base-Versions": header})
    assert response.status == 400, await response.text()


@pytest.mark.parametrize("age", ["99999999999d", "99999999999w", "36501d"])
async def test_a_huge_review_age_is_a_400_not_a_500(writer, age):
    response = await writer("GET", f"/api/v1/review?older_than={age}")
    assert response.status == 400, await response.text()


async def test_the_alias_bomb_gets_a_short_refusal_on_the_staff_page(editor):
    response = await editor.post("/beheer/import", {"yaml": ALIAS_BOMB})
    html = await response.text()
    assert response.status == 422 and "aliassen" in html
    assert len(html) < 50_000


@pytest.mark.parametrize("bases", ['{"csg": 1e400}', '{"csg": null}', "[1]"])
async def test_odd_bases_on_the_staff_apply_form_are_a_422_not_a_500(editor, bases):
    response = await editor.post("/beheer/import/toepassen", {"yaml": "- slug: csg\n", "bases": bases})
    assert response.status == 422, await response.text()
