// Schema validation of rendered Kubernetes objects, offline.
//
// The schemas are the JSON schemas that the kubernetes-models packages compile into validators (ajv): Kubernetes
// 1.34's OpenAPI for the built-in kinds, and the operators' own CRDs for Strimzi (kafka.strimzi.io) and
// CloudNativePG (postgresql.cnpg.io). Those validators check types, required fields, enums and formats, but let
// unknown fields through, as the API server's schemas do; kubectl and the API server reject them (strict field
// validation, and pruning for CRDs), so this module rejects them too (see unknownFields).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

// Only GA versions of the built-in APIs: a beta that a cluster of today no longer serves (policy/v1beta1,
// autoscaling/v2beta2, ...) must fail here, not at `kubectl apply`.
const GA_VERSION = /^v\d+$/;

// The custom resources Learnpath uses, at the versions it is written for (Strimzi 0.49+ serves kafka.strimzi.io/v1;
// v1beta2 is gone in Strimzi 1.0). Any other kind has no schema and fails.
const OPERATOR_MODULES = [
  "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1",
  "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
];

/** Every model class the packages export, keyed by "apiVersion/kind". */
export async function loadModels() {
  const modules = [];
  const manifest = JSON.parse(readFileSync(require.resolve("kubernetes-models/package.json"), "utf8"));
  for (const entry of Object.keys(manifest.exports)) {
    // "./v1" is the core group; "./apps/v1" and the like are the others.
    const match = entry.match(/^\.\/(?:([^/]+)\/)?(v[^/*]+)$/);
    if (match && GA_VERSION.test(match[2])) {
      modules.push(`kubernetes-models/${entry.slice(2)}`);
    }
  }
  modules.push(...OPERATOR_MODULES);
  const models = new Map();
  for (const name of modules) {
    for (const model of Object.values(await import(name))) {
      if (typeof model === "function" && model.apiVersion && model.kind && !model.kind.endsWith("List")) {
        models.set(`${model.apiVersion}/${model.kind}`, model);
      }
    }
  }
  return models;
}

// metadata.name of most kinds must be a DNS-1123 subdomain (lower case); the OpenAPI schema does not say so.
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The problems of one object, as strings; empty when it is valid. */
export function validate(models, object) {
  const problems = [];
  const type = `${object?.apiVersion}/${object?.kind}`;
  const model = models.get(type);
  if (!model) {
    return [`no schema for ${type}: only GA Kubernetes APIs, kafka.strimzi.io/v1 and postgresql.cnpg.io/v1 are known`];
  }
  const name = object.metadata?.name;
  if (typeof name !== "string" || !DNS_SUBDOMAIN.test(name) || name.length > 253) {
    problems.push(`metadata.name ${JSON.stringify(name)} is not a DNS-1123 subdomain (lower-case letters, digits, '-', '.')`);
  }
  const { value, records } = watched(object, "");
  try {
    model.prototype.validate.call(value);
  } catch (error) {
    problems.push(...String(error.message).split(/,\s(?=data)/).map((line) => line.replace(/^data/, "")));
  }
  problems.push(...unknownFields(records));
  return problems;
}

// The compiled validators read each property their schema declares (`data.name !== undefined`), present or not,
// and walk the keys of maps (labels, ConfigMap data, free-form config). So a key that the validator neither read
// nor found by walking the object's keys is one its schema does not have: a typo or a field in the wrong place.
// An object whose properties were never read at all has a schema without properties (x-kubernetes-preserve-
// unknown-fields, such as Strimzi's spec.kafka.config): anything goes there, as in the API server.
function watched(value, path) {
  const records = [];
  const wrap = (node, at) => {
    if (Array.isArray(node)) {
      return node.map((item, index) => wrap(item, `${at}/${index}`));
    }
    if (node === null || typeof node !== "object") {
      return node;
    }
    const record = { path: at, keys: Object.keys(node), read: new Set(), walked: false };
    records.push(record);
    const copy = Object.fromEntries(record.keys.map((key) => [key, wrap(node[key], `${at}/${key}`)]));
    return new Proxy(copy, {
      get(target, key, receiver) {
        if (typeof key === "string") record.read.add(key);
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        if (typeof key === "string") record.read.add(key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        record.walked = true;
        return Reflect.ownKeys(target);
      },
    });
  };
  return { value: wrap(value, path), records };
}

function unknownFields(records) {
  const problems = [];
  for (const record of records) {
    if (record.walked || record.read.size === 0) continue;
    for (const key of record.keys) {
      if (!record.read.has(key)) {
        problems.push(`${record.path || "/"}: unknown field "${key}"`);
      }
    }
  }
  return problems;
}
