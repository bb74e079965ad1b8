import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, git, pick, prng } from '../lib/util.mjs';

/**
 * A GitOps repository of `services` services at two commits, `from` and `to`:
 * `deploy/<team>/<name>.yaml` holds the service descriptor (the contract's format) and
 * `k8s/<team>/<name>.yaml` a Deployment and a Service, written in the block style of real
 * manifests with comments. About 5 KB of YAML a service, so 2,000 services are ~10 MB a side.
 *
 * Between the two commits: a tenth of the services ship a new image (patch up, descriptor version
 * up); a few reorder their env lists (no change); and three destructive changes: one service
 * removed, one port opened (5432, not allowed), one image downgraded.
 */
export const DESCRIPTOR_POLICY = `environments:
  production: { branches: [main] }
rules:
  committers:
    allow: ["*@example.com"]
  destructive:
    descriptors: ["deploy/**/*.y?(a)ml", "k8s/**/*.y?(a)ml"]
    allowed-ports: [80, 443, 8080, 9090]
    capacity: { cpu: "100000", memory: 1000Ti }
    max-per-service: { cpu: "8", memory: 32Gi }
`;

const TEAMS = [
  'billing',
  'search',
  'identity',
  'catalog',
  'checkout',
  'payments',
  'platform',
  'data',
  'mobile',
  'growth',
];
const LANG_ENV = ['JAVA_OPTS', 'GOMAXPROCS', 'NODE_OPTIONS', 'PYTHONUNBUFFERED'];

function descriptor(s) {
  return `# ${s.name}: owned by team ${s.team}
service: ${s.name}
version: ${s.version}
healthcheck: { endpoints: [/healthz, /ready], retries: ${s.retries}, timeout: 30s, start-period: 90s }
domain: ${s.name}.${s.team}.example.com
port: 8080
ports: [${s.ports.join(', ')}]
resources: { cpu: ${s.cpu}, memory: ${s.memory}, replicas: ${s.replicas} }
firewall:
  ingress:
    - { from: 10.${s.net}.0.0/16, ports: [8080] }
    - { from: 10.0.0.0/8, ports: [9090] }
  egress:
    - { to: 0.0.0.0/0, ports: [443] }
notify: { email: [team-${s.team}@example.com], slack: ["#${s.team}-deploys"] }
maintainer: team-${s.team}@example.com
`;
}

function manifest(s) {
  const env = s.env.map(([k, v]) => `            - name: ${k}\n              value: "${v}"\n`).join('');
  const extraPorts = s.ports
    .filter((p) => p !== 8080 && p !== 9090)
    .map((p) => `    - name: port-${p}\n      port: ${p}\n      targetPort: ${p}\n      protocol: TCP\n`)
    .join('');
  const extraContainerPorts = s.ports
    .filter((p) => p !== 8080 && p !== 9090)
    .map((p) => `            - name: port-${p}\n              containerPort: ${p}\n              protocol: TCP\n`)
    .join('');
  return `# Source: ${s.team}/${s.name}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${s.name}
  namespace: ${s.team}
  labels:
    app.kubernetes.io/name: ${s.name}
    app.kubernetes.io/part-of: ${s.team}
    app.kubernetes.io/managed-by: gitops
  annotations:
    deploy.example.com/owner: team-${s.team}@example.com
    deploy.example.com/runbook: https://runbooks.example.com/${s.team}/${s.name}
spec:
  replicas: ${s.replicas}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  selector:
    matchLabels:
      app.kubernetes.io/name: ${s.name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${s.name}
        app.kubernetes.io/part-of: ${s.team}
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: "9090"
        prometheus.io/path: /metrics
    spec:
      serviceAccountName: ${s.name}
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        fsGroup: 10001
      containers:
        - name: app
          image: registry.example.com/${s.team}/${s.name}:${s.version}
          imagePullPolicy: IfNotPresent
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
            - name: metrics
              containerPort: 9090
              protocol: TCP
${extraContainerPorts}          env:
${env}          readinessProbe:
            httpGet:
              path: /ready
              port: http
            initialDelaySeconds: 5
            periodSeconds: 10
            failureThreshold: 3
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
            initialDelaySeconds: 15
            periodSeconds: 20
            timeoutSeconds: 3
          resources:
            requests:
              cpu: ${s.cpu}
              memory: ${s.memory}
            limits:
              cpu: ${s.cpuLimit}
              memory: ${s.memory}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            - name: config
              mountPath: /etc/${s.name}
              readOnly: true
        - name: proxy
          image: envoyproxy/envoy:v1.29.${s.net % 7}
          args: [--config-path, /etc/envoy/envoy.yaml, --log-level, warn]
          resources:
            requests: { cpu: 50m, memory: 64Mi }
            limits: { cpu: 200m, memory: 128Mi }
      volumes:
        - name: tmp
          emptyDir: {}
        - name: config
          configMap:
            name: ${s.name}-config
---
apiVersion: v1
kind: Service
metadata:
  name: ${s.name}
  namespace: ${s.team}
  labels:
    app.kubernetes.io/name: ${s.name}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: ${s.name}
  ports:
    - name: http
      port: 8080
      targetPort: http
      protocol: TCP
    - name: metrics
      port: 9090
      targetPort: metrics
      protocol: TCP
${extraPorts}`;
}

function makeService(random, i) {
  const team = TEAMS[i % TEAMS.length];
  const env = [];
  for (let k = 0; k < 22; k++) env.push([`${team.toUpperCase()}_SETTING_${k}`, `value-${Math.floor(random() * 1e6)}`]);
  env.push([pick(random, LANG_ENV), '-Xmx512m'], ['LOG_LEVEL', 'info'], ['DB_HOST', `db-${i}.${team}.svc`]);
  const cpuM = pick(random, [100, 250, 500, 1000]);
  return {
    name: `svc-${String(i).padStart(4, '0')}`,
    team,
    net: i % 250,
    version: `${1 + (i % 4)}.${Math.floor(random() * 20)}.${Math.floor(random() * 10)}`,
    retries: 3 + (i % 3),
    ports: [8080, 9090],
    cpu: `${cpuM}m`,
    cpuLimit: `${cpuM * 2}m`,
    memory: pick(random, ['128Mi', '256Mi', '512Mi', '1Gi']),
    replicas: 1 + (i % 4),
    env,
  };
}

const bumpPatch = (v) => v.replace(/(\d+)$/, (p) => String(Number(p) + 1));

/** Builds (or reuses) the descriptor repository; returns `{dir, from, to, services, bytes}`. */
export function generateDescriptors(dir, { services = 2000, seed = 1, release = 'fleet' } = {}) {
  const stamp = join(dir, '.bench-info.json');
  const key = JSON.stringify({ v: 3, services, seed, release });
  if (existsSync(stamp)) {
    const info = JSON.parse(readFileSync(stamp, 'utf8'));
    if (info.key === key) return info;
  }
  rmSync(dir, { recursive: true, force: true });
  ensureDir(dir);
  git(dir, ['init', '-q', '--initial-branch=main', '.']);
  const random = prng(seed);
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  const all = [];
  for (let i = 0; i < services; i++) all.push(makeService(random, i));
  const path = (s, kind) => `${kind}/${s.team}/${s.name}.yaml`;

  let bytesFrom = 0;
  let s1 = `commit refs/heads/main\nmark :1\ncommitter Alice Martin <alice@example.com> 1700000000 +0000\n${data('chore: OPS-1 the fleet as deployed\n')}`;
  s1 += `M 100644 inline .gitops.yml\n${data(DESCRIPTOR_POLICY)}`;
  for (const s of all) {
    const d = descriptor(s);
    const m = manifest(s);
    bytesFrom += Buffer.byteLength(d) + Buffer.byteLength(m);
    s1 += `M 100644 inline ${path(s, 'deploy')}\n${data(d)}M 100644 inline ${path(s, 'k8s')}\n${data(m)}`;
  }

  // The release: new images for a tenth, reordered env lists for a few, three destructive changes.
  const removed = all[Math.floor(services * 0.05)];
  const opened = all[Math.floor(services * 0.1)];
  const downgraded = all[Math.floor(services * 0.15)];
  let s2 = `commit refs/heads/main\nmark :2\ncommitter Bob Chen <bob@example.com> 1700003600 +0000\n${data('feat(deploy): OPS-2 release 2024.06\n')}from :1\n`;
  const changes = {
    upgraded: 0,
    reordered: 0,
    removed: removed.name,
    portOpened: opened.name,
    downgraded: downgraded.name,
  };
  for (const s of all) {
    // `release: 'one'`: a single service ships a new version and nothing else changes.
    if (release === 'one') {
      if (s !== all[Math.floor(services / 2)]) continue;
      const next = { ...s, version: bumpPatch(s.version) };
      changes.upgraded++;
      s2 += `M 100644 inline ${path(next, 'deploy')}\n${data(descriptor(next))}M 100644 inline ${path(next, 'k8s')}\n${data(manifest(next))}`;
      continue;
    }
    if (s === removed) {
      s2 += `D ${path(s, 'deploy')}\nD ${path(s, 'k8s')}\n`;
      continue;
    }
    let next;
    if (s === opened) next = { ...s, ports: [...s.ports, 5432] };
    // Every generated version is >= 1.0.0, so 0.9.0 is a downgrade of both the descriptor and the image.
    else if (s === downgraded) next = { ...s, version: '0.9.0' };
    else if (random() < 0.1) {
      next = { ...s, version: bumpPatch(s.version) };
      changes.upgraded++;
    } else if (random() < 0.02) {
      next = { ...s, env: [...s.env].reverse() };
      changes.reordered++;
    } else continue;
    s2 += `M 100644 inline ${path(next, 'deploy')}\n${data(descriptor(next))}M 100644 inline ${path(next, 'k8s')}\n${data(manifest(next))}`;
  }
  git(dir, ['fast-import', '--quiet', '--force'], { input: s1 + s2 });
  git(dir, ['checkout', '-q', '-f', 'main']);
  const info = {
    key,
    dir,
    services,
    from: git(dir, ['rev-parse', 'main~1']).stdout.trim(),
    to: git(dir, ['rev-parse', 'main']).stdout.trim(),
    bytesFrom,
    changes: release === 'one' ? { upgraded: changes.upgraded } : changes,
  };
  writeFileSync(stamp, JSON.stringify(info, null, 2));
  return info;
}
