// Validates one rendered overlay: every object against its schema, then the hygiene rules of its profile.
//   node check.mjs --profile base|dev|prod [--guide docs/operations-kubernetes.md] rendered.yaml
// Prints what it checked; exits 1 with every problem listed if there is any.

import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { loadModels, validate } from "./schemas.mjs";
import { componentRules, devRules, podRules, prodRules, secretsDocumented } from "./hygiene.mjs";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const profile = option("--profile");
const guide = option("--guide");
if (!["base", "dev", "prod", "schema-only"].includes(profile) || args.length !== 1) {
  console.error("usage: node check.mjs --profile base|dev|prod|schema-only [--guide GUIDE.md] rendered.yaml");
  process.exit(2);
}

const objects = [];
const problems = [];
for (const document of parseAllDocuments(readFileSync(args[0], "utf8"))) {
  if (document.errors.length > 0) {
    problems.push(...document.errors.map((error) => `YAML: ${error.message}`));
    continue;
  }
  const object = document.toJS();
  if (object !== null) objects.push(object);
}
if (objects.length === 0) problems.push("nothing rendered");

const models = await loadModels();
const kinds = new Map();
for (const object of objects) {
  const where = `${object?.kind}/${object?.metadata?.name}`;
  problems.push(...validate(models, object).map((problem) => `${where}: ${problem}`));
  const type = `${object?.apiVersion} ${object?.kind}`;
  kinds.set(type, (kinds.get(type) ?? 0) + 1);
}
const schemaProblems = problems.length;

const rules = [];
if (profile !== "schema-only") {
  rules.push(["pod security, resources, probes, pinned images, no inline secrets", podRules(objects)]);
  rules.push(["per component: ServiceAccount, Service, PDB, NetworkPolicy, HPA, probe paths and ports, /tmp; default-deny; no Secret objects", componentRules(objects)]);
}
if (profile === "prod") rules.push(["prod: replicas >= 2, HPA minReplicas >= 2, PDB minAvailable >= 1", prodRules(objects)]);
if (profile === "dev") rules.push(["dev: one replica each", devRules(objects)]);
if (guide) {
  const { problems: missing, count } = secretsDocumented(objects, readFileSync(guide, "utf8"));
  rules.push([`the ${count} Secret references are documented in ${guide}`, missing]);
}
for (const [, found] of rules) problems.push(...found);

console.log(`  ${objects.length} objects validated against their schemas (Kubernetes 1.34, Strimzi, CloudNativePG), unknown fields rejected:`);
for (const [type, count] of [...kinds].sort()) console.log(`    ${String(count).padStart(3)} × ${type}`);
if (schemaProblems > 0) console.log(`    ${schemaProblems} schema problem(s)`);
for (const [rule, found] of rules) console.log(`  ${found.length === 0 ? "ok  " : "FAIL"} ${rule}`);
if (problems.length > 0) {
  console.log(`  ${problems.length} problem(s):`);
  for (const problem of problems) console.log(`    - ${problem}`);
  process.exit(1);
}
