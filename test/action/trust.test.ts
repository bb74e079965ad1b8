import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubStandIn } from '../support/github-server.js';
import {
  type ActionRun,
  ensureBuilt,
  type Payload,
  runAction,
  unescapeData,
  Workspace,
  webhookExamples,
  ZERO40,
} from './harness.js';

/**
 * Issue 12's attacks, each against the built Action in a workspace made as actions/checkout makes
 * it (no origin/HEAD, one local branch), with GitHub's deploy record in the stand-in.
 */
let github: GitHubStandIn;
beforeAll(async () => {
  await ensureBuilt();
  github = await GitHubStandIn.start();
}, 300_000);
afterAll(() => github.close());
// Each test is its own repository: none sees another's deploy record.
beforeEach(() => {
  github.deployments.length = 0;
  github.checkRuns.clear();
  github.pulls.clear();
});
afterEach(() => {
  github.clearFaults();
  github.defaultBranch = 'main';
  expect(github.schemaErrors).toEqual([]);
});

const [pushExample] = webhookExamples('push');
const [dispatchExample] = webhookExamples('workflow_dispatch');
const prExample = webhookExamples('pull_request')[0]!;
const mergeGroupExample = webhookExamples('merge_group')[0]!;

/** Production on main and master and v* tags, acceptance on release/*, an email allowlist. */
const POLICY = `environments:
  production: { branches: [main, master], tags: ["v*"] }
  acceptance: { branches: ["release/*"] }
rules:
  committers:
    allow: ["*@example.com"]
  branches: { merge-only: [] }
  jira: false
  destructive:
    descriptors: ["deploy/**/*.yml"]
`;
/** What an attacker writes into their own commit: themselves allowlisted, the guards off. */
const EVIL = `environments:
  production: { branches: [main, master], tags: ["v*"] }
  acceptance: { branches: ["release/*"] }
rules:
  committers: false
  policy-change: false
  destructive: false
  jira: false
`;
const BILLING = 'service: billing\nversion: 1.0.0\nport: 8080\n';

function push(ref: string, before: string, after: string, extra: Payload = {}): Payload {
  return { ...pushExample, ref, before, after, ...extra };
}

function run(
  cwd: string,
  event: string,
  payload: Payload,
  options: { inputs?: Record<string, string>; env?: Record<string, string>; defaultBranch?: string | null } = {},
): Promise<ActionRun> {
  return runAction({
    cwd,
    event,
    payload,
    inputs: { token: github.token, comment: 'false', ...options.inputs },
    env: { GITHUB_API_URL: github.url, GITHUB_JOB: 'gitops', ...options.env },
    defaultBranch: options.defaultBranch,
  });
}

const findings = (r: ActionRun) =>
  JSON.parse(r.outputs.findings ?? '[]') as Array<{ rule: string; kind?: string; commit?: string; message: string }>;
const warnings = (r: ActionRun) =>
  r.commands.filter((c) => c.command === 'warning').map((c) => unescapeData(c.message));
const failure = (r: ActionRun) =>
  unescapeData(r.commands.find((c) => c.command === 'error' && !c.properties)?.message ?? '');

describe('the deployed state is the record: a second push is judged with everything since the last deploy', () => {
  it('a blocked push, then a clean push to the same branch: still blocked, for the first push', async () => {
    const ws = new Workspace({ policy: POLICY });
    const deployed = ws.upstream.sha();
    github.addDeployment('production', deployed);
    const bad = ws.upstream.commit('feat: sneaky', { as: 'mallory@evil.test' });
    const first = await run(ws.checkout().dir, 'push', push('refs/heads/main', deployed, bad));
    expect(first.outputs.decision).toBe('block');

    const clean = ws.upstream.commit('docs: harmless');
    const second = await run(ws.checkout().dir, 'push', push('refs/heads/main', bad, clean));
    expect(second.outputs.decision, second.stdout).toBe('block');
    expect(findings(second).map((f) => f.commit)).toContain(bad);
    expect(second.outputs['deployed-sha']).toBe(deployed);
    expect(second.outputs.baseline).toBe('github-deployments');
    expect(second.summary).toContain(
      `deployed \`${deployed.slice(0, 7)}\` → requested \`${clean.slice(0, 7)}\` (2 commits since the last deploy) · baseline: the deploy record (GitHub deployments)`,
    );
  });

  it('a skipped push that carried a destructive change, then a clean one: the plan still compares against the deploy', async () => {
    const ws = new Workspace({ policy: POLICY });
    const deployed = ws.upstream.commit('feat: billing', { files: { 'deploy/billing.yml': BILLING } });
    github.addDeployment('production', deployed);
    ws.upstream.remove('deploy/billing.yml');
    const skipped = ws.upstream.commit('chore: tidy [skip deploy]');
    const clean = ws.upstream.commit('docs: harmless');
    const r = await run(ws.checkout().dir, 'push', push('refs/heads/main', skipped, clean));
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(findings(r).map((f) => f.kind)).toContain('service-removed');
  });

  it('a failed deploy, then a clean push: the baseline is the last successful deploy', async () => {
    const ws = new Workspace({ policy: POLICY });
    const deployed = ws.upstream.sha();
    github.addDeployment('production', deployed, ['success']);
    const failed = ws.upstream.commit('feat: broke prod', { as: 'mallory@evil.test' });
    github.addDeployment('production', failed, ['in_progress', 'failure']);
    const clean = ws.upstream.commit('fix: harmless');
    const r = await run(ws.checkout().dir, 'push', push('refs/heads/main', failed, clean));
    expect(r.outputs['deployed-sha']).toBe(deployed);
    expect(r.outputs.decision).toBe('block');
    expect(findings(r).map((f) => f.commit)).toContain(failed);
  });

  it('without any deployment, the last commit whose check passed is the baseline, named as a fallback', async () => {
    const ws = new Workspace({ policy: POLICY });
    const passed = ws.upstream.sha();
    github.checkRuns.set(passed, [{ name: 'gitops', conclusion: 'success' }]);
    const bad = ws.upstream.commit('feat: sneaky', { as: 'mallory@evil.test' });
    github.checkRuns.set(bad, [{ name: 'gitops', conclusion: 'failure' }]);
    const clean = ws.upstream.commit('docs: harmless');
    const r = await run(ws.checkout().dir, 'push', push('refs/heads/main', bad, clean));
    expect(r.outputs.baseline).toBe('last-passed-check');
    expect(r.outputs['deployed-sha']).toBe(passed);
    expect(r.outputs.decision).toBe('block');
    expect(r.summary).toContain('⚠️ baseline: fallback: no deploy recorded, the last commit whose check passed');
  });
});

describe('without any deployment, a push that was only checked is not the baseline of the next', () => {
  /** The check run GitHub would record for a run: its conclusion, and the annotations its stdout made. */
  function recordCheckRun(sha: string, r: ActionRun): void {
    const annotations = [...r.stdout.matchAll(/^::(notice|warning|error) (?:[^:]*,)?title=([^,:]*)[^:]*::(.*)$/gm)].map(
      (m) => ({
        level: (m[1] === 'error' ? 'failure' : m[1]) as 'notice' | 'warning' | 'failure',
        title: decodeURIComponent(m[2]!.replace(/%(?![0-9A-F]{2})/g, '%25')),
        message: m[3]!,
      }),
    );
    github.checkRuns.set(sha, [{ name: 'gitops', conclusion: r.status === 0 ? 'success' : 'failure', annotations }]);
  }

  // With fail-on: never the check passes whatever the decision, and the workflow gates its deploy
  // job on the decision output: a blocked push's commit must not become the next baseline.
  it('a block let through by fail-on: never says it did not deploy, and the next push is blocked for it', async () => {
    const ws = new Workspace({ policy: POLICY });
    const options = { inputs: { 'fail-on': 'never' } };
    const deployed = ws.upstream.commit('feat: billing', {
      files: { 'deploy/billing.yml': 'service: billing\nversion: 1.0.0\nport: 80\n' },
    });
    const parent = ws.upstream.git('rev-parse', `${deployed}^`);
    const first = await run(ws.checkout().dir, 'push', push('refs/heads/main', parent, deployed), options);
    expect(first.outputs.decision, first.stdout).toBe('deploy');
    recordCheckRun(deployed, first);

    ws.upstream.remove('deploy/billing.yml');
    const removed = ws.upstream.commit('chore: drop billing');
    const second = await run(ws.checkout().dir, 'push', push('refs/heads/main', deployed, removed), options);
    expect(second.outputs.decision, second.stdout).toBe('block');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(
      /^::notice title=gitops-action%3A not deployed::block: this commit was checked, not deployed/m,
    );
    recordCheckRun(removed, second);

    const clean = ws.upstream.commit('docs: harmless');
    const third = await run(ws.checkout().dir, 'push', push('refs/heads/main', removed, clean), options);
    expect(third.outputs.baseline, third.stdout).toBe('last-passed-check');
    expect(third.outputs['deployed-sha']).toBe(deployed);
    expect(third.outputs.decision).toBe('block');
    expect(findings(third).map((f) => f.kind)).toContain('service-removed');
  });

  it('a [skip deploy] push passes its check but is not the baseline: the next push checks its commits too', async () => {
    const ws = new Workspace({ policy: POLICY });
    const parent = ws.upstream.sha();
    const deployed = ws.upstream.commit('feat: start');
    recordCheckRun(deployed, await run(ws.checkout().dir, 'push', push('refs/heads/main', parent, deployed)));
    const skipped = ws.upstream.commit('chore: tidy [skip deploy]');
    const second = await run(ws.checkout().dir, 'push', push('refs/heads/main', deployed, skipped));
    expect(second.outputs.decision, second.stdout).toBe('skip');
    expect(second.status).toBe(0);
    recordCheckRun(skipped, second);
    const clean = ws.upstream.commit('docs: harmless');
    const third = await run(ws.checkout().dir, 'push', push('refs/heads/main', skipped, clean));
    expect(third.outputs['deployed-sha'], third.stdout).toBe(deployed);
    expect(third.summary).toContain('(2 commits since the last deploy)');
  });
});

describe('the policy is the protected default branch, by the name GitHub gives it', () => {
  it('a new branch master in a main repository is judged by main’s policy, not the one it brings', async () => {
    const ws = new Workspace({ policy: POLICY });
    ws.upstream.checkout('master', true);
    const evil = ws.upstream.commit('chore: my rules', { as: 'mallory@evil.test', files: { '.gitops.yml': EVIL } });
    const r = await run(ws.checkout('master').dir, 'push', push('refs/heads/master', ZERO40, evil, { created: true }));
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(r.summary).toContain('policy: .gitops.yml at origin/main');
    expect(findings(r).some((f) => f.rule === 'committers')).toBe(true);
  });

  it('a branch named main in a master repository takes over nothing', async () => {
    const ws = new Workspace({ policy: POLICY, branch: 'master' });
    github.defaultBranch = 'master';
    ws.upstream.checkout('main', true);
    const evil = ws.upstream.commit('chore: my rules', { as: 'mallory@evil.test', files: { '.gitops.yml': EVIL } });
    const r = await run(ws.checkout('main').dir, 'push', push('refs/heads/main', ZERO40, evil), {
      defaultBranch: 'master',
    });
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(r.summary).toContain('policy: .gitops.yml at origin/master');
  });

  it('without repository.default_branch in the payload, GitHub is asked (GET /repos)', async () => {
    const ws = new Workspace({ policy: POLICY, branch: 'master' });
    github.defaultBranch = 'master';
    ws.upstream.checkout('main', true);
    const evil = ws.upstream.commit('chore: my rules', { as: 'mallory@evil.test', files: { '.gitops.yml': EVIL } });
    const { repository: _, ...payload } = push('refs/heads/main', ZERO40, evil);
    const before = github.requests.length;
    const r = await run(ws.checkout('main').dir, 'push', payload, { defaultBranch: null });
    expect(github.requests.slice(before)[0]?.path).toBe('/repos/octo-org/deploys');
    expect(r.summary).toContain('policy: .gitops.yml at origin/master');
    expect(r.outputs.decision).toBe('block');
  });

  it('a checkout without refs/remotes/origin/<default> fetches it by name', async () => {
    const ws = new Workspace({ policy: POLICY });
    ws.upstream.checkout('release/1', true);
    const evil = ws.upstream.commit('chore: my rules', { as: 'mallory@evil.test', files: { '.gitops.yml': EVIL } });
    const clone = ws.checkout('release/1');
    clone.git('update-ref', '-d', 'refs/remotes/origin/main');
    const r = await run(clone.dir, 'push', push('refs/heads/release/1', ZERO40, evil));
    expect(clone.git('rev-parse', 'refs/remotes/origin/main')).toBe(ws.upstream.sha('main'));
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(r.summary).toContain('policy: .gitops.yml at origin/main');
  });

  it('a branch pushed as a feature, then as release/x at the same commit: its commits are checked', async () => {
    const ws = new Workspace({ policy: POLICY });
    ws.upstream.checkout('feature/x', true);
    const parked = ws.upstream.commit('feat: parked', { as: 'mallory@evil.test', files: { '.gitops.yml': EVIL } });
    const feature = await run(ws.checkout('feature/x').dir, 'push', push('refs/heads/feature/x', ZERO40, parked));
    expect(feature.outputs.decision).toBe('skip');
    ws.upstream.git('branch', 'release/x', parked);
    const r = await run(ws.checkout('release/x').dir, 'push', push('refs/heads/release/x', ZERO40, parked));
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(r.outputs.environment).toBe('acceptance');
    expect(r.outputs.baseline).toBe('merge-base');
    expect(findings(r).map((f) => f.commit)).toContain(parked);
  });

  it('a moved tag is judged by the default branch’s policy, not its old target’s', async () => {
    const ws = new Workspace({ policy: POLICY });
    ws.upstream.checkout('old', true);
    const oldTarget = ws.upstream.commit('chore: my rules', { files: { '.gitops.yml': EVIL } });
    ws.upstream.checkout('main');
    const next = ws.upstream.commit('feat: sneaky', { as: 'mallory@evil.test' });
    ws.upstream.git('tag', '-f', 'v1.0.0', next);
    const clone = ws.checkout('main', { detach: 'refs/tags/v1.0.0' });
    clone.git('fetch', '-q', 'origin', oldTarget);
    const r = await run(clone.dir, 'push', push('refs/tags/v1.0.0', oldTarget, next, { forced: true }));
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(r.summary).toContain('policy: .gitops.yml at origin/main');
  });
});

describe('workflow_dispatch: the policy and the baseline never come from its inputs', () => {
  it('a from input is ignored with a warning; the range starts at the deploy', async () => {
    const ws = new Workspace({ policy: POLICY });
    const deployed = ws.upstream.sha();
    github.addDeployment('production', deployed);
    ws.upstream.checkout('side', true);
    const side = ws.upstream.commit('chore: my rules', { files: { '.gitops.yml': EVIL } });
    ws.upstream.checkout('main');
    const bad = ws.upstream.commit('feat: sneaky', { as: 'mallory@evil.test' });
    const to = ws.upstream.commit('docs: harmless');
    const clone = ws.checkout();
    clone.git('fetch', '-q', 'origin', 'side');
    const r = await run(
      clone.dir,
      'workflow_dispatch',
      { ...dispatchExample, inputs: { from: side } },
      {
        env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: to },
      },
    );
    expect(warnings(r)).toContain(
      `the from input (${JSON.stringify(side)}) is ignored: the range starts at the environment's deployed commit (the deploy record), which no input may choose.`,
    );
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(r.outputs['deployed-sha']).toBe(deployed);
    expect(findings(r).map((f) => f.commit)).toContain(bad);
  });

  it('a to input must be on the dispatched ref', async () => {
    const ws = new Workspace({ policy: POLICY });
    ws.upstream.checkout('side', true);
    const side = ws.upstream.commit('feat: elsewhere');
    ws.upstream.checkout('main');
    const clone = ws.checkout();
    clone.git('fetch', '-q', 'origin', 'side');
    const r = await run(clone.dir, 'workflow_dispatch', dispatchExample, {
      inputs: { to: side },
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: ws.upstream.sha('main') },
    });
    expect(r.status).toBe(1);
    expect(failure(r)).toContain('is not on refs/heads/main');
  });

  it('an environment input overrides the mapping', async () => {
    const ws = new Workspace({ policy: POLICY });
    github.addDeployment('production', ws.upstream.sha());
    const to = ws.upstream.commit('feat: one');
    const r = await run(ws.checkout().dir, 'workflow_dispatch', dispatchExample, {
      inputs: { environment: 'acceptance' },
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: to },
    });
    expect(r.outputs.environment, r.stdout).toBe('acceptance');
  });
});

describe('tags: a baseline the pusher cannot choose', () => {
  it('a tag on an orphan commit is refused: not on the protected branch', async () => {
    const ws = new Workspace({ policy: POLICY });
    const deployed = ws.upstream.commit('feat: billing', { files: { 'deploy/billing.yml': BILLING } });
    github.addDeployment('production', deployed);
    ws.upstream.git('checkout', '-q', '--orphan', 'orphan');
    ws.upstream.git('rm', '-rq', '--cached', '.');
    ws.upstream.remove('deploy');
    const orphan = ws.upstream.commit('feat: fresh start', { files: { '.gitops.yml': EVIL } });
    ws.upstream.tag('v2.0.0');
    ws.upstream.git('checkout', '-q', '-f', 'main');
    const r = await run(
      ws.checkout('main', { detach: 'refs/tags/v2.0.0' }).dir,
      'push',
      push('refs/tags/v2.0.0', ZERO40, orphan),
    );
    expect(r.outputs.decision, r.stdout).toBe('block');
  });

  function plantedTag() {
    const ws = new Workspace({ policy: POLICY });
    const released = ws.upstream.commit('feat: billing', { files: { 'deploy/billing.yml': BILLING } });
    ws.upstream.tag('v1.0.0');
    ws.upstream.remove('deploy/billing.yml');
    // Pushed to main and blocked there (it stays), then tagged by the attacker with a throw-away version.
    const destructive = ws.upstream.commit('chore: drop billing');
    ws.upstream.tag('v1.0.1-junk');
    const clean = ws.upstream.commit('docs: harmless');
    ws.upstream.tag('v1.1.0');
    const tagRun = (options?: Parameters<typeof run>[3]) =>
      run(
        ws.checkout('main', { detach: 'refs/tags/v1.1.0' }).dir,
        'push',
        push('refs/tags/v1.1.0', ZERO40, clean),
        options,
      );
    return { released, destructive, tagRun };
  }

  it('a throw-away tag planted on the destructive commit does not become the baseline: the deploy of v1.0.0 is', async () => {
    const { released, tagRun } = plantedTag();
    github.addDeployment('production', released, ['success'], 'v1.0.0');
    const r = await tagRun();
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(findings(r).map((f) => f.kind)).toContain('service-removed');
    expect(r.outputs.baseline).toBe('github-deployments');
    expect(r.outputs['deployed-sha']).toBe(released);
  });

  // Without a record the baseline is a release tag on main, and anyone can tag a commit main holds
  // (a blocked push stays on the branch). The Action's own check runs say which tags to believe.
  const checked = (sha: string, conclusion: 'success' | 'failure') =>
    github.checkRuns.set(sha, [{ name: 'gitops', conclusion }]);

  it('without a record, a tag on a commit whose check failed is skipped: the newest tag whose check passed is the baseline', async () => {
    const { released, destructive, tagRun } = plantedTag();
    checked(released, 'success');
    checked(destructive, 'failure');
    const r = await tagRun({ env: { GITHUB_JOB: 'gitops' } });
    expect(r.outputs.baseline, r.stdout).toBe('previous-tag');
    expect(r.outputs['deployed-sha']).toBe(released);
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(findings(r).map((f) => f.kind)).toContain('service-removed');
    expect(r.summary).toContain('skipped v1.0.1-junk \\(its check failed\\)');
  });

  it('without a record, a passed check outranks a newer tag nobody checked (the middle of a blocked push)', async () => {
    const { released, tagRun } = plantedTag();
    checked(released, 'success');
    const r = await tagRun({ env: { GITHUB_JOB: 'gitops' } });
    expect(r.outputs['deployed-sha'], r.stdout).toBe(released);
    expect(r.outputs.decision, r.stdout).toBe('block');
  });

  it('with no check on record at all, the newest tag is the baseline and the note says it is unverified', async () => {
    const { destructive, tagRun } = plantedTag();
    const r = await tagRun({ env: { GITHUB_JOB: 'gitops' } });
    expect(r.outputs['deployed-sha'], r.stdout).toBe(destructive);
    expect(r.summary).toContain('unverified: no check of its commit is on record');
  });
});

describe('a force push whose before is not in the checkout', () => {
  it('is fetched by sha', async () => {
    const ws = new Workspace({ policy: POLICY });
    const base = ws.upstream.sha();
    const old = ws.upstream.commit('feat: replaced');
    ws.upstream.git('reset', '-q', '--hard', base);
    const after = ws.upstream.commit('feat: replacement');
    const clone = ws.checkout();
    expect(() => clone.git('cat-file', '-e', `${old}^{commit}`)).toThrow();
    // A branch of its own, with no deployment: the baseline falls back to before, which must be fetched.
    const r = await run(clone.dir, 'push', push('refs/heads/main', old, after, { forced: true }), {
      inputs: { environment: 'acceptance' },
    });
    expect(r.status, r.stdout).toBe(0);
    expect(clone.git('cat-file', '-t', old)).toBe('commit');
    expect(r.summary).toContain('1 commits checked');
  });

  it('or the run fails closed, saying so', async () => {
    const ws = new Workspace({ policy: POLICY });
    const after = ws.upstream.commit('feat: replacement');
    const r = await run(ws.checkout().dir, 'push', push('refs/heads/main', 'e'.repeat(40), after, { forced: true }), {
      inputs: { environment: 'acceptance' },
    });
    expect(r.status).toBe(1);
    expect(r.outputs.decision).toBeUndefined();
    expect(failure(r)).toContain('eeeeeee');
  });
});

describe('create-tag tags only a push to an environment’s branch', () => {
  it('is refused under pull_request_target (a fork’s head), with a warning', async () => {
    const ws = new Workspace({ policy: POLICY });
    const base = ws.upstream.sha();
    ws.upstream.checkout('feature', true);
    const head = ws.upstream.commit('feat: from a fork');
    ws.upstream.checkout('main');
    const payload = {
      ...prExample,
      number: 30,
      pull_request: {
        ...prExample.pull_request,
        number: 30,
        base: { ...prExample.pull_request.base, ref: 'main', sha: base },
        head: { ...prExample.pull_request.head, ref: 'feature', sha: head },
      },
    };
    const tagsBefore = github.refs.size;
    const r = await run(ws.checkout().dir, 'pull_request_target', payload, { inputs: { 'create-tag': 'true' } });
    expect(r.outputs.decision, r.stdout).toBe('deploy');
    expect(github.refs.size).toBe(tagsBefore);
    expect(github.requests.some((q) => q.method === 'POST' && q.path.endsWith('/git/refs'))).toBe(false);
    expect(warnings(r)).toContain(
      "create-tag is on, but tags are created only on a push to an environment's branch; this pull_request_target run creates none.",
    );
  });
});

describe('merge_group', () => {
  function queue(message: string, as?: string) {
    const ws = new Workspace({ policy: POLICY });
    const base = ws.upstream.sha();
    ws.upstream.checkout('feature', true);
    ws.upstream.commit(message, { as });
    ws.upstream.checkout('main');
    const queueBranch = 'gh-readonly-queue/main/pr-7-0123abcd';
    ws.upstream.checkout(queueBranch, true);
    const head = ws.upstream.merge('feature', 'Merge pull request #7 from octo-org/feature');
    ws.upstream.checkout('main');
    const payload = {
      ...mergeGroupExample,
      merge_group: {
        ...mergeGroupExample.merge_group,
        base_sha: base,
        head_sha: head,
        base_ref: 'refs/heads/main',
        head_ref: `refs/heads/${queueBranch}`,
      },
    };
    return { ws, payload, queueBranch, env: { GITHUB_REF: `refs/heads/${queueBranch}`, GITHUB_SHA: head } };
  }

  it('checks merge-base(base, head)..head for the base branch’s environment', async () => {
    const { ws, payload, queueBranch, env } = queue('feat: queued');
    const r = await run(ws.checkout(queueBranch).dir, 'merge_group', payload, {
      env,
      inputs: { 'create-tag': 'true' },
    });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs.decision).toBe('deploy');
    expect(r.outputs.environment).toBe('production');
    expect(r.summary).toContain('2 commits checked');
    expect(warnings(r)).toContain(
      "create-tag is on, but tags are created only on a push to an environment's branch; this merge_group run creates none.",
    );
  });

  it('blocks what the base’s policy refuses', async () => {
    const { ws, payload, queueBranch, env } = queue('feat: queued', 'mallory@evil.test');
    const r = await run(ws.checkout(queueBranch).dir, 'merge_group', payload, { env });
    expect(r.status).toBe(1);
    expect(r.outputs.decision).toBe('block');
  });
});

describe('merge-only knows squash and rebase merges through pull requests', () => {
  it('commits a merged pull request brought are not direct commits; a direct one is', async () => {
    const ws = new Workspace({ policy: POLICY.replace('merge-only: []', 'merge-only: [main]') });
    const deployed = ws.upstream.sha();
    github.addDeployment('production', deployed);
    const squashed = ws.upstream.commit('feat: squashed (#5)');
    const rebased = ws.upstream.commit('fix: rebased');
    const direct = ws.upstream.commit('hotfix typed on main');
    github.pulls.set(squashed, [{ number: 5, base: 'main', mergedAt: '2026-06-01T00:00:00Z' }]);
    github.pulls.set(rebased, [{ number: 6, base: 'main', mergedAt: '2026-06-01T00:00:00Z' }]);
    github.pulls.set(direct, [{ number: 8, base: 'main', mergedAt: null }]);
    const r = await run(ws.checkout().dir, 'push', push('refs/heads/main', deployed, direct));
    expect(r.outputs.decision, r.stdout).toBe('block');
    expect(
      findings(r)
        .filter((f) => f.rule === 'branches')
        .map((f) => f.commit),
    ).toEqual([direct]);
  });
});
