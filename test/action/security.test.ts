import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubStandIn } from '../support/github-server.js';
import { JiraStandIn } from '../support/jira-server.js';
import { TEST_ENV } from '../support/repo.js';
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

let github: GitHubStandIn;
beforeAll(async () => {
  await ensureBuilt();
  github = await GitHubStandIn.start();
}, 300_000);
afterAll(() => github.close());
afterEach(() => {
  github.clearFaults();
  github.tokenUser = undefined;
  expect(github.schemaErrors).toEqual([]);
});

const [pushExample] = webhookExamples('push');

describe('untrusted commit text never becomes a workflow command', () => {
  it('prints ::error::, ::add-mask:: and ::stop-commands:: lines from commits as text', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    ws.upstream.commit('::error::owned\n\n::add-mask::x\n::stop-commands::x\n::error::still owned');
    ws.upstream.commit('::add-mask::x');
    ws.upstream.commit('::stop-commands::x');
    // A third commit whose author name is itself a command, and who is not allowlisted: it reaches
    // an annotation's message, where `::` must stay message text.
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', '::endgroup::'], {
      cwd: ws.upstream.dir,
      env: { ...TEST_ENV, GIT_AUTHOR_NAME: 'Mal ::error::owned', GIT_AUTHOR_EMAIL: 'mallory@evil.test' },
    });
    const after = ws.upstream.sha();
    const clone = ws.checkout();
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before, after },
    });
    expect(run.status).toBe(1);
    expect(run.outputs.decision).toBe('block');

    // The subjects are in the log, as text, inside the one guard we opened.
    expect(run.text).toEqual(
      expect.arrayContaining([expect.stringContaining('::error::owned'), expect.stringContaining('::add-mask::x')]),
    );
    expect(run.text.some((l) => l.includes('::stop-commands::x'))).toBe(true);
    const stops = run.commands.filter((c) => c.command === 'stop-commands');
    expect(stops).toHaveLength(1);
    expect(stops[0]?.message).toMatch(/^[0-9a-f]{32}$/);

    // What the runner obeys: one annotation for the author (message text keeps the `::`), setFailed, nothing else.
    expect(run.commands.map((c) => c.command)).toEqual(['stop-commands', 'error', 'error']);
    const annotation = run.commands[1]!;
    expect(annotation.properties).toBe('title=gitops-action%3A committers');
    expect(unescapeData(annotation.message)).toContain('Mal ::error::owned <mallory@evil.test>');
    expect(run.commands.some((c) => c.command === 'add-mask')).toBe(false);
    expect(run.commands.some((c) => c.message === 'owned' || c.message === 'still owned')).toBe(false);
    // The summary escapes commit text for markdown.
    expect(run.summary).toContain('::error::owned');
  });

  it('a branch name with $(...), backticks and quotes reaches no shell', async () => {
    const ws = new Workspace();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion that must stay inert.
    const branch = 'feat/$(touch${IFS}pwned)-`touch${IFS}pwned2`-\'q\'-"dq"';
    ws.upstream.git('checkout', '-q', '-b', branch);
    const after = ws.upstream.commit('feat: odd branch');
    const clone = ws.checkout(branch);
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: `refs/heads/${branch}`, before: ZERO40, after, created: true },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.decision).toBe('skip');
    expect(run.outputs['skip-reason']).toBe(`${branch} maps to no environment`);
    for (const dir of [clone.dir, ws.upstream.dir, process.cwd()]) {
      expect(existsSync(join(dir, 'pwned'))).toBe(false);
      expect(existsSync(join(dir, 'pwned2'))).toBe(false);
    }
    expect(run.summary).toContain('1 commits checked');
  });

  it('a ref with a newline in a forged payload stays text', async () => {
    const ws = new Workspace();
    const clone = ws.checkout();
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: {
        ...pushExample,
        ref: 'refs/heads/x\n::error::forged',
        before: ZERO40,
        after: ws.upstream.sha(),
        created: true,
      },
    });
    expect(run.commands.filter((c) => c.command !== 'stop-commands').map((c) => unescapeData(c.message))).not.toContain(
      'forged',
    );
    expect(run.commands.every((c) => c.command === 'stop-commands' || c.message !== 'forged')).toBe(true);
  });
});

describe('tokens', () => {
  it('never appear in the log (but the mask command), the outputs, the summary or stderr', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    const after = ws.upstream.commit('feat: x', { as: 'mallory@evil.test' });
    const clone = ws.checkout();
    const token = 'ghs_SuperSecretToken1234567890';
    const jiraToken = 'jira-Secret-987654321';
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before, after },
      inputs: { token, 'jira-token': jiraToken, 'jira-user': 'bot@example.com' },
    });
    expect(run.outputs.decision).toBe('block');
    for (const secret of [token, jiraToken]) {
      const lines = run.stdout.split('\n').filter((l) => l.includes(secret));
      expect(lines).toEqual([`::add-mask::${secret}`]);
      expect(JSON.stringify(run.outputs)).not.toContain(secret);
      expect(run.summary).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
    }
    // The masks come first: a mask inside the stop-commands guard would not be obeyed.
    expect(run.commands.slice(0, 2).map((c) => c.command)).toEqual(['add-mask', 'add-mask']);
  });
});

interface Finding {
  rule: string;
  kind?: string;
  severity: string;
  commit?: string;
  message: string;
}

function findingsOf(run: ActionRun): Finding[] {
  return JSON.parse(run.outputs.findings ?? '[]') as Finding[];
}

function pushPayload(before: string, after: string, pusher = 'mallory', ref = 'refs/heads/main'): Payload {
  return { ...pushExample, ref, before, after, pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` } };
}

/** Runs the Action on a push with the GitHub stand-in as the API. */
function push(cwd: string, payload: Payload, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runAction({
    cwd,
    event: 'push',
    payload,
    inputs: { token: github.token, ...inputs },
    env: { GITHUB_API_URL: github.url, ...env },
  });
}

/** Commits with a chosen git author and committer (name and email), which anyone can write. */
function commitAs(dir: string, message: string, name: string, email: string, files: string[] = []): string {
  const env = {
    ...TEST_ENV,
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
  };
  if (files.length > 0) execFileSync('git', ['add', '-A', ...files], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '--allow-empty', '--no-verify', '-F', '-'], { cwd: dir, env, input: message });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

function commitRequests(): number {
  return github.requests.filter((r) => /^\/repos\/octo-org\/deploys\/commits\/[0-9a-f]+$/.test(r.path)).length;
}

const SERVICE = 'service: billing\nversion: 1.0.0\nport: 8080\n';

/** main with a service descriptor, then a commit deleting it with an Allow-Destructive trailer. */
function destructivePush(policy: string, as: { name: string; email: string }) {
  const ws = new Workspace({ policy });
  ws.upstream.commit('OPS-1: add billing', { files: { 'deploy/billing.yml': SERVICE } });
  const before = ws.upstream.sha();
  ws.upstream.remove('deploy/billing.yml');
  const after = commitAs(
    ws.upstream.dir,
    'OPS-2: retire billing\n\nAllow-Destructive: service-removed\n',
    as.name,
    as.email,
    ['deploy'],
  );
  return { ws, before, after, clone: ws.checkout() };
}

describe('identities GitHub did not verify are not trusted', () => {
  const botPolicy = `environments:
  production: { branches: [main] }
rules:
  committers:
    allow: ["*@example.com", "github-actions[bot]"]
    check: [committer]
  branches: { merge-only: [] }
  jira: false
  destructive: { descriptors: ["deploy/*.yml"] }
  policy-change: false
`;

  it('a commit whose git name and email say github-actions[bot] is not the bot, and its Allow-Destructive is not honoured', async () => {
    const forged = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
    const { before, after, clone } = destructivePush(botPolicy, forged);
    // GitHub attributes the noreply email to the bot's account, but no signature vouches for it.
    github.commits.set(after, { authorLogin: 'github-actions[bot]', committerLogin: 'github-actions[bot]' });
    const run = await push(clone.dir, pushPayload(before, after));
    expect(run.outputs.decision).toBe('block');
    // The plan was made, and nothing of it was kept in (or could be read back from) the workspace.
    expect(existsSync(join(clone.dir, '.git', 'gitops-action', 'plan-cache'))).toBe(false);
    const findings = findingsOf(run);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'committers', severity: 'error', commit: after }),
        expect.objectContaining({ rule: 'destructive', kind: 'service-removed', severity: 'error' }),
      ]),
    );

    // The same commit, signed and verified as the bot by GitHub: the bot, and its acceptance counts.
    github.commits.set(after, { committerLogin: 'github-actions[bot]', verified: true });
    const signed = await push(clone.dir, pushPayload(before, after));
    expect(signed.outputs.decision, signed.stdout).toBe('deploy');
    expect(findingsOf(signed)).toEqual([
      expect.objectContaining({ rule: 'destructive', kind: 'service-removed', severity: 'warning' }),
    ]);
  });

  const leadPolicy = `admins: ["github:lead"]
environments:
  production: { branches: [main] }
rules:
  committers:
    allow: ["github:lead"]
    check: [author, committer]
  branches: { merge-only: [] }
  jira: false
  destructive: false
`;

  it('github:lead is not whoever writes lead@example.com into a commit, for the allowlist or for admins', async () => {
    const ws = new Workspace({ policy: leadPolicy });
    const before = ws.upstream.sha();
    ws.upstream.write('.gitops.yml', `${leadPolicy}# loosened\n`);
    const after = commitAs(ws.upstream.dir, 'chore: policy', 'Lead', 'lead@example.com', ['.gitops.yml']);
    const clone = ws.checkout();
    github.commits.set(after, { authorLogin: 'lead', committerLogin: 'lead', verified: false });
    const run = await push(clone.dir, pushPayload(before, after, 'mallory'));
    expect(run.outputs.decision).toBe('block');
    const rules = findingsOf(run).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['committers', 'policy-change']));

    // Pushed by lead (GitHub authenticated the pusher), or signed by lead: both pass.
    const pushedByLead = await push(clone.dir, pushPayload(before, after, 'lead'));
    expect(pushedByLead.outputs.decision, pushedByLead.stdout).toBe('deploy');
    github.commits.set(after, { committerLogin: 'lead', verified: true });
    const signed = await push(clone.dir, pushPayload(before, after, 'mallory'));
    expect(signed.outputs.decision, signed.stdout).toBe('deploy');
  });

  it('with no allowlist, a destructive change is accepted only by one of admins', async () => {
    const policy = `admins: ["github:lead"]
environments:
  production: { branches: [main] }
rules:
  committers: false
  branches: { merge-only: [] }
  jira: false
  destructive: { descriptors: ["deploy/*.yml"] }
  policy-change: false
`;
    const { before, after, clone } = destructivePush(policy, { name: 'Mal', email: 'mallory@evil.test' });
    github.commits.set(after, { committerLogin: 'mallory' });
    const run = await push(clone.dir, pushPayload(before, after));
    expect(run.outputs.decision).toBe('block');
    expect(findingsOf(run)).toEqual([
      expect.objectContaining({ rule: 'destructive', kind: 'service-removed', severity: 'error' }),
    ]);
    const byLead = await push(clone.dir, pushPayload(before, after, 'lead'));
    expect(byLead.outputs.decision).toBe('deploy');
  });
});

describe('exemptions are what git recorded, or what the policy lists', () => {
  const jiraPolicy = (exempt?: string) => `environments:
  production: { branches: [main] }
rules:
  committers: false
  branches: { merge-only: [main] }
  jira: {${exempt ? ` exempt: ${exempt}` : ''} }
  destructive: false
`;

  /** A real merge of a feature, then a merge of a side branch holding the subjects that only look exempt. */
  async function subjects(exempt?: string) {
    const ws = new Workspace({ policy: jiraPolicy(exempt) });
    const before = ws.upstream.sha();
    ws.upstream.checkout('feature/x', true);
    ws.upstream.commit('OPS-3: the feature');
    ws.upstream.checkout('main');
    const merge = ws.upstream.merge('feature/x');
    ws.upstream.checkout('side', true);
    const fakeMerge = ws.upstream.commit("Merge branch 'release/9.9.9'");
    // Their subjects name no key: a revert or fixup that names one needs no exemption.
    const revert = ws.upstream.commit('Revert "the feature"');
    const fixup = ws.upstream.commit('fixup! the feature');
    ws.upstream.checkout('main');
    const real = ws.upstream.merge('side', "Merge branch 'side'");
    const run = await push(ws.checkout().dir, pushPayload(before, real));
    return { run, merge, real, fakeMerge, revert, fixup };
  }

  it('a one-parent "Merge", a Revert and a fixup! need a key by default; a real merge does not', async () => {
    const { run, merge, real, fakeMerge, revert, fixup } = await subjects();
    expect(run.outputs.decision).toBe('block');
    const jira = findingsOf(run).filter((f) => f.rule === 'jira');
    expect(jira.map((f) => f.commit).sort()).toEqual([fakeMerge, revert, fixup].sort());
    expect(jira.map((f) => f.commit)).not.toContain(merge);
    expect(jira.map((f) => f.commit)).not.toContain(real);
    expect(findingsOf(run).filter((f) => f.rule === 'branches')).toEqual([]);
  });

  it('jira.exempt may exempt reverts and fixups; never a commit that only says "Merge"', async () => {
    const { run, fakeMerge } = await subjects('[merges, reverts, fixups]');
    expect(findingsOf(run).map((f) => [f.rule, f.commit])).toEqual([['jira', fakeMerge]]);
  });

  it('a hand-made merge of an already-merged commit is no merge: it needs a key and breaks merge-only', async () => {
    const ws = new Workspace({ policy: jiraPolicy() });
    const old = ws.upstream.commit('OPS-5: earlier');
    const before = ws.upstream.commit('OPS-6: tip');
    const tree = ws.upstream.git('rev-parse', 'HEAD^{tree}');
    const fake = execFileSync('git', ['commit-tree', tree, '-p', before, '-p', old, '-m', "Merge branch 'hotfix'"], {
      cwd: ws.upstream.dir,
      env: TEST_ENV,
      encoding: 'utf8',
    }).trim();
    ws.upstream.git('update-ref', 'refs/heads/main', fake);
    const clone = ws.checkout();
    const run = await push(clone.dir, pushPayload(before, fake));
    expect(run.outputs.decision).toBe('block');
    const rules = findingsOf(run)
      .filter((f) => f.commit === fake)
      .map((f) => f.rule)
      .sort();
    expect(rules).toEqual(['branches', 'jira']);
  });
});

/** GitHub's own rendering, as far as the tests can have it: GFM, raw HTML kept as GitHub's sanitizer keeps it. */
function render(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

const BIDI_OR_INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** What GitHub would make live in rendered HTML: a link, a mention, an issue reference, hidden text. */
function live(html: string): string[] {
  const found: string[] = [];
  if (/<a[\s>]/i.test(html)) found.push('link');
  // GitHub's mention and reference filters work on the rendered text: `@name`, `#12`, `GH-12`.
  if (/@[A-Za-z0-9-]/.test(html)) found.push('mention');
  if (/#\d|\bGH-\d/i.test(html)) found.push('reference');
  if (BIDI_OR_INVISIBLE.test(html)) found.push('bidi or invisible');
  if (
    /<(?!\/?(?:p|br|wbr|table|thead|tbody|tr|th|td|strong|em|code|h[1-6]|ul|ol|li|details|summary|hr|blockquote)\b)[a-z]/i.test(
      html,
    )
  )
    found.push('foreign HTML');
  return found;
}

const HOSTILE =
  'OPS-1: ping @octo-org/admins and @octocat, see https://evil.example/x and www.evil.example, fixes #1 and GH-2 <a href="https://evil.example">click</a> <img src=x> $\\color{red}x$ \u202egnp.exe\u200b\u2066x\u2069';

describe('untrusted text is inert in the summary, the comment, annotations and outputs', () => {
  it('renders mentions, links, references, HTML and bidi characters from commits as plain text', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    const after = commitAs(ws.upstream.dir, HOSTILE, 'Mal\u202eyrtnuoc @octocat', 'mal@evil.test');
    const clone = ws.checkout();
    const run = await push(clone.dir, pushPayload(before, after));
    expect(run.outputs.decision).toBe('block');
    expect(run.summary).toContain('evil');
    expect(live(render(run.summary))).toEqual([]);
    // Annotations and outputs are text, not markdown: no bidi or hidden character survives there.
    const annotations = run.commands.filter((c) => c.command === 'error' || c.command === 'warning');
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) expect(unescapeData(a.message)).not.toMatch(BIDI_OR_INVISIBLE);
    expect(JSON.stringify(run.outputs)).not.toMatch(BIDI_OR_INVISIBLE);
    expect(run.text.join('\n')).not.toMatch(BIDI_OR_INVISIBLE);
  });

  it('the pull request comment is inert too, and only a comment written by our own identity is adopted', async () => {
    const ws = new Workspace();
    const base = ws.upstream.sha();
    ws.upstream.checkout('feature', true);
    const head = commitAs(ws.upstream.dir, HOSTILE, 'Mal', 'mal@evil.test');
    ws.upstream.checkout('main');
    const clone = ws.checkout();
    const [example] = webhookExamples('pull_request');
    const payload = {
      ...example,
      number: 41,
      pull_request: {
        ...example!.pull_request,
        number: 41,
        title: 'OPS-1 @octocat',
        base: { ...example!.pull_request.base, ref: 'main', sha: base },
        head: { ...example!.pull_request.head, ref: 'feature', sha: head },
      },
    };
    // Mallory posts a comment that starts with our marker, hoping we edit it into our report.
    const planted = github.addComment(41, '<!-- gitops-action -->\nAll green ✅', 'mallory');
    const pr = (inputs: Record<string, string> = {}) =>
      runAction({
        cwd: clone.dir,
        event: 'pull_request',
        payload,
        inputs: { token: github.token, ...inputs },
        env: { GITHUB_API_URL: github.url },
      });
    const first = await pr();
    expect(first.outputs.decision).toBe('block');
    expect(github.comments.find((c) => c.id === planted)?.body).toBe('<!-- gitops-action -->\nAll green ✅');
    expect(github.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    const ours = github.comments.filter((c) => c.issue === 41 && c.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(live(render(ours[0]!.body))).toEqual([]);
    // The job token cannot read GET /user; GitHub refuses it, and we are github-actions[bot].
    expect(github.requests.some((r) => r.path.startsWith('/user'))).toBe(true);

    // A second run updates our comment, not Mallory's, and adds none.
    await pr();
    expect(github.comments.filter((c) => c.issue === 41)).toHaveLength(2);
    expect(github.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([
      `/repos/octo-org/deploys/issues/comments/${ours[0]!.id}`,
    ]);

    // With a personal token the identity is GET /user's login: the bot's comment is not ours then.
    github.tokenUser = 'deploy-bot';
    await pr();
    const mine = github.comments.filter((c) => c.issue === 41 && c.login === 'deploy-bot');
    expect(mine).toHaveLength(1);
    expect(github.comments.filter((c) => c.issue === 41)).toHaveLength(3);
  });
});

describe('secrets are redacted before anything is cut, in every form', () => {
  it('a Jira that echoes the token leaks no part of it into the summary, outputs, annotations or log', async () => {
    const jira = await JiraStandIn.start();
    try {
      const token = 'jiraSecretToken-0123456789-abcdef';
      const user = 'deploy@example.com';
      // Padding puts the echoed token across the 200-character cut of Jira's error text.
      jira.issue('OPS-1', { http: 400, echoAuthorization: true, echoPadding: 186 });
      jira.issue('OPS-2', { status: `Done ${token.toUpperCase()}` });
      const policy = `environments:
  production: { branches: [main] }
rules:
  committers: false
  branches: { merge-only: [] }
  jira: { verify: { url: "${jira.url}", timeout: 2000 } }
  destructive: false
`;
      const ws = new Workspace({ policy });
      const before = ws.upstream.sha();
      ws.upstream.commit('OPS-1: one');
      const after = ws.upstream.commit('OPS-2: two');
      const clone = ws.checkout();
      const run = await push(clone.dir, pushPayload(before, after), { 'jira-token': token, 'jira-user': user });
      expect(jira.total).toBeGreaterThan(0);
      expect(run.outputs.decision).toBe('block');
      const basic = Buffer.from(`${user}:${token}`).toString('base64');
      const everything = [
        run.summary,
        JSON.stringify(run.outputs),
        ...run.commands.filter((c) => c.command !== 'add-mask').map((c) => unescapeData(c.message)),
        ...run.text,
        run.stderr,
      ].join('\n');
      expect(everything).toContain('***');
      // No form of it, and not even its first eight characters.
      for (const form of [token.slice(0, 8), basic.slice(0, 12), encodeURIComponent(`${user}:${token}`)]) {
        expect(everything.toLowerCase()).not.toContain(form.toLowerCase());
      }
    } finally {
      await jira.close();
    }
  });
});

describe('work stays bounded, whatever the push holds', () => {
  const githubPolicy = `environments:
  production: { branches: [main] }
rules:
  committers:
    allow: ["github:octocat"]
    check: [committer]
  branches: { merge-only: [] }
  jira: false
  destructive: false
  policy-change: false
`;

  it('looks up at most 100 commits on GitHub, and says so in one finding', async () => {
    const ws = new Workspace({ policy: githubPolicy });
    const before = ws.upstream.sha();
    let after = before;
    for (let i = 0; i < 130; i++) {
      after = ws.upstream.commit(`feat: ${i}`);
      github.commits.set(after, { committerLogin: 'octocat', verified: true });
    }
    const clone = ws.checkout();
    const count = commitRequests();
    const run = await push(clone.dir, pushPayload(before, after, 'octocat'));
    expect(commitRequests() - count).toBe(100);
    const limit = findingsOf(run).filter((f) => f.message.includes('were not looked up on GitHub'));
    expect(limit).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('30 of the 130 commits') }),
    ]);
    expect(run.outputs.decision).toBe('block');
  }, 240_000);

  it('makes no GitHub call for a branch that maps to no environment', async () => {
    const ws = new Workspace({ policy: githubPolicy });
    ws.upstream.checkout('topic', true);
    const after = ws.upstream.commit('feat: x');
    const clone = ws.checkout('topic');
    const count = github.requests.length;
    const run = await push(clone.dir, { ...pushPayload(ZERO40, after, 'mallory', 'refs/heads/topic'), created: true });
    expect(run.outputs.decision).toBe('skip');
    expect(github.requests.length).toBe(count);
  });

  it('refuses an identity longer than 254 characters quickly, even a 512k-character email', async () => {
    const ws = new Workspace({
      policy: `environments:
  production: { branches: [main] }
rules:
  committers: { allow: ["*@*.*.example.com"] }
  branches: { merge-only: [] }
  jira: false
  destructive: false
`,
    });
    const before = ws.upstream.sha();
    // Too long for an environment variable: the commit object is written by hand, as git would.
    const email = `${'a@'.repeat(262_144)}x.example.co`;
    const tree = ws.upstream.git('rev-parse', 'HEAD^{tree}');
    const object = `tree ${tree}\nparent ${before}\nauthor Mal <${email}> 1767225600 +0000\ncommitter Mal <${email}> 1767225600 +0000\n\nfeat: x\n`;
    const after = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], {
      cwd: ws.upstream.dir,
      input: object,
      encoding: 'utf8',
    }).trim();
    ws.upstream.git('update-ref', 'refs/heads/main', after);
    const clone = ws.checkout();
    const run = await push(clone.dir, pushPayload(before, after));
    expect(run.outputs.decision).toBe('block');
    expect(findingsOf(run).map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('longer than 254 characters')]),
    );
    // The work is bounded by counting steps (test/policy/identity-glob.test.ts), not by a clock.
    // What GitHub caps must hold too: a job summary over 1 MiB would be refused, so the email is
    // shown clipped, and the whole of it only in the log.
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThan(64 * 1024);
    expect(run.summary).toContain(`${'a@<wbr>'.repeat(10)}`);
    expect(run.summary).toContain('…');
  }, 120_000);

  it('verifies at most 50 distinct Jira keys, and treats repeated 429s as an outage', async () => {
    const jira = await JiraStandIn.start();
    try {
      const policy = (onUnreachable: string) => `environments:
  production: { branches: [main] }
rules:
  committers: false
  branches: { merge-only: [] }
  jira: { verify: { url: "${jira.url}", timeout: 2000, on-unreachable: ${onUnreachable} } }
  destructive: false
`;
      const keys = Array.from({ length: 60 }, (_, i) => `OPS-${i + 1}`);
      for (const k of keys) jira.issue(k, { status: 'Done' });
      const ws = new Workspace({ policy: policy('error') });
      const before = ws.upstream.sha();
      const after = ws.upstream.commit(`feat: many issues\n\n${keys.join(' ')}`);
      const clone = ws.checkout();
      const run = await push(clone.dir, pushPayload(before, after));
      expect(jira.total).toBe(50);
      expect(run.outputs.decision).toBe('block');
      expect(findingsOf(run)).toEqual([
        expect.objectContaining({
          rule: 'jira',
          severity: 'error',
          message: expect.stringContaining('names 60 distinct Jira keys, and a run verifies at most 50'),
        }),
      ]);

      // A Jira that answers 429 to everything: a few requests, then an outage for the whole run.
      const limited = await JiraStandIn.start();
      try {
        const throttled = Array.from({ length: 20 }, (_, i) => `WEB-${i + 1}`);
        for (const k of throttled) limited.issue(k, { http: 429, retryAfter: '0' });
        for (const [mode, expected] of [
          ['error', 'block'],
          ['warn', 'deploy'],
        ] as const) {
          const ws2 = new Workspace({ policy: policy(mode).replace(jira.url, limited.url) });
          const from = ws2.upstream.sha();
          const to = ws2.upstream.commit(`feat: throttled\n\n${throttled.join(' ')}`);
          const clone2 = ws2.checkout();
          const served = limited.total;
          const r = await push(clone2.dir, pushPayload(from, to));
          expect(limited.total - served).toBeLessThanOrEqual(8);
          expect(r.outputs.decision).toBe(expected);
          expect(findingsOf(r)).toEqual([
            expect.objectContaining({
              rule: 'jira',
              severity: mode === 'warn' ? 'warning' : 'error',
              message: expect.stringContaining('429'),
            }),
          ]);
        }
      } finally {
        await limited.close();
      }
    } finally {
      await jira.close();
    }
  });
});
