#!/usr/bin/env python3
"""The deployment rules docker-compose.yml must keep, asserted over `docker-compose config` output.

Used by tools/ops-checks/compose (which says how to run it). `docker-compose config` has already merged anchors,
filled in variables and made paths absolute, so the rules see what Docker would be given. Both Compose v1
(Debian's docker-compose 1.29, short strings for ports and volumes) and v2 (long mappings) output are understood.

  compose_rules.py check CONFIG SENTINEL     prints every broken rule; exit 1 if any
  compose_rules.py selftest CONFIG SENTINEL  breaks a copy of CONFIG once per rule and expects the rule to say so

SENTINEL is the prefix of every value in the throwaway env file the check runs with: a secret-named variable
whose value lacks it was written into the compose file instead of coming from the environment.
"""
import copy
import os
import re
import sys

import yaml

# The six Learnpath components, built from deploy/docker/Dockerfile.
COMPONENTS = {"discovery", "gateway", "auth-service", "content-service", "progress-service", "notification-service"}

# The only container ports anything may publish: the public API and the operator UIs.
PUBLISHABLE = {"gateway": {8080}, "grafana": {3000}, "prometheus": {9090}, "zipkin": {9411}, "mailpit": {8025}}

# The network everything lives on; it must have no route in or out.
INTERNAL_NETWORK = "backend"

ALLOWED_CONDITIONS = {"service_healthy", "service_completed_successfully"}

# Variable names that hold secrets (judged by their ending, so AUTH_REFRESH_TOKEN_TTL or *_PASSWORD_FILE, a
# path, are not).
SECRET_NAME = re.compile(r"(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIALS|_KEY|^REDISCLI_AUTH)$")


def is_secret_name(name):
    return bool(SECRET_NAME.search(name.upper()))


def environment(service):
    env = service.get("environment") or {}
    if isinstance(env, list):  # KEY=VALUE list form
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return {key: ("" if value is None else str(value)) for key, value in env.items()}


def published_container_ports(service):
    """Container ports a service publishes on the host, from short ('127.0.0.1:8080:8080/tcp') or long syntax."""
    ports = set()
    for entry in service.get("ports") or []:
        if isinstance(entry, dict):
            if entry.get("published") not in (None, ""):
                ports.add(int(str(entry["target"])))
            continue
        spec = str(entry).split("/")[0]
        parts = spec.rsplit(":", 2) if spec.count(":") >= 1 else [spec]
        # "8080" alone publishes too (on a random host port); the container port is always the last part.
        container = parts[-1]
        if "-" in container:
            low, high = (int(p) for p in container.split("-"))
            ports.update(range(low, high + 1))
        else:
            ports.add(int(container))
    return ports


def bind_mounts(service):
    """(host path, container path) of every bind mount."""
    mounts = []
    for entry in service.get("volumes") or []:
        if isinstance(entry, dict):
            if entry.get("type") == "bind":
                mounts.append((entry["source"], entry.get("target", "")))
        else:
            parts = str(entry).split(":")
            if parts[0].startswith(("/", ".", "~")):
                mounts.append((parts[0], parts[1] if len(parts) > 1 else ""))
    return mounts


def scrape_target_problems(services):
    """Every host Prometheus scrapes (static_configs of the mounted prometheus.yml) must be a compose service."""
    problems = []
    for name, service in sorted(services.items()):
        for source, target in bind_mounts(service):
            if not target.endswith("/prometheus.yml") or not os.path.isfile(source):
                continue
            with open(source, encoding="utf-8") as f:
                scrape = yaml.safe_load(f) or {}
            for job in scrape.get("scrape_configs") or []:
                for static in job.get("static_configs") or []:
                    for address in static.get("targets") or []:
                        host = str(address).rsplit(":", 1)[0]
                        if host not in services:
                            problems.append(f"targets: {name} scrapes {address} (job {job.get('job_name')}), "
                                            f"but there is no service {host}")
    return problems


def memory_limit(service):
    limits = ((service.get("deploy") or {}).get("resources") or {}).get("limits") or {}
    return service.get("mem_limit") or limits.get("memory")


def networks_of(service):
    networks = service.get("networks")
    if networks is None:
        return ["default"]
    return list(networks) if isinstance(networks, (dict, list)) else [networks]


def uid_of(user):
    return str(user).split(":")[0].strip()


def dockerfile_problems(path):
    """A component image must not declare secrets and must end as a non-root user."""
    problems = []
    if not os.path.isfile(path):
        return [f"{path} does not exist"]
    text = open(path, encoding="utf-8").read().replace("\\\n", " ")
    defaults = dict(re.findall(r"^\s*ARG\s+(\w+)=(\S+)", text, re.M))
    for keyword, name in re.findall(r"^\s*(ARG|ENV)\s+(\w+)", text, re.M):
        if is_secret_name(name):
            problems.append(f"{path} declares {keyword} {name}: secrets must not be built into the image")
    users = re.findall(r"^\s*USER\s+(\S+)", text, re.M)
    if not users:
        problems.append(f"{path} sets no USER: the image would run as root")
    else:
        user = re.sub(r"\$\{?(\w+)\}?", lambda m: defaults.get(m.group(1), m.group(0)), users[-1])
        if uid_of(user) in ("root", "0") or "$" in user:
            problems.append(f"{path} ends with USER {users[-1]}: not a fixed non-root user")
    return problems


def check(config, sentinel):
    """Every broken rule, one line each, prefixed with the rule's name."""
    problems = []
    services = config.get("services") or {}
    networks = config.get("networks") or {}

    missing = COMPONENTS - services.keys()
    if missing:
        problems.append(f"components: {', '.join(sorted(missing))} missing")

    internal = networks.get(INTERNAL_NETWORK) or {}
    if not internal.get("internal"):
        problems.append(f"isolation: network '{INTERNAL_NETWORK}' is not internal: true")
    internal_networks = {name for name, spec in networks.items() if (spec or {}).get("internal")}

    dockerfiles = set()
    for name, service in sorted(services.items()):
        test = (service.get("healthcheck") or {}).get("test")
        if not test or (service.get("healthcheck") or {}).get("disable") or test in (["NONE"], "NONE"):
            problems.append(f"healthcheck: {name} has none")

        if not memory_limit(service):
            problems.append(f"memory: {name} has no memory limit (mem_limit or deploy.resources.limits.memory)")

        depends_on = service.get("depends_on") or {}
        if isinstance(depends_on, list):
            depends_on = {dependency: {} for dependency in depends_on}
        for dependency, spec in sorted(depends_on.items()):
            condition = (spec or {}).get("condition", "service_started")
            if condition not in ALLOWED_CONDITIONS:
                problems.append(f"depends_on: {name} waits for {dependency} with '{condition}', not service_healthy")

        ports = published_container_ports(service)
        allowed = PUBLISHABLE.get(name, set())
        if ports - allowed:
            problems.append(f"ports: {name} publishes {sorted(ports - allowed)}; allowed: {sorted(allowed) or 'none'}")
        if service.get("network_mode") == "host":
            problems.append(f"isolation: {name} uses the host's network")
        outside = [n for n in networks_of(service) if n not in internal_networks]
        if outside and name not in PUBLISHABLE:
            problems.append(f"isolation: {name} is on non-internal network(s) {outside}; only "
                            f"{', '.join(sorted(PUBLISHABLE))} may be")

        env = environment(service)
        for key, value in sorted(env.items()):
            if is_secret_name(key) and value and sentinel not in value:
                problems.append(f"secrets: {name} sets {key} to a literal value; take it from the environment "
                                f"(${{SOME_VAR:?message}}, SOME_VAR listed in deploy/compose/env.example)")
        build = service.get("build") or {}
        if isinstance(build, dict):
            for key, value in sorted((build.get("args") or {}).items()):
                if is_secret_name(key) or sentinel in str(value or ""):
                    problems.append(f"secrets: {name} passes {key} as a build argument: it would stay in the image")
            if build.get("context"):
                dockerfiles.add(os.path.normpath(os.path.join(build["context"], build.get("dockerfile", "Dockerfile"))))
        for key, value in sorted((service.get("labels") or {}).items() if isinstance(service.get("labels"), dict) else []):
            if sentinel in str(value):
                problems.append(f"secrets: {name} puts a secret into label {key}")

        for source, _ in bind_mounts(service):
            if not os.path.exists(source):
                problems.append(f"mounts: {name} mounts {source}, which does not exist")

        if name in COMPONENTS:
            user = service.get("user")
            if user is None or uid_of(user) in ("", "root", "0") or not uid_of(user).isdigit():
                problems.append(f"non-root: component {name} must set user: to a fixed non-root UID (got {user!r})")
            if service.get("read_only") is not True:
                problems.append(f"non-root: component {name} must have a read-only root filesystem (read_only: true)")
            if "ALL" not in [str(c).upper() for c in service.get("cap_drop") or []]:
                problems.append(f"non-root: component {name} must drop all capabilities (cap_drop: [ALL])")
            if env.get("SERVER_ADDRESS") != "0.0.0.0":
                problems.append(f"components: {name} must set SERVER_ADDRESS=0.0.0.0 (on loopback the gateway "
                                f"cannot reach it)")
            if not build:
                problems.append(f"components: {name} is not built from the repository (no build:)")

    for dockerfile in sorted(dockerfiles):
        problems.extend(f"image: {p}" for p in dockerfile_problems(dockerfile))
    problems.extend(scrape_target_problems(services))
    return problems


# Each mutation breaks one rule in a copy of the real configuration; the rule's prefix must then be reported.
def _mutations(sentinel):
    def drop(path):
        def apply(config):
            *parents, last = path
            node = config
            for key in parents:
                node = node[key]
            del node[last]
        return apply

    def setter(path, value):
        def apply(config):
            *parents, last = path
            node = config
            for key in parents:
                node = node.setdefault(key, {})
            node[last] = value
        return apply

    s = ["services"]
    return [
        ("a service without a health check", "healthcheck:", drop(s + ["redis", "healthcheck"])),
        ("a component without a memory limit", "memory:", drop(s + ["auth-service", "mem_limit"])),
        ("depends_on without a health condition", "depends_on:",
         setter(s + ["gateway", "depends_on", "auth-service"], {"condition": "service_started"})),
        ("PostgreSQL published", "ports:", setter(s + ["postgres", "ports"], ["5432:5432/tcp"])),
        ("the gateway's management port published", "ports:",
         setter(s + ["gateway", "ports"], ["127.0.0.1:8080:8080/tcp", "127.0.0.1:9080:9080/tcp"])),
        ("a component running as root", "non-root:", setter(s + ["progress-service", "user"], "0:0")),
        ("a component with a writable root filesystem", "non-root:",
         setter(s + ["content-service", "read_only"], False)),
        ("a literal database password", "secrets:",
         setter(s + ["auth-service", "environment", "DB_PASSWORD"], "hunter2")),
        ("a secret as a build argument", "secrets:",
         setter(s + ["gateway", "build", "args", "DISCOVERY_PASSWORD"], sentinel + "x")),
        ("the backend network not internal", "isolation:", setter(["networks", INTERNAL_NETWORK], {})),
        ("Redis on the edge network", "isolation:", setter(s + ["redis", "networks"], {"backend": None, "edge": None})),
        ("a component on loopback", "components:",
         setter(s + ["notification-service", "environment", "SERVER_ADDRESS"], "127.0.0.1")),
        ("a component missing", "components:", drop(s + ["discovery"])),
        ("a scraped service missing", "targets:", drop(s + ["node-exporter"])),
        ("a mounted file that does not exist", "mounts:",
         setter(s + ["prometheus", "volumes"], ["/nonexistent/compose-check/prometheus.yml:/etc/prometheus/x.yml:ro"])),
    ]


def selftest(config, sentinel):
    failures = []
    if check(config, sentinel):
        failures.append("the real configuration must pass before the self-test means anything")
    for description, prefix, mutate in _mutations(sentinel):
        broken = copy.deepcopy(config)
        mutate(broken)
        reported = check(broken, sentinel)
        if not any(line.startswith(prefix) for line in reported):
            failures.append(f"{description}: no '{prefix}' problem reported (got {reported})")
        else:
            print(f"  caught: {description}")
    return failures


def main(argv):
    if len(argv) != 4 or argv[1] not in ("check", "selftest"):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[2], encoding="utf-8") as f:
        config = yaml.safe_load(f)
    sentinel = argv[3]
    if argv[1] == "check":
        problems = check(config, sentinel)
        for line in problems:
            print(f"  {line}")
        return 1 if problems else 0
    failures = selftest(config, sentinel)
    for line in failures:
        print(f"  SELF-TEST FAILED: {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
