// Proves that the checks can fail: each broken input below must be refused with the expected problem, and the
// real render it was made from must pass. A validator that quietly stopped rejecting (a package upgrade that drops
// a schema, a rule that no longer matches) fails here before it can pass a broken overlay.
//   node self-test.mjs rendered-prod.yaml

import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { loadModels, validate } from "./schemas.mjs";
import { componentRules, podRules, prodRules } from "./hygiene.mjs";

const prod = parseAllDocuments(readFileSync(process.argv[2], "utf8"))
  .map((document) => document.toJS())
  .filter(Boolean);
const models = await loadModels();
const copy = () => structuredClone(prod);
const find = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const container = (objects, name) => find(objects, "Deployment", name).spec.template.spec.containers[0];

// [what is broken, how, the problem expected]. Schema cases change one object; hygiene cases change the render.
const schemaCases = [
  ["an unknown kind", () => ({ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } }), "no schema for example.com/v1/Widget"],
  ["a removed beta API", () => ({ ...find(copy(), "PodDisruptionBudget", "gateway"), apiVersion: "policy/v1beta1" }), "no schema for policy/v1beta1/PodDisruptionBudget"],
  ["a misspelt container field", () => {
    const deployment = find(copy(), "Deployment", "gateway");
    const it = deployment.spec.template.spec.containers[0];
    it.readinesProbe = it.readinessProbe;
    delete it.readinessProbe;
    return deployment;
  }, 'unknown field "readinesProbe"'],
  ["a string for an integer", () => {
    const deployment = find(copy(), "Deployment", "gateway");
    deployment.spec.replicas = "two";
    return deployment;
  }, "/spec/replicas must be integer"],
  ["a Deployment without its selector", () => {
    const deployment = find(copy(), "Deployment", "gateway");
    delete deployment.spec.selector;
    return deployment;
  }, "/spec must have required property selector"],
  ["a NetworkPolicy with a bad policy type", () => {
    const policy = find(copy(), "NetworkPolicy", "default-deny");
    policy.spec.podSelector = "all";
    return policy;
  }, "/spec/podSelector must be object"],
  ["Strimzi's old API version", () => ({ ...find(copy(), "Kafka", "learnpath"), apiVersion: "kafka.strimzi.io/v1beta2" }), "no schema for kafka.strimzi.io/v1beta2/Kafka"],
  ["a Kafka without listeners", () => {
    const kafka = find(copy(), "Kafka", "learnpath");
    delete kafka.spec.kafka.listeners;
    return kafka;
  }, "/spec/kafka must have required property listeners"],
  ["a KafkaTopic field in the wrong place", () => {
    const topic = find(copy(), "KafkaTopic", "learnpath.auth.events");
    topic.spec.replica = topic.spec.replicas;
    return topic;
  }, 'unknown field "replica"'],
  ["a KafkaTopic named like its topic (upper case)", () => {
    const topic = find(copy(), "KafkaTopic", "learnpath.auth.events.dlt");
    topic.metadata.name = "learnpath.auth.events.DLT";
    return topic;
  }, "is not a DNS-1123 subdomain"],
  ["a KafkaNodePool with an unknown storage type", () => {
    const pool = find(copy(), "KafkaNodePool", "dual-role");
    pool.spec.storage.type = "ephemeral-disk";
    return pool;
  }, "/spec/storage/type must be equal to one of the allowed values"],
  ["a CloudNativePG Cluster with a misspelt bootstrap field", () => {
    const cluster = find(copy(), "Cluster", "auth-db");
    cluster.spec.bootstrap.initdb.databse = "auth";
    return cluster;
  }, 'unknown field "databse"'],
  ["a CloudNativePG Cluster with a string for instances", () => {
    const cluster = find(copy(), "Cluster", "auth-db");
    cluster.spec.instances = "two";
    return cluster;
  }, "/spec/instances must be integer"],
];

const hygieneCases = [
  ["a container without a readiness probe", (o) => delete container(o, "gateway").readinessProbe, podRules, "container gateway: no readinessProbe"],
  ["a container running as root", (o) => {
    find(o, "Deployment", "auth-service").spec.template.spec.securityContext.runAsUser = 0;
  }, podRules, "no fixed non-root runAsUser"],
  ["a writable root filesystem", (o) => {
    container(o, "content-service").securityContext.readOnlyRootFilesystem = false;
  }, podRules, "root filesystem is writable"],
  ["capabilities not dropped", (o) => {
    container(o, "progress-service").securityContext.capabilities.drop = [];
  }, podRules, "capabilities do not drop ALL"],
  ["no memory limit", (o) => delete container(o, "notification-service").resources.limits.memory, podRules, "no memory limit"],
  ["an image without a tag", (o) => {
    container(o, "discovery").image = "learnpath/discovery";
  }, podRules, "has no pinned tag"],
  ["a password inline", (o) => {
    container(o, "gateway").env.push({ name: "SPRING_DATA_REDIS_PASSWORD", value: "hunter2" });
  }, podRules, "SPRING_DATA_REDIS_PASSWORD is set inline"],
  ["the API token mounted", (o) => {
    find(o, "Deployment", "gateway").spec.template.spec.automountServiceAccountToken = true;
  }, podRules, "mounts a Kubernetes API token"],
  ["a liveness probe on the gateway's public port", (o) => {
    container(o, "gateway").livenessProbe.httpGet.port = "http";
  }, componentRules, "livenessProbe is not on the management port 9080"],
  ["no default-deny policy", (o) => o.splice(o.indexOf(find(o, "NetworkPolicy", "default-deny")), 1), componentRules, "no default-deny NetworkPolicy"],
  ["a component without its NetworkPolicy", (o) => {
    for (const policy of o.filter((x) => x.kind === "NetworkPolicy" && x.spec.podSelector?.matchLabels?.["app.kubernetes.io/name"] === "content-service")) {
      o.splice(o.indexOf(policy), 1);
    }
  }, componentRules, "content-service: no NetworkPolicy of its own"],
  ["a component without an autoscaler", (o) => o.splice(o.indexOf(find(o, "HorizontalPodAutoscaler", "progress-service")), 1), componentRules, "progress-service: no HorizontalPodAutoscaler"],
  ["a component without its ServiceAccount", (o) => o.splice(o.indexOf(find(o, "ServiceAccount", "auth-service")), 1), componentRules, "auth-service: no ServiceAccount of its own"],
  ["a Secret in the render", (o) => o.push({ apiVersion: "v1", kind: "Secret", metadata: { name: "leaked" }, stringData: { password: "x" } }), componentRules, "Secret/leaked"],
  ["one replica in prod", (o) => {
    find(o, "Deployment", "gateway").spec.replicas = 1;
  }, prodRules, "gateway: starts 1 replica(s), fewer than 2"],
  ["an autoscaler down to one in prod", (o) => {
    find(o, "HorizontalPodAutoscaler", "auth-service").spec.minReplicas = 1;
  }, prodRules, "auth-service: HorizontalPodAutoscaler minReplicas 1 < 2"],
  ["a disruption budget that keeps nothing in prod", (o) => {
    const budget = find(o, "PodDisruptionBudget", "notification-service");
    delete budget.spec.minAvailable;
    budget.spec.maxUnavailable = 1;
  }, prodRules, "notification-service: PodDisruptionBudget does not keep minAvailable >= 1"],
];

let failures = 0;
const expect = (what, problems, expected) => {
  if (!problems.some((problem) => problem.includes(expected))) {
    failures++;
    console.log(`  FAIL not refused: ${what} (expected "${expected}", got ${JSON.stringify(problems)})`);
  }
};
for (const [what, make, expected] of schemaCases) expect(what, validate(models, make()), expected);
for (const [what, breakIt, rule, expected] of hygieneCases) {
  const objects = copy();
  breakIt(objects);
  expect(what, rule(objects), expected);
}
// The unbroken render passes the very same rules, so each refusal above is the break's doing.
const clean = [...prod.flatMap((object) => validate(models, object)), ...podRules(prod), ...componentRules(prod), ...prodRules(prod)];
if (clean.length > 0) {
  failures++;
  console.log(`  FAIL the unbroken render does not pass: ${JSON.stringify(clean)}`);
}
console.log(`  ${failures === 0 ? "ok  " : "FAIL"} self-test: ${schemaCases.length} broken objects and ${hygieneCases.length} broken renders refused, the unbroken render accepted`);
process.exit(failures === 0 ? 0 : 1);
