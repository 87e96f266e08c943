// The Kubernetes manifests under deploy/k8s: every document validates against the official
// Kubernetes schemas (kubernetes-models), and the deployment keeps its promises — two web
// replicas behind a Service that selects them, settings only from the ConfigMap and Secret,
// pinned images, health probes on /api/health, migrations in a Job. A broken copy must fail.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Job } from 'kubernetes-models/batch/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { ConfigMap, PersistentVolumeClaim, Secret, Service } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: unknown };
type Container = {
  name: string;
  image: string;
  env?: { name: string; value?: string; valueFrom?: Record<string, { name: string; key: string }> }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
};
type PodTemplate = { metadata: { labels: Record<string, string> }; spec: { containers: Container[] } };

const dir = import.meta.dirname;
const VALIDATORS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
};

function yamlFiles(folder: string): string[] {
  return (readdirSync(path.join(dir, folder), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(folder, f));
}

function documents(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    return doc.toJS() as Manifest;
  });
}

/** Throws with the schema's complaint when the object is not a valid Kubernetes object. */
function validate(manifest: Manifest): void {
  const Model = VALIDATORS[`${manifest.apiVersion}/${manifest.kind}`];
  if (!Model) throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}`);
  new Model(manifest as never).validate();
}

const base = yamlFiles('base').filter((f) => !f.endsWith('kustomization.yaml')).flatMap(documents);
const s3Patches = yamlFiles('overlays/s3').filter((f) => !f.endsWith('kustomization.yaml')).flatMap(documents);

function find(manifests: Manifest[], kind: string, name: string): Manifest {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

function podTemplate(workload: Manifest): PodTemplate {
  return (workload.spec as { template: PodTemplate }).template;
}

/** What the deployment promises, as a list of broken promises (empty: all kept). */
function brokenPromises(manifests: Manifest[]): string[] {
  const problems: string[] = [];
  const config = find(manifests, 'ConfigMap', 'shoebox-config');
  const secret = find(manifests, 'Secret', 'shoebox-secrets');
  const keys = {
    configMap: new Set(Object.keys((config.data as Record<string, string>) ?? {})),
    secret: new Set(Object.keys({ ...(secret.data as object), ...(secret.stringData as object) })),
  };
  const web = find(manifests, 'Deployment', 'shoebox-web');
  if ((web.spec as { replicas?: number }).replicas !== 2) problems.push('web does not run 2 replicas');
  const service = find(manifests, 'Service', 'shoebox-web');
  const selector = (service.spec as { selector?: Record<string, string> }).selector ?? {};
  const webLabels = podTemplate(web).metadata.labels;
  const worker = find(manifests, 'Deployment', 'shoebox-worker');
  const selects = (labels: Record<string, string>) =>
    Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
  if (!selects(webLabels)) problems.push('the web Service does not select the web pods');
  if (selects(podTemplate(worker).metadata.labels)) problems.push('the web Service selects worker pods');

  const workloads = manifests.filter((m) => m.kind === 'Deployment' || m.kind === 'Job');
  for (const workload of workloads) {
    for (const c of podTemplate(workload).spec.containers) {
      const where = `${workload.metadata.name}/${c.name}`;
      if (!/:[\w.-]+$/.test(c.image.split('/').pop() ?? '') || c.image.endsWith(':latest')) {
        problems.push(`${where}: image ${c.image} is not pinned to a version`);
      }
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.configMapKeyRef ?? e.valueFrom?.secretKeyRef;
        const source = e.valueFrom?.configMapKeyRef ? 'configMap' : 'secret';
        if (!ref) problems.push(`${where}: env ${e.name} is not taken from the ConfigMap or Secret`);
        else if (!keys[source].has(ref.key)) problems.push(`${where}: env ${e.name} names a missing key ${ref.key}`);
      }
      const sources = c.envFrom ?? [];
      if (!sources.some((s) => s.configMapRef?.name === 'shoebox-config')) problems.push(`${where}: does not read the ConfigMap`);
      if (!sources.some((s) => s.secretRef?.name === 'shoebox-secrets')) problems.push(`${where}: does not read the Secret`);
      for (const s of sources) {
        const name = s.configMapRef?.name ?? s.secretRef?.name;
        if (name !== 'shoebox-config' && name !== 'shoebox-secrets') problems.push(`${where}: reads settings from ${name}`);
      }
    }
  }
  for (const c of podTemplate(web).spec.containers) {
    if (c.readinessProbe?.httpGet?.path !== '/api/health') problems.push(`web/${c.name}: readiness probe not on /api/health`);
    if (c.livenessProbe?.httpGet?.path !== '/api/health') problems.push(`web/${c.name}: liveness probe not on /api/health`);
  }
  if (!workloads.some((m) => m.kind === 'Job' && podTemplate(m).spec.containers.some((c) => (c as { args?: string[] }).args?.[0] === 'migrate'))) {
    problems.push('no Job runs the migrations');
  }
  if (!keys.secret.has('DATABASE_URL') || !keys.secret.has('AUTH_SECRET')) problems.push('the Secret lacks DATABASE_URL or AUTH_SECRET');
  return problems;
}

/** A strategic-merge patch of a ConfigMap or Secret is a merge of its maps. */
function applyPatch(manifests: Manifest[], patch: Manifest): Manifest[] {
  return manifests.map((m) => {
    if (m.kind !== patch.kind || m.metadata.name !== patch.metadata.name) return m;
    const merged = { ...m };
    for (const field of ['data', 'stringData'] as const) {
      if (patch[field]) merged[field] = { ...(m[field] as object), ...(patch[field] as object) };
    }
    return merged;
  });
}

const copy = <T>(value: T): T => structuredClone(value);

describe('Kubernetes manifests', () => {
  it('every document is a valid Kubernetes object', () => {
    expect(base.length).toBeGreaterThanOrEqual(9);
    for (const manifest of base) expect(() => validate(manifest), `${manifest.kind} ${manifest.metadata.name}`).not.toThrow();
  });

  it('the kustomization lists every manifest file', () => {
    const listed = (documents('base/kustomization.yaml')[0] as unknown as { resources: string[] }).resources;
    expect(listed.sort()).toEqual(yamlFiles('base').map((f) => path.basename(f)).filter((f) => f !== 'kustomization.yaml').sort());
  });

  it('keeps its promises: 2 web replicas, the Service selects them, settings from ConfigMap/Secret, pinned images, probes, a migrate Job', () => {
    expect(brokenPromises(base)).toEqual([]);
  });

  it('the S3 overlay patches the settings into valid objects that still keep the promises', () => {
    const patched = s3Patches.reduce(applyPatch, base);
    expect((find(patched, 'ConfigMap', 'shoebox-config').data as Record<string, string>).STORAGE_DRIVER).toBe('s3');
    expect(Object.keys(find(patched, 'Secret', 'shoebox-secrets').stringData as object)).toEqual(
      expect.arrayContaining(['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']),
    );
    for (const manifest of patched) expect(() => validate(manifest)).not.toThrow();
    expect(brokenPromises(patched)).toEqual([]);
  });

  it('a manifest the schemas reject fails validation', () => {
    const web = copy(find(base, 'Deployment', 'shoebox-web'));
    (web.spec as { replicas: unknown }).replicas = 'two';
    expect(() => validate(web)).toThrow(/replicas/);
    const service = copy(find(base, 'Service', 'shoebox-web'));
    delete (service.metadata as { name?: string }).name;
    (service.spec as { ports: unknown }).ports = [{ port: 'eighty' }];
    expect(() => validate(service)).toThrow(/port/);
    expect(() => validate({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })).toThrow(/no schema/);
  });

  it('broken copies break the promises they break', () => {
    const broken = copy(base);
    (find(broken, 'Deployment', 'shoebox-web').spec as { replicas: number }).replicas = 1;
    const container = podTemplate(find(broken, 'Deployment', 'shoebox-worker')).spec.containers[0];
    container.image = 'registry.example.org/shoebox:latest';
    container.env = [{ name: 'DATABASE_URL', value: 'postgres://inline' }];
    (find(broken, 'Service', 'shoebox-web').spec as { selector: Record<string, string> }).selector = { 'app.kubernetes.io/component': 'worker' };
    delete podTemplate(find(broken, 'Deployment', 'shoebox-web')).spec.containers[0].readinessProbe;
    expect(brokenPromises(broken)).toEqual([
      'web does not run 2 replicas',
      'the web Service does not select the web pods',
      'the web Service selects worker pods',
      'shoebox-worker/worker: image registry.example.org/shoebox:latest is not pinned to a version',
      'shoebox-worker/worker: env DATABASE_URL is not taken from the ConfigMap or Secret',
      'web/web: readiness probe not on /api/health',
    ]);
  });
});
