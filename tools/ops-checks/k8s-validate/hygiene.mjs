// Learnpath's Kubernetes hygiene rules (DESIGN.md §6, after GoogleCloudPlatform/microservices-demo), checked on
// the objects an overlay renders. Each rule returns the problems it finds as strings.

export const COMPONENTS = [
  "discovery",
  "gateway",
  "auth-service",
  "content-service",
  "progress-service",
  "notification-service",
];

// Where each component's probes and metrics answer: its own port, except the gateway's management port.
const MANAGEMENT_PORT = {
  discovery: 8761,
  gateway: 9080,
  "auth-service": 8081,
  "content-service": 8082,
  "progress-service": 8083,
  "notification-service": 8084,
};

// A Deployment carrying this annotation runs one instance on purpose and says why; it needs no autoscaler.
const SINGLE_INSTANCE = "learnpath.io/single-instance";

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"]);

const named = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
const podSpecOf = (workload) =>
  workload.kind === "CronJob" ? workload.spec?.jobTemplate?.spec?.template?.spec : workload.spec?.template?.spec;

/** Rules for every pod template in the render: components and the data stores the dev overlay runs alike. */
export function podRules(objects) {
  const problems = [];
  for (const workload of objects.filter((o) => WORKLOAD_KINDS.has(o.kind))) {
    const where = `${workload.kind}/${workload.metadata.name}`;
    const pod = podSpecOf(workload) ?? {};
    const say = (text) => problems.push(`${where}: ${text}`);
    if (!pod.serviceAccountName || pod.serviceAccountName === "default") say("runs as the default ServiceAccount");
    if (pod.automountServiceAccountToken !== false) say("mounts a Kubernetes API token (automountServiceAccountToken is not false)");
    const podSecurity = pod.securityContext ?? {};
    for (const container of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
      const it = `container ${container.name}`;
      const security = container.securityContext ?? {};
      const runAsNonRoot = security.runAsNonRoot ?? podSecurity.runAsNonRoot;
      const runAsUser = security.runAsUser ?? podSecurity.runAsUser;
      const seccomp = (security.seccompProfile ?? podSecurity.seccompProfile)?.type;
      if (runAsNonRoot !== true) say(`${it}: runAsNonRoot is not true`);
      if (!(Number.isInteger(runAsUser) && runAsUser > 0)) say(`${it}: no fixed non-root runAsUser`);
      if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost") say(`${it}: no seccompProfile RuntimeDefault`);
      if (security.readOnlyRootFilesystem !== true) say(`${it}: root filesystem is writable`);
      if (security.allowPrivilegeEscalation !== false) say(`${it}: allowPrivilegeEscalation is not false`);
      if (security.privileged === true) say(`${it}: privileged`);
      if (!(security.capabilities?.drop ?? []).includes("ALL")) say(`${it}: capabilities do not drop ALL`);
      if ((security.capabilities?.add ?? []).length > 0) say(`${it}: adds capabilities`);
      for (const kind of ["cpu", "memory"]) {
        if (!container.resources?.requests?.[kind]) say(`${it}: no ${kind} request`);
        if (!container.resources?.limits?.[kind]) say(`${it}: no ${kind} limit`);
      }
      const tag = String(container.image ?? "").split("/").pop().split(":")[1];
      if (!tag || tag === "latest") say(`${it}: image ${container.image} has no pinned tag`);
      const isInit = (pod.initContainers ?? []).includes(container);
      if (!isInit) {
        for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
          if (!container[probe]) say(`${it}: no ${probe}`);
        }
      }
      for (const variable of container.env ?? []) {
        if (looksSecret(variable.name) && variable.value !== undefined) {
          say(`${it}: ${variable.name} is set inline; secrets come from a Secret (secretKeyRef)`);
        }
      }
    }
  }
  return problems;
}

// A name ending in PASSWORD, SECRET, TOKEN or _KEY (AUTH_RESET_PASSWORD_URL or *_KEY_FILE hold addresses and
// paths, not secrets).
function looksSecret(name) {
  return /(PASSWORD|SECRET|TOKEN|_KEY)$/.test(name);
}

/** Rules for the six components and the namespace. */
export function componentRules(objects) {
  const problems = [];
  for (const name of COMPONENTS) {
    const say = (text) => problems.push(`${name}: ${text}`);
    const deployment = named(objects, "Deployment", name);
    if (!deployment) {
      say("no Deployment");
      continue;
    }
    const account = named(objects, "ServiceAccount", name);
    if (!account) say("no ServiceAccount of its own");
    else if (account.automountServiceAccountToken !== false) say("its ServiceAccount automounts an API token");
    if (podSpecOf(deployment)?.serviceAccountName !== name) say(`does not run as ServiceAccount ${name}`);
    if (!named(objects, "Service", name)) say("no Service");
    const selects = (o) => o.spec?.selector?.matchLabels?.["app.kubernetes.io/name"] === name;
    if (!objects.some((o) => o.kind === "PodDisruptionBudget" && selects(o))) say("no PodDisruptionBudget");
    const policies = objects.filter(
      (o) => o.kind === "NetworkPolicy" && o.spec?.podSelector?.matchLabels?.["app.kubernetes.io/name"] === name,
    );
    if (policies.length === 0) say("no NetworkPolicy of its own");
    const autoscaler = objects.find((o) => o.kind === "HorizontalPodAutoscaler" && o.spec?.scaleTargetRef?.name === name);
    const single = deployment.metadata?.annotations?.[SINGLE_INSTANCE];
    if (!autoscaler && !single) say(`no HorizontalPodAutoscaler (nor a ${SINGLE_INSTANCE} annotation saying why)`);
    if (single && (deployment.spec?.replicas ?? 1) !== 1) say(`${SINGLE_INSTANCE} but replicas is not 1`);
    const container = podSpecOf(deployment)?.containers?.[0] ?? {};
    const port = MANAGEMENT_PORT[name];
    const portOf = (probe) => {
      const value = probe?.httpGet?.port;
      return typeof value === "string" ? container.ports?.find((p) => p.name === value)?.containerPort : value;
    };
    for (const [probe, path] of [
      ["startupProbe", "/actuator/health/liveness"],
      ["livenessProbe", "/actuator/health/liveness"],
      ["readinessProbe", "/actuator/health/readiness"],
    ]) {
      if (container[probe]?.httpGet?.path !== path) say(`${probe} is not GET ${path}`);
      else if (portOf(container[probe]) !== port) say(`${probe} is not on the management port ${port}`);
    }
    const mounts = container.volumeMounts ?? [];
    if (!mounts.some((m) => m.mountPath === "/tmp")) say("no writable /tmp (emptyDir) under the read-only root");
  }
  const denyAll = objects.some(
    (o) =>
      o.kind === "NetworkPolicy" &&
      Object.keys(o.spec?.podSelector ?? {}).length === 0 &&
      ["Ingress", "Egress"].every((t) => (o.spec?.policyTypes ?? []).includes(t)) &&
      (o.spec?.ingress ?? []).length === 0 &&
      (o.spec?.egress ?? []).length === 0,
  );
  if (!denyAll) problems.push("namespace: no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
  for (const secret of objects.filter((o) => o.kind === "Secret")) {
    problems.push(`Secret/${secret.metadata.name}: secrets are created by the operator, never rendered from the repository`);
  }
  for (const map of objects.filter((o) => o.kind === "ConfigMap")) {
    for (const key of Object.keys(map.data ?? {})) {
      if (looksSecret(key)) problems.push(`ConfigMap/${map.metadata.name}: ${key} looks like a secret`);
    }
  }
  return problems;
}

/** prod: every component that can run twice does, and keeps one running through a drain. */
export function prodRules(objects) {
  const problems = [];
  for (const name of COMPONENTS) {
    const deployment = named(objects, "Deployment", name);
    if (!deployment || deployment.metadata?.annotations?.[SINGLE_INSTANCE]) continue;
    const say = (text) => problems.push(`${name}: ${text}`);
    if ((deployment.spec?.replicas ?? 1) < 2) say(`starts ${deployment.spec?.replicas ?? 1} replica(s), fewer than 2`);
    const autoscaler = objects.find((o) => o.kind === "HorizontalPodAutoscaler" && o.spec?.scaleTargetRef?.name === name);
    if ((autoscaler?.spec?.minReplicas ?? 1) < 2) say(`HorizontalPodAutoscaler minReplicas ${autoscaler?.spec?.minReplicas ?? 1} < 2`);
    const budget = objects.find(
      (o) => o.kind === "PodDisruptionBudget" && o.spec?.selector?.matchLabels?.["app.kubernetes.io/name"] === name,
    );
    if (!(budget?.spec?.minAvailable >= 1)) say("PodDisruptionBudget does not keep minAvailable >= 1");
  }
  return problems;
}

/** dev: one instance of everything. */
export function devRules(objects) {
  const problems = [];
  for (const name of COMPONENTS) {
    const deployment = named(objects, "Deployment", name);
    const autoscaler = objects.find((o) => o.kind === "HorizontalPodAutoscaler" && o.spec?.scaleTargetRef?.name === name);
    if (deployment && (deployment.spec?.replicas ?? 1) !== 1) problems.push(`${name}: dev runs one replica`);
    if (autoscaler && autoscaler.spec?.maxReplicas !== 1) problems.push(`${name}: dev autoscales to at most one replica`);
  }
  return problems;
}

/**
 * Every Secret a pod reads (secretKeyRef, secret volumes) is named, with the key, in the operations guide: the
 * operator has to create them, and a Secret the guide forgot is a pod that never starts.
 */
export function secretsDocumented(objects, guide) {
  const problems = [];
  const rows = guide.split("\n").filter((line) => line.startsWith("|"));
  const documented = (name, key) =>
    rows.some((row) => row.includes(`\`${name}\``) && (key === undefined || row.includes(`\`${key}\``)));
  const seen = new Set();
  for (const workload of objects.filter((o) => WORKLOAD_KINDS.has(o.kind))) {
    const pod = podSpecOf(workload) ?? {};
    for (const container of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
      for (const variable of container.env ?? []) {
        const ref = variable.valueFrom?.secretKeyRef;
        if (ref) seen.add(JSON.stringify([ref.name, ref.key]));
      }
      for (const source of container.envFrom ?? []) {
        if (source.secretRef) seen.add(JSON.stringify([source.secretRef.name]));
      }
    }
    for (const volume of pod.volumes ?? []) {
      if (volume.secret) {
        for (const item of volume.secret.items ?? [{}]) seen.add(JSON.stringify([volume.secret.secretName, item.key]));
      }
    }
  }
  for (const entry of seen) {
    const [name, key] = JSON.parse(entry).map((part) => part ?? undefined);
    if (!documented(name, key)) {
      problems.push(`Secret ${name}${key ? ` (key ${key})` : ""} is read by a pod but not in the guide's table of Secrets`);
    }
  }
  return { problems, count: seen.size };
}
