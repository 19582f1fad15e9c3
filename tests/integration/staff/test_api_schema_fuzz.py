"""Schema-driven fuzzing of the staff API (issue 19): every operation in docs/openapi.yaml,
with path, query, header and body values drawn by Hypothesis, both from the documented
schemas (hypothesis-jsonschema) and hostile ones (huge numbers, odd text, wrong types),
against the real aiohttp app on a real, seeded SQLite database. No answer may be a 5xx.

(schemathesis cannot be installed next to Rasa 3.6's pinned jsonschema; Hypothesis and
hypothesis-jsonschema can, and are what schemathesis is built on.)"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from bot.paths import PROJECT_ROOT
from knowledge.db import session_scope
from staff import tokens
from tests.helpers.staff_fixtures import Database, LiveApp

SPEC = yaml.safe_load((PROJECT_ROOT / "docs" / "openapi.yaml").read_text("utf-8"))
EXAMPLES = 40  # per operation; seeded, so the same requests every run


def resolve(node, spec=SPEC):
    """The spec with every {"$ref": "#/..."} replaced by what it points to."""
    if isinstance(node, dict):
        if "$ref" in node:
            target = spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return resolve(target, spec)
        return {k: resolve(v, spec) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(v, spec) for v in node]
    return node


def operations():
    for path, item in resolve(SPEC["paths"]).items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method == "parameters":
                continue
            yield method.upper(), path, shared + op.get("parameters", []), op.get("requestBody", {})


OPERATIONS = list(operations())
HOSTILE_TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["99999999999999999999999", "-1", "1e400", "NaN", "null", "../../etc", "%00", "0",
                     "99999999999d", "💥", "' OR 1=1 --", "{\"a\": 1}"]),
)
HOSTILE_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30) | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


def value_for(schema):
    strategies = [HOSTILE_TEXT]
    if schema:
        clean = {k: v for k, v in schema.items() if k not in ("example", "description")}
        try:
            strategies.append(from_schema(clean).map(lambda v: v if isinstance(v, str) else json.dumps(v)))
        except Exception:  # a schema form hypothesis-jsonschema cannot draw from
            pass
    return st.one_of(*strategies)


def body_for(request_body):
    content = request_body.get("content", {})
    if "application/json" in content:
        schema = content["application/json"].get("schema", {})
        documented = from_schema(schema) if schema else st.nothing()
        return st.one_of(documented, HOSTILE_JSON).map(lambda v: ("application/json", json.dumps(v).encode()))
    if content:
        kind = next(iter(content))
        return st.text(max_size=400).map(lambda t: (kind, t.encode("utf-8", "surrogatepass")))
    return st.just((None, None))


def request_for(parameters, request_body):
    values = {p["name"]: value_for(p.get("schema")) for p in parameters}
    return st.tuples(st.fixed_dictionaries(values), st.just(parameters), body_for(request_body))


@pytest.fixture(scope="module")
def live_api(tmp_path_factory):
    """The real app on loopback with a seeded SQLite database, and a token."""
    database = Database("sqlite", tmp_path_factory.mktemp("fuzz"))
    with session_scope(database.engine) as session:
        token, _ = tokens.create_token(session, "fuzzer", ["read", "write"], actor="test")
    live = LiveApp(database.engine)
    yield live.url, token
    live.stop()
    database.drop()


def send(base, token, method, path, params, parameters, body):
    query, headers = {}, {"Authorization": f"Bearer {token}"}
    for parameter in parameters:
        value = params[parameter["name"]]
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", urllib.parse.quote(value, safe=""))
        elif parameter["in"] == "query":
            query[parameter["name"]] = value
        elif parameter["in"] == "header":
            headers[parameter["name"]] = value.encode("latin-1", "replace").decode("latin-1")
    kind, data = body
    if kind:
        headers["Content-Type"] = kind
    url = base + path + ("?" + urllib.parse.urlencode(query) if query else "")
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.slow
@pytest.mark.parametrize("method, path, parameters, request_body", OPERATIONS,
                         ids=[f"{m} {p}" for m, p, _, _ in OPERATIONS])
def test_no_documented_operation_answers_5xx(live_api, method, path, parameters, request_body):
    base, token = live_api

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(request_for(parameters, request_body))
    def check(drawn):
        params, params_spec, body = drawn
        status = send(base, token, method, path, params, params_spec, body)
        assert status < 500, (method, path, params, body[1][:200] if body[1] else None, status)

    check()
