// Validation of Kubernetes objects without a cluster:
// - kubernetes-models: the official OpenAPI schemas (types, required
//   fields, enums), but it lets unknown fields through;
// - @kubernetes/client-node's generated models: their attribute maps list
//   every field each type has, which catches a misspelt field (a typo in
//   `imagePullPolicy` would otherwise be silently ignored by kubectl apply
//   with client-side validation off, or rejected only at apply time).
import * as clientNode from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** Every non-empty document of a multi-document YAML text. */
export function parseManifests(text: string): KubeObject[] {
  return parseAllDocuments(text)
    .map((document) => document.toJS() as KubeObject | null)
    .filter((object): object is KubeObject => object !== null);
}

type ModelClass = new (data: object) => { validate(): void };

/** Schema problems reported by kubernetes-models for one object. */
export async function schemaProblems(object: KubeObject): Promise<string[]> {
  const where = `${object.kind}/${object.metadata?.name}`;
  let Model: ModelClass | undefined;
  try {
    const module = (await import(`kubernetes-models/${object.apiVersion}`)) as Record<
      string,
      ModelClass
    >;
    Model = module[object.kind];
  } catch {
    return [`${where}: unknown apiVersion ${object.apiVersion}`];
  }
  if (!Model) return [`${where}: unknown kind ${object.kind} in ${object.apiVersion}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [`${where}: ${(error as Error).message}`];
  }
}

interface Attribute {
  baseName: string;
  type: string;
}
type Models = Record<string, { getAttributeTypeMap?: () => Attribute[] } | undefined>;
const models = clientNode as unknown as Models;

function unknownFieldsOf(value: unknown, type: string, path: string, problems: string[]): void {
  if (value === null || value === undefined) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value))
      value.forEach((item, i) => unknownFieldsOf(item, array[1]!, `${path}[${i}]`, problems));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    for (const [key, item] of Object.entries(value))
      unknownFieldsOf(item, map[1]!, `${path}.${key}`, problems);
    return;
  }
  const attributes = models[type]?.getAttributeTypeMap?.();
  if (!attributes || typeof value !== 'object') return; // a scalar, IntOrString or free-form
  for (const [key, item] of Object.entries(value)) {
    const attribute = attributes.find((a) => a.baseName === key);
    if (!attribute) problems.push(`${path}.${key}: unknown field of ${type}`);
    else unknownFieldsOf(item, attribute.type, `${path}.${key}`, problems);
  }
}

/** Fields the object's type does not have, e.g. "Deployment/api.spec.replica". */
export function unknownFieldProblems(object: KubeObject): string[] {
  const version = object.apiVersion.split('/').at(-1) ?? '';
  const type = `${version.charAt(0).toUpperCase()}${version.slice(1)}${object.kind}`;
  if (!models[type]?.getAttributeTypeMap) return [`${object.kind}: no client-node model ${type}`];
  const problems: string[] = [];
  unknownFieldsOf(object, type, `${object.kind}/${object.metadata?.name}`, problems);
  return problems;
}
