"""deploy/: the Kubernetes manifests and the Compose file, checked offline.

Every document in deploy/k8s/*.yaml is validated against the bundled JSON schema of one fixed
Kubernetes version (kubernetes-validate, strict: unknown fields are errors), with the network
shut. Then the properties that matter for this topology: limits and probes on every container,
non-root, no secret in plain text, one image, two Rasa replicas behind a headless Service that
the web app names one by one. The checks return lists of problems, so the last tests can show
that they find a broken copy.
"""
from __future__ import annotations

import copy
import re
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import kubernetes_validate
import pytest
import yaml

from bot.paths import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
K8S = DEPLOY / "k8s"
COMPOSE = DEPLOY / "compose.yaml"
# The newest Kubernetes version whose schema kubernetes-validate 1.28.x carries.
K8S_VERSION = "1.28"
IMAGE = "wegwijzer:latest"
WORKLOAD_KINDS = {"Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"}
LONG_RUNNING_KINDS = {"Deployment", "StatefulSet", "DaemonSet"}
# Secret values and the secret key each one comes from.
SECRET_ENV = {"WEGWIJZER_DATABASE_URL": "database-url", "WEGWIJZER_TRACKER_URL": "tracker-url"}
SECRET_NAME = "wegwijzer"
# A value that is, or holds, a secret: credentials in a URL, a database URL, or a name that
# says it is one.
_CREDENTIALS_IN_URL = re.compile(r"://[^/\s@:]*:[^/\s@]*@")
_DATABASE_URL = re.compile(r"^\s*(postgres(ql)?|mysql|mariadb|sqlite|oracle|mssql)(\+\w+)?:", re.I)
_SECRET_NAME = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE|DATABASE_URL|TRACKER_URL", re.I)


# ---------------------------------------------------------------- loading


def documents(path: Path) -> List[Dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text("utf-8")) if doc]


def manifest_files() -> List[Path]:
    """Every Kubernetes object file (the kustomization is kustomize's, not the cluster's)."""
    return sorted(p for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml")


def applied_files() -> List[Path]:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text("utf-8"))
    return [K8S / name for name in kustomization["resources"]]


def applied_objects() -> List[Dict[str, Any]]:
    return [doc for path in applied_files() for doc in documents(path)]


def pod_spec(obj: Dict[str, Any]) -> Dict[str, Any]:
    spec = obj["spec"]
    if obj["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    return spec["template"]["spec"]


def containers(obj: Dict[str, Any]) -> Iterator[Dict[str, Any]]:
    spec = pod_spec(obj)
    yield from spec.get("initContainers") or []
    yield from spec["containers"]


def workloads(objects: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [obj for obj in objects if obj["kind"] in WORKLOAD_KINDS]


def named(objects: List[Dict[str, Any]], kind: str, name: str) -> Dict[str, Any]:
    found = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name!r}, found {len(found)}"
    return found[0]


def env_of(container: Dict[str, Any]) -> Dict[str, Dict[str, Any]]:
    return {item["name"]: item for item in container.get("env") or []}


def looks_secret(name: str, value: Any) -> bool:
    """A literal value that should have come from a secret."""
    text = "" if value is None else str(value)
    if not text.strip():
        return False
    return bool(_CREDENTIALS_IN_URL.search(text) or _DATABASE_URL.match(text) or _SECRET_NAME.search(name))


def quantity(text: Any) -> float:
    """A Kubernetes quantity as a number (cpu in cores, memory in bytes)."""
    text = str(text)
    units = {"m": 1e-3, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "k": 1e3, "M": 1e6, "G": 1e9}
    for unit, factor in units.items():
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)


# ---------------------------------------------------------------- checks (lists of problems)


def resource_problems(objects: List[Dict[str, Any]]) -> List[str]:
    problems = []
    for obj in workloads(objects):
        for c in containers(obj):
            where = f"{obj['kind']}/{obj['metadata']['name']} container {c['name']}"
            resources = c.get("resources") or {}
            for part in ("requests", "limits"):
                for kind in ("cpu", "memory"):
                    if kind not in (resources.get(part) or {}):
                        problems.append(f"{where}: no {part}.{kind}")
            for kind in ("cpu", "memory"):
                request = (resources.get("requests") or {}).get(kind)
                limit = (resources.get("limits") or {}).get(kind)
                if request is not None and limit is not None and quantity(request) > quantity(limit):
                    problems.append(f"{where}: {kind} request {request} above its limit {limit}")
    return problems


def probe_problems(objects: List[Dict[str, Any]]) -> List[str]:
    problems = []
    for obj in objects:
        if obj["kind"] not in LONG_RUNNING_KINDS:
            continue
        for c in pod_spec(obj)["containers"]:
            for probe in ("livenessProbe", "readinessProbe"):
                if not c.get(probe):
                    problems.append(f"{obj['kind']}/{obj['metadata']['name']} container {c['name']}: no {probe}")
    return problems


def security_problems(objects: List[Dict[str, Any]]) -> List[str]:
    problems = []
    for obj in workloads(objects):
        spec = pod_spec(obj)
        pod_security = spec.get("securityContext") or {}
        writable = {v["name"] for v in spec.get("volumes") or [] if "emptyDir" in v}
        for c in containers(obj):
            where = f"{obj['kind']}/{obj['metadata']['name']} container {c['name']}"
            security = {**pod_security, **(c.get("securityContext") or {})}
            if security.get("runAsNonRoot") is not True:
                problems.append(f"{where}: runAsNonRoot is not true")
            if security.get("runAsUser", 1) == 0:
                problems.append(f"{where}: runs as uid 0")
            if security.get("allowPrivilegeEscalation") is not False:
                problems.append(f"{where}: allowPrivilegeEscalation is not false")
            if security.get("privileged"):
                problems.append(f"{where}: privileged")
            if "ALL" not in ((security.get("capabilities") or {}).get("drop") or []):
                problems.append(f"{where}: capabilities not dropped")
            if security.get("readOnlyRootFilesystem") is not True:
                problems.append(f"{where}: root filesystem is writable")
            mounts = {m["mountPath"]: m["name"] for m in c.get("volumeMounts") or []}
            if mounts.get("/tmp") not in writable:
                problems.append(f"{where}: no emptyDir on /tmp (the root filesystem is read-only)")
    return problems


def secret_problems(objects: List[Dict[str, Any]]) -> List[str]:
    problems = []
    for obj in objects:
        if obj["kind"] in ("Secret", "ConfigMap"):
            problems.append(f"{obj['kind']}/{obj['metadata']['name']} is applied: secrets are created with kubectl")
    for obj in workloads(objects):
        for c in containers(obj):
            where = f"{obj['kind']}/{obj['metadata']['name']} container {c['name']}"
            for name, item in env_of(c).items():
                if "value" in item and looks_secret(name, item["value"]):
                    problems.append(f"{where}: {name} is in plain text")
                if name in SECRET_ENV:
                    ref = (item.get("valueFrom") or {}).get("secretKeyRef") or {}
                    if (ref.get("name"), ref.get("key")) != (SECRET_NAME, SECRET_ENV[name]):
                        problems.append(f"{where}: {name} not from secret {SECRET_NAME}/{SECRET_ENV[name]}")
            for source in c.get("envFrom") or []:
                if "configMapRef" in source:
                    problems.append(f"{where}: envFrom a ConfigMap (settings belong in env, secrets in Secrets)")
    return problems


def image_problems(objects: List[Dict[str, Any]]) -> List[str]:
    problems = []
    for obj in workloads(objects):
        for c in containers(obj):
            where = f"{obj['kind']}/{obj['metadata']['name']} container {c['name']}"
            if c.get("image") != IMAGE:
                problems.append(f"{where}: image {c.get('image')!r}, not {IMAGE}")
            if c.get("imagePullPolicy") != "IfNotPresent":
                problems.append(f"{where}: imagePullPolicy {c.get('imagePullPolicy')!r}, not IfNotPresent")
    return problems


def rasa_topology_problems(objects: List[Dict[str, Any]]) -> List[str]:
    problems = []
    rasa = named(objects, "StatefulSet", "rasa")
    replicas = rasa["spec"].get("replicas", 1)
    if replicas != 2:
        problems.append(f"rasa has {replicas} replicas, not 2")
    service = named(objects, "Service", rasa["spec"]["serviceName"])
    if rasa["spec"]["serviceName"] != "rasa" or service["spec"].get("clusterIP") != "None":
        problems.append("rasa's Service is not the headless Service `rasa`")
    pod_labels = rasa["spec"]["template"]["metadata"]["labels"]
    if not service["spec"].get("selector") or not service["spec"]["selector"].items() <= pod_labels.items():
        problems.append("the headless Service does not select the rasa pods")
    budgets = [o for o in objects if o["kind"] == "PodDisruptionBudget"
               and o["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()]
    if [b["spec"].get("minAvailable") for b in budgets] != [1]:
        problems.append("rasa needs one PodDisruptionBudget with minAvailable 1")
    expected = {f"http://rasa-{i}.{service['metadata']['name']}:5005" for i in range(replicas)}
    web = next(c for c in pod_spec(named(objects, "Deployment", "web"))["containers"] if c["name"] == "web")
    value = env_of(web).get("WEGWIJZER_RASA_URLS", {}).get("value", "")
    urls = [u.strip() for u in value.split(",") if u.strip()]
    if len(urls) != len(set(urls)) or set(urls) != expected:
        problems.append(f"WEGWIJZER_RASA_URLS is {value!r}; every replica once is {sorted(expected)}")
    return problems


# ---------------------------------------------------------------- schema


@pytest.fixture
def no_network(monkeypatch):
    """The schemas are in the package: validation must not need (or try) the network."""
    def refuse(*args, **kwargs):
        raise AssertionError("network access during validation")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _all_documents() -> List[Tuple[str, Dict[str, Any]]]:
    return [(f"{p.name}#{i}", doc) for p in manifest_files() for i, doc in enumerate(documents(p))]


@pytest.mark.parametrize("where,doc", _all_documents(), ids=[w for w, _ in _all_documents()])
def test_every_manifest_is_valid_for_the_kubernetes_schema(where, doc, no_network):
    assert kubernetes_validate.validate(doc, K8S_VERSION, strict=True) == K8S_VERSION


def test_the_validator_rejects_an_unknown_field(no_network):
    web = copy.deepcopy(named(applied_objects(), "Deployment", "web"))
    web["spec"]["template"]["spec"]["containers"][0]["resource"] = {}  # typo of `resources`
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(web, K8S_VERSION, strict=True)


# ---------------------------------------------------------------- kubernetes


def test_the_kustomization_applies_every_manifest_but_the_examples():
    listed = applied_files()
    assert all(p.is_file() for p in listed), [p.name for p in listed if not p.is_file()]
    assert sorted(listed) == [p for p in manifest_files() if not p.name.endswith(".example.yaml")]


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl (with its built-in kustomize) not installed")
def test_kustomize_renders_the_same_objects(no_network):
    rendered = subprocess.run(["kubectl", "kustomize", str(K8S)], capture_output=True, text=True, timeout=60,
                              check=True).stdout
    objects = [doc for doc in yaml.safe_load_all(rendered) if doc]

    def key(obj):
        return obj["kind"], obj["metadata"]["name"]

    assert sorted(map(key, objects)) == sorted(map(key, applied_objects()))
    by_key = {key(obj): obj for obj in applied_objects()}
    for obj in objects:
        assert obj == by_key[key(obj)], key(obj)  # the kustomization changes nothing (image tag: latest)
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)


def test_the_secret_example_creates_nothing_and_says_how():
    example = K8S / "secret.example.yaml"
    assert documents(example) == []  # all comments: applying it by mistake does nothing
    text = example.read_text("utf-8")
    assert "kubectl create secret generic wegwijzer" in text
    for key in SECRET_ENV.values():
        assert f"--from-literal={key}=" in text


def test_every_container_has_cpu_and_memory_requests_and_limits():
    assert resource_problems(applied_objects()) == []


def test_every_long_running_container_has_liveness_and_readiness_probes():
    assert probe_problems(applied_objects()) == []


def test_every_container_runs_as_non_root_on_a_read_only_root():
    assert security_problems(applied_objects()) == []


def test_no_secret_in_plain_text():
    assert secret_problems(applied_objects()) == []


def test_one_image_everywhere_without_pull_surprises():
    assert image_problems(applied_objects()) == []


def test_two_rasa_replicas_behind_a_headless_service_named_by_the_web_app():
    assert rasa_topology_problems(applied_objects()) == []


def test_commands_probes_and_settings_of_the_three_processes():
    objects = applied_objects()
    web = pod_spec(named(objects, "Deployment", "web"))["containers"][0]
    rasa = pod_spec(named(objects, "StatefulSet", "rasa"))["containers"][0]
    actions = pod_spec(named(objects, "Deployment", "actions"))["containers"][0]

    assert web["command"] == ["python", "-m", "bot.web", "--host", "0.0.0.0", "--port", "8080"]
    assert rasa["command"][:14] == [
        "python", "-m", "bot.rasa_server", "run", "--model", "models/",
        "--endpoints", "bot/endpoints-scaled.yml", "--credentials", "bot/credentials.yml",
        "--interface", "0.0.0.0", "--port", "5005",
    ]
    assert actions["command"][:7] == ["python", "-m", "rasa_sdk", "--actions", "actions", "--port", "5055"]

    for container, path, port in ((web, "/gezond", 8080), (rasa, "/", 5005), (actions, "/health", 5055)):
        ports = {p["name"]: p["containerPort"] for p in container["ports"]}
        for probe in ("livenessProbe", "readinessProbe"):
            get = container[probe]["httpGet"]
            assert (get["path"], ports.get(get["port"], get["port"])) == (path, port), (container["name"], probe)

    startup = rasa["startupProbe"]
    assert startup["httpGet"]["path"] == "/"
    # The model loads in 30-60 s; give it at least 3 minutes before liveness takes over.
    assert startup.get("initialDelaySeconds", 0) + startup["periodSeconds"] * startup["failureThreshold"] >= 180

    assert rasa["resources"] == {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": "1", "memory": "2Gi"}}
    assert quantity(actions["resources"]["limits"]["memory"]) <= 512 * 2**20

    values = {name: item.get("value") for c in (web, rasa, actions) for name, item in env_of(c).items()}
    assert values["WEGWIJZER_BEHIND_TLS"] == "1"
    assert values["ACTION_SERVER_URL"] == "http://actions:5055/webhook"
    assert values["WEGWIJZER_RETENTION_HOURS"] == "24"
    assert values["WEGWIJZER_LOCK_STORE_HOST"] and values["WEGWIJZER_LOCK_STORE_PORT"] == "6379"
    assert "WEGWIJZER_PURGE_LEADER_LOCK" not in values  # the purge is coordinated in the database
    assert set(env_of(rasa)) >= set(SECRET_ENV) and "WEGWIJZER_DATABASE_URL" in env_of(actions)


def test_only_the_web_app_is_reachable_from_outside():
    objects = applied_objects()
    services = {o["metadata"]["name"]: o["spec"] for o in objects if o["kind"] == "Service"}
    assert services["web"]["type"] == "ClusterIP" and services["web"]["ports"][0]["port"] == 80
    assert services["actions"]["type"] == "ClusterIP"
    assert all(s.get("type", "ClusterIP") in ("ClusterIP", "ExternalName") for s in services.values())
    # PostgreSQL and Redis are external: names for them, no pods.
    assert {n for n, s in services.items() if s.get("type") == "ExternalName"} == {"postgres", "redis"}
    names = {o["metadata"]["name"] for o in workloads(objects)}
    assert names == {"web", "rasa", "actions", "db-init"}
    def component(selector):
        return selector["matchLabels"]["app.kubernetes.io/component"]

    allowed = {component(o["spec"]["podSelector"]): [component(f["podSelector"]) for r in o["spec"]["ingress"]
                                                      for f in r["from"]]
               for o in objects if o["kind"] == "NetworkPolicy"}
    assert allowed == {"rasa": ["web"], "actions": ["rasa"]}


def test_every_service_selects_pods_and_named_ports_exist():
    objects = applied_objects()
    templates = [obj["spec"]["template"] for obj in workloads(objects) if obj["kind"] != "CronJob"]
    for service in (o for o in objects if o["kind"] == "Service" and o["spec"].get("selector")):
        selector = service["spec"]["selector"].items()
        matched = [t for t in templates if selector <= t["metadata"]["labels"].items()]
        assert matched, f"Service {service['metadata']['name']} selects no pods"
        for port in service["spec"]["ports"]:
            target = port.get("targetPort", port["port"])
            for template in matched:
                offered = {p.get("name") for c in template["spec"]["containers"] for p in c.get("ports", [])}
                offered |= {p["containerPort"] for c in template["spec"]["containers"] for p in c.get("ports", [])}
                assert target in offered, (service["metadata"]["name"], target)


def test_the_files_the_containers_read_are_in_the_repository():
    for name in ("bot/endpoints-scaled.yml", "bot/credentials.yml", "bot/logging_config.yml", "config.yml",
                 "docs/openapi.yaml"):
        assert (PROJECT_ROOT / name).is_file(), name


def endpoint_variables() -> set:
    """The ${...} of Rasa's scaled endpoints: Rasa refuses to start when one is not set."""
    text = (PROJECT_ROOT / "bot" / "endpoints-scaled.yml").read_text("utf-8")
    return set(re.findall(r"\$\{(\w+)\}", "\n".join(line.split("#")[0] for line in text.splitlines())))


def test_rasa_gets_every_variable_its_endpoints_use():
    assert endpoint_variables() >= {"ACTION_SERVER_URL", "WEGWIJZER_LOCK_STORE_HOST"}
    rasa = pod_spec(named(applied_objects(), "StatefulSet", "rasa"))["containers"][0]
    assert endpoint_variables() <= set(env_of(rasa))
    example = {line.split("=", 1)[0] for line in (DEPLOY / ".env.example").read_text("utf-8").splitlines()
               if "=" in line and not line.startswith("#")}
    for name in ("rasa-0", "rasa-1"):
        assert endpoint_variables() <= set(compose_environment(compose()["services"][name])) | example, name


# ---------------------------------------------------------------- compose


def compose() -> Dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text("utf-8"))


def compose_environment(service: Dict[str, Any]) -> Dict[str, Any]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return env


def compose_problems(spec: Dict[str, Any]) -> List[str]:
    problems = []
    services = spec.get("services") or {}
    required = {"web", "rasa-0", "rasa-1", "actions", "postgres", "redis"}
    if not required <= services.keys():
        problems.append(f"missing services: {sorted(required - services.keys())}")
    if services.keys() - required - {"db-init"}:
        problems.append(f"unexpected services: {sorted(services.keys() - required - {'db-init'})}")
    for name, service in services.items():
        if name == "db-init":  # one-shot: runs the migrations and exits
            continue
        if not (service.get("healthcheck") or {}).get("test"):
            problems.append(f"{name}: no healthcheck")
        if service.get("restart") != "unless-stopped":
            problems.append(f"{name}: restart is {service.get('restart')!r}, not unless-stopped")
    for name, service in services.items():
        for key, value in compose_environment(service).items():
            if looks_secret(key, value):
                problems.append(f"{name}: {key} is inline; it belongs in .env")
    app = {n: s for n, s in services.items() if n not in ("postgres", "redis")}
    for name, service in app.items():
        if service.get("image") != IMAGE:
            problems.append(f"{name}: image {service.get('image')!r}, not {IMAGE}")
        env_files = service.get("env_file") or []
        if ".env" not in ([env_files] if isinstance(env_files, str) else env_files):
            problems.append(f"{name}: settings not from .env")
        if str(service.get("user", "0")).split(":")[0] in ("0", "root"):
            problems.append(f"{name}: runs as root")
    rasa = sorted(n for n in services if re.fullmatch(r"rasa-\d+", n))
    if rasa != ["rasa-0", "rasa-1"]:
        problems.append(f"Rasa replicas are {rasa}, not rasa-0 and rasa-1")
    for name in rasa:
        if services[name].get("command", [])[:4] != ["python", "-m", "bot.rasa_server", "run"]:
            problems.append(f"{name} does not run bot.rasa_server")
        if services[name].get("ports"):
            problems.append(f"{name} is published; only web may be")
    web = services.get("web") or {}
    urls = [u.strip() for u in str(compose_environment(web).get("WEGWIJZER_RASA_URLS", "")).split(",") if u.strip()]
    expected = [f"http://{name}:5005" for name in rasa]
    if sorted(urls) != expected:
        problems.append(f"web's WEGWIJZER_RASA_URLS is {urls}, not {expected}")
    if (services.get("postgres") or {}).get("image") != "postgres:15":
        problems.append("postgres is not postgres:15")
    if (services.get("redis") or {}).get("image") != "redis:7":
        problems.append("redis is not redis:7")
    return problems


def test_compose_has_the_same_topology():
    assert compose_problems(compose()) == []


def test_compose_text_holds_no_credentials():
    text = COMPOSE.read_text("utf-8")
    assert not _CREDENTIALS_IN_URL.search(text)
    assert not re.search(r"(PASSWORD|SECRET|TOKEN)\s*[:=]\s*\S", text, re.I)


def test_compose_commands_match_kubernetes():
    services = compose()["services"]
    objects = applied_objects()
    for service, kind, name in (("web", "Deployment", "web"), ("rasa-0", "StatefulSet", "rasa"),
                                ("rasa-1", "StatefulSet", "rasa"), ("actions", "Deployment", "actions")):
        assert services[service]["command"] == pod_spec(named(objects, kind, name))["containers"][0]["command"]


def test_the_env_example_has_placeholders_only_and_env_is_ignored():
    example = dict(
        line.split("=", 1) for line in (DEPLOY / ".env.example").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    assert {"WEGWIJZER_DATABASE_URL", "WEGWIJZER_TRACKER_URL", "POSTGRES_PASSWORD"} <= example.keys()
    assert example["POSTGRES_PASSWORD"] == "CHANGE-ME"
    for key in SECRET_ENV:
        password = re.search(r"://[^:/@]+:([^@]*)@", example[key])
        assert password and password.group(1) == "CHANGE-ME", key
    assert ".env" in (DEPLOY / ".gitignore").read_text("utf-8").split()
    assert "**/.env" in (DEPLOY / "Dockerfile.dockerignore").read_text("utf-8").split()  # not in the image


# ---------------------------------------------------------------- the checks can fail


def _web_container(objects):
    return pod_spec(named(objects, "Deployment", "web"))["containers"][0]


def _without_memory_limit(objects):
    del pod_spec(named(objects, "StatefulSet", "rasa"))["containers"][0]["resources"]["limits"]["memory"]


def _without_readiness(objects):
    del pod_spec(named(objects, "Deployment", "actions"))["containers"][0]["readinessProbe"]


def _as_root(objects):
    pod_spec(named(objects, "Deployment", "web"))["securityContext"]["runAsNonRoot"] = False


def _plain_database_url(objects):
    for item in _web_container(objects)["env"]:
        if item["name"] == "WEGWIJZER_DATABASE_URL":
            item.pop("valueFrom")
            item["value"] = "postgresql://wegwijzer:hunter2@postgres:5432/wegwijzer"


def _other_image(objects):
    pod_spec(named(objects, "Deployment", "actions"))["containers"][0]["image"] = "wegwijzer:0.2"


def _one_replica(objects):
    named(objects, "StatefulSet", "rasa")["spec"]["replicas"] = 1


def _a_replica_forgotten(objects):
    for item in _web_container(objects)["env"]:
        if item["name"] == "WEGWIJZER_RASA_URLS":
            item["value"] = "http://rasa-0.rasa:5005"


BREAKAGES = {
    _without_memory_limit: resource_problems,
    _without_readiness: probe_problems,
    _as_root: security_problems,
    _plain_database_url: secret_problems,
    _other_image: image_problems,
    _one_replica: rasa_topology_problems,
    _a_replica_forgotten: rasa_topology_problems,
}


@pytest.mark.parametrize("breakage", BREAKAGES, ids=[b.__name__.strip("_") for b in BREAKAGES])
def test_the_checks_find_a_broken_manifest(breakage):
    objects = copy.deepcopy(applied_objects())
    breakage(objects)
    assert BREAKAGES[breakage](objects)


def test_the_compose_check_finds_a_broken_file():
    for break_it in (
        lambda s: s["services"].pop("rasa-1"),
        lambda s: s["services"]["web"].pop("healthcheck"),
        lambda s: s["services"]["actions"].update(environment={"WEGWIJZER_DATABASE_URL": "postgresql://a:b@c/d"}),
        lambda s: s["services"]["web"]["environment"].update(WEGWIJZER_RASA_URLS="http://rasa-0:5005"),
        lambda s: s["services"]["redis"].update(restart="always"),
    ):
        spec = copy.deepcopy(compose())
        break_it(spec)
        assert compose_problems(spec)
