"use strict";
exports.id = 200;
exports.ids = [200];
exports.modules = {

/***/ 4200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HOOK_CA_PREFIX: () => (/* binding */ HOOK_CA_PREFIX),
  HUSKY_HOOKS: () => (/* binding */ HUSKY_HOOKS),
  fittedPolicy: () => (/* binding */ fittedPolicy),
  init: () => (/* binding */ init),
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/parse.ts + 2 modules
var parse = __webpack_require__(1380);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
// EXTERNAL MODULE: ./src/report/style.ts
var style = __webpack_require__(1791);
// EXTERNAL MODULE: ./src/semver/history.ts
var semver_history = __webpack_require__(408);
// EXTERNAL MODULE: ./src/init/manifests.ts
var manifests = __webpack_require__(6316);
;// CONCATENATED MODULE: ./src/init/policy.ts



/** Environment branches by the names teams give them, lowest first. */
const LADDER = [
    { env: 'development', names: ['dev', 'development'] },
    { env: 'testing', names: ['test', 'testing'] },
    { env: 'qa', names: ['qa'] },
    { env: 'uat', names: ['uat'] },
    { env: 'staging', names: ['staging', 'stage', 'preprod', 'pre-prod'] },
    { env: 'production', names: ['prod', 'production', 'live'] },
];
/** The share of commits naming a Jira key above which a team is taken to use Jira keys. */
const JIRA_SHARE = 0.9;
function draftPolicy(survey) {
    const has = (b) => survey.branches.includes(b);
    const main = survey.defaultBranch ?? (has('master') && !has('main') ? 'master' : 'main');
    const environments = [];
    // Environment branches (qa, staging, prod) deploy by name, lowest first; each is promoted from
    // the one below, because those names are exact (nobody creates "staging" by accident).
    for (const step of LADDER) {
        const found = step.names.filter(has);
        if (found.length === 0)
            continue;
        const below = environments[environments.length - 1];
        environments.push({
            name: step.env,
            branches: found,
            tags: [],
            promoteFrom: below?.branches.every((b) => !b.includes('*')) ? below.name : undefined,
            why: `branch${found.length > 1 ? 'es' : ''} ${found.join(', ')} exist${found.length > 1 ? '' : 's'}`,
        });
    }
    const gitflow = has('develop');
    const releases = survey.branches.some((b) => /^(release|releases)[/-]/.test(b));
    if (gitflow && !environments.some((e) => e.branches.includes('develop'))) {
        environments.unshift({ name: 'testing', branches: ['develop'], tags: [], why: 'git-flow: develop exists' });
        if (releases) {
            environments.splice(1, 0, {
                name: 'acceptance',
                branches: ['release/*'],
                tags: [],
                why: 'git-flow: release/* branches exist (a glob anyone can create, so no promote-from to it)',
            });
        }
    }
    const production = environments.find((e) => e.name === 'production');
    const { prefix, versions } = tagStyle(survey.tags);
    // Bare version tags (1.2.0) get a glob that starts with a digit, never "*" (every tag).
    const tagGlob = versions > 0 ? [prefix ? `${prefix}*` : '[0-9]*'] : [];
    if (production) {
        production.tags = tagGlob;
    }
    else {
        environments.push({
            name: 'production',
            branches: [main],
            tags: tagGlob,
            why: `${main} is the default branch${environments.length === 0 ? ' and the only long-lived one' : ''}`,
        });
    }
    if (tagGlob.length > 0) {
        const p = environments.find((e) => e.name === 'production');
        p.why += `; ${versions} version tag${versions === 1 ? '' : 's'} named ${prefix}X.Y.Z deploy here too`;
    }
    const h = survey.history;
    const share = h.nonMergeCommits > 0 ? h.withJiraKey / h.nonMergeCommits : 0;
    // Five commits at least: one commit that happens to name a key is not a team convention.
    const jira = h.nonMergeCommits >= 5 && share >= JIRA_SHARE && h.jiraProjects.length > 0
        ? { projects: h.jiraProjects.slice(0, 10) }
        : false;
    const pct = `${h.withJiraKey} of the last ${(0,style/* plural */.LS)(h.nonMergeCommits, 'commit')}`;
    const jiraWhy = jira
        ? `${pct} name a Jira key (${jira.projects.join(', ')}): keys are asked for at commit time, on every branch`
        : `off: ${pct} name a Jira key; turn it on with { projects: [YOURPROJECT] } once the team uses them`;
    const squash = h.firstParent > 0 && h.merges === 0 && h.squashSubjects >= h.firstParent / 2;
    const merges = h.firstParent > 0 && h.merges >= h.firstParent / 3;
    const mergeOnly = merges || squash ? [main] : [];
    const mergeWhy = squash
        ? `${h.squashSubjects} of the last ${h.firstParent} commits on ${main} are squash or rebase merges "(#123)" of pull requests`
        : merges
            ? `${h.merges} of the last ${h.firstParent} commits on ${main} are merges`
            : h.firstParent === 0
                ? `off: ${main} has no history yet to tell how changes reach it`
                : `off: the last ${(0,style/* plural */.LS)(h.firstParent, 'commit')} on ${main} are mostly direct commits`;
    const m = survey.manifests;
    const found = [
        m.kustomizeRoots.length > 0 ? `kustomize roots ${m.kustomizeRoots.join(', ')}` : '',
        m.plainFolders.length > 0
            ? `Kubernetes YAML in ${m.plainFolders.slice(0, 6).join(', ')}${m.plainFolders.length > 6 ? ', …' : ''}`
            : '',
        m.charts.length > 0 ? `Helm charts in ${m.charts.join(', ')} (compared only when rendered: see render:)` : '',
    ].filter(Boolean);
    const destructiveWhy = found.length > 0
        ? `found ${found.join('; ')}${m.appFolders ? '. The top-level folders are apps, so every YAML file is read (a new app folder too; YAML that is not a Kubernetes object is ignored)' : ''}`
        : 'no Kubernetes manifests yet, so every YAML file is read (YAML that is not a Kubernetes object is ignored); narrow it to the folders you deploy from once they exist';
    return {
        environments,
        tagPrefix: prefix,
        tagWhy: survey.tags.length > 0
            ? `${versions} of ${survey.tags.length} tags are versions written ${prefix}X.Y.Z`
            : 'no tags yet; new tags get the prefix v',
        jira,
        jiraWhy,
        mergeOnly,
        mergeWhy,
        // A repository adopted before its manifests exist gets them in folders nobody can name yet
        // (clusters/, apps/, infrastructure/): watching deploy/ and k8s/ only would leave the gate blind.
        descriptors: m.globs.length > 0 ? m.globs : manifests/* ANY_YAML */.Dd,
        destructiveWhy,
        relaxed: [],
    };
}
/** The prefix most version tags use (`v` or none), and how many tags are versions. */
function tagStyle(tags) {
    let withV = 0;
    let bare = 0;
    for (const t of tags) {
        if (!(0,semver_history/* parseTagVersion */.An)(t, 'v'))
            continue;
        if (/^[vV]/.test(t))
            withV++;
        else
            bare++;
    }
    return { prefix: bare > withV ? '' : 'v', versions: withV + bare };
}
function relax(draft, blocks, replayed) {
    const next = { ...draft, environments: draft.environments.map((e) => ({ ...e })), relaxed: [...draft.relaxed] };
    const of = (n) => `${n} of the last ${(0,style/* plural */.LS)(replayed, 'push', 'pushes')}`;
    if (blocks.jira > 0 && next.jira) {
        next.relaxed.push(`jira turned off: it would have blocked ${of(blocks.jira)}`);
        next.jiraWhy = `off: it would have blocked ${of(blocks.jira)} (commits without a key); ${next.jiraWhy}`;
        next.jira = false;
    }
    if (blocks.mergeOnly > 0 && next.mergeOnly.length > 0) {
        next.relaxed.push(`merge-only turned off: it would have blocked ${of(blocks.mergeOnly)}`);
        next.mergeWhy = `off: locally a squash or rebase merge looks like a direct commit, which would have blocked ${of(blocks.mergeOnly)}; the Action can tell them apart through GitHub's API, so set merge-only: [${next.mergeOnly.join(', ')}] when the Action is the required check`;
        next.mergeOnly = [];
    }
    for (const env of next.environments) {
        const n = blocks.promotion.get(env.name) ?? 0;
        if (n > 0 && env.promoteFrom) {
            next.relaxed.push(`${env.name}.promote-from turned off: it would have blocked ${of(n)}`);
            env.why += `; promote-from: ${env.promoteFrom} left out (history skipped it in ${n} pushes)`;
            env.promoteFrom = undefined;
        }
    }
    return next;
}
const SCHEMA_LINE = '# yaml-language-server: $schema=./node_modules/gitops-action/schema/gitops.schema.json';
/** The policy as YAML, each choice with its reason beside it. */
function renderPolicy(draft, header = []) {
    const q = (s) => /^[A-Za-z0-9_.-]+$/.test(s) && !/^(true|false|null|yes|no|on|off)$/i.test(s) ? s : JSON.stringify(s);
    const list = (xs) => `[${xs.map(q).join(', ')}]`;
    const lines = [
        SCHEMA_LINE,
        '# Written by `gitops-action init` from this repository: its branches, tags, manifests and recent',
        '# history. Every choice says why; change what does not fit. Reference: the README, "Configuration".',
        ...header.map((h) => `# ${h}`),
        'admins: []                 # who may change this file (rule policy-change), e.g. [lead@example.com, "github:octocat"]',
        'versioning:',
        `  tag-prefix: ${q(draft.tagPrefix) === '' ? '""' : q(draft.tagPrefix)}            # ${draft.tagWhy}`,
        'environments:',
    ];
    for (const env of draft.environments) {
        lines.push(`  # ${env.name}: ${env.why}`);
        lines.push(`  ${q(env.name)}:`);
        lines.push(`    branches: ${list(env.branches)}`);
        if (env.tags.length > 0)
            lines.push(`    tags: ${list(env.tags)}`);
        if (env.promoteFrom)
            lines.push(`    promote-from: ${q(env.promoteFrom)}     # every commit must have been through ${env.promoteFrom} first`);
    }
    lines.push('rules:');
    lines.push('  skip-deploy: { scope: head }   # "[skip deploy]" in the head commit: checked, not deployed');
    lines.push('  # committers: no allowlist yet; e.g. { allow: ["*@example.com", "github:octocat"], require-signed: false }');
    lines.push('  committers: false');
    lines.push(`  # jira: ${draft.jiraWhy}`);
    lines.push(draft.jira ? `  jira: { projects: ${list(draft.jira.projects)}, scope: each }` : '  jira: false');
    lines.push(`  # destructive: ${draft.destructiveWhy}`);
    lines.push('  destructive:');
    lines.push(`    descriptors: ${list(draft.descriptors)}`);
    lines.push('    allowed-ports: [80, 443]   # a port newly exposed outside the cluster (NodePort, LoadBalancer, hostPort) must be in this list');
    // Written out because a policy file that sets allowed-ports turns internal-ports on: every new app's
    // containerPort 8080 would then block, though nothing outside the cluster can reach it.
    lines.push('    internal-ports: false      # true: new container and in-cluster Service ports must be in allowed-ports too');
    lines.push(`  # branches: ${draft.mergeWhy}; environment branches may not be deleted`);
    lines.push(`  branches: { merge-only: ${list(draft.mergeOnly)}, allow-delete: false }`);
    for (const r of draft.relaxed)
        lines.push(`# relaxed after replaying the history: ${r}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/policy/check.ts
var check = __webpack_require__(8218);
// EXTERNAL MODULE: ./src/git/default-branch.ts
var default_branch = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/jira/key.ts
var key = __webpack_require__(2315);
;// CONCATENATED MODULE: ./src/init/survey.ts



const HISTORY_DEPTH = 50;
/** Reads the branches, tags, tree and recent history: the git edge of `init`. */
function surveyRepository(git, depth = HISTORY_DEPTH) {
    // The remote's HEAD (or init.defaultBranch); never guessed from a name.
    const found = (0,default_branch/* localDefaultBranch */.$N)(git);
    const full = found?.ref;
    const short = found?.name;
    const branches = new Set();
    const tags = [];
    for (const { ref } of git.refs(['refs/heads', 'refs/remotes', 'refs/tags'])) {
        if (ref.startsWith('refs/tags/'))
            tags.push(ref.slice(10));
        else if (ref.startsWith('refs/heads/'))
            branches.add(ref.slice(11));
        else {
            const name = ref.split('/').slice(3).join('/');
            if (name && name !== 'HEAD')
                branches.add(name);
        }
    }
    const tip = full ? git.tryRevParse(full) : git.tryRevParse('HEAD');
    const files = tip ? git.listFiles(tip) : [];
    const yaml = tip ? git.readFiles(tip, (0,manifests/* candidateYaml */.rF)(files)) : new Map();
    return {
        defaultBranch: short ?? git.currentBranch(),
        branches: [...branches].sort(),
        tags,
        manifests: (0,manifests/* detectManifests */.E7)(files, yaml),
        history: tip ? surveyHistory(git, tip, depth) : emptyHistory(),
    };
}
function emptyHistory() {
    return { firstParent: 0, merges: 0, squashSubjects: 0, withJiraKey: 0, nonMergeCommits: 0, jiraProjects: [] };
}
/** The first-parent line, newest first, as `[sha, ...parents]` (one `git rev-list`). */
function firstParentLine(git, tip, depth) {
    return git.revList([tip], ['--first-parent', '--parents', `--max-count=${depth}`]).map((l) => l.split(' '));
}
/** One `git rev-list` for the first-parent line, one `git log` for everything it brought in. */
function surveyHistory(git, tip, depth) {
    const line = firstParentLine(git, tip, depth);
    const oldestParent = line[line.length - 1]?.[1];
    const all = git.log(oldestParent ? [tip, `^${oldestParent}`] : [tip]);
    const bySha = new Map(all.map((c) => [c.sha, c]));
    const survey = emptyHistory();
    survey.firstParent = line.length;
    for (const [sha, ...parents] of line) {
        if (parents.length > 1)
            survey.merges++;
        else if (/\(#\d+\)\s*$/.test(bySha.get(sha)?.subject ?? ''))
            survey.squashSubjects++;
    }
    const projects = new Map();
    for (const c of all) {
        if (c.parents.length > 1)
            continue;
        survey.nonMergeCommits++;
        const keys = (0,key/* findJiraKeys */.om)(c.message);
        if (keys.length > 0)
            survey.withJiraKey++;
        for (const k of keys) {
            const p = k.slice(0, k.lastIndexOf('-'));
            projects.set(p, (projects.get(p) ?? 0) + 1);
        }
    }
    survey.jiraProjects = [...projects.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
    return survey;
}

;// CONCATENATED MODULE: ./src/init/replay.ts


/**
 * Checks each of the last `depth` first-parent commits of `branch` as its own push
 * (`parent..commit`), under `config`, without going online: what the policy would have said to
 * this repository's own recent work.
 */
async function replayHistory(git, config, branch, depth) {
    const tip = git.tryRevParse(`refs/heads/${branch}`) ?? git.tryRevParse(`refs/remotes/origin/${branch}`);
    if (!tip)
        return [];
    const pushes = [];
    for (const [sha, from] of firstParentLine(git, tip, depth)) {
        if (!sha || !from)
            continue;
        const result = await (0,check/* runCheck */.k)({ git, config, ref: `refs/heads/${branch}`, from, to: sha, mode: 'full' });
        pushes.push({
            sha,
            subject: result.commits.find((c) => c.sha === sha)?.subject ?? '',
            decision: result.decision,
            errors: result.findings.filter((f) => f.severity === 'error'),
        });
    }
    return pushes;
}
/** Which rule blocked how many pushes (a push counts once per rule). */
function countBlocks(pushes, environmentOf) {
    const blocks = { jira: 0, mergeOnly: 0, promotion: new Map(), committers: 0, destructive: 0, total: 0 };
    for (const p of pushes) {
        if (p.decision !== 'block')
            continue;
        blocks.total++;
        const rules = new Set(p.errors.map((f) => ruleKey(f)));
        if (rules.has('jira'))
            blocks.jira++;
        if (rules.has('merge-only'))
            blocks.mergeOnly++;
        if (rules.has('committers'))
            blocks.committers++;
        if (rules.has('destructive'))
            blocks.destructive++;
        if (rules.has('promotion')) {
            const env = environmentOf(p);
            blocks.promotion.set(env, (blocks.promotion.get(env) ?? 0) + 1);
        }
    }
    return blocks;
}
/** Promotion has a rule of its own; the branches rule speaks for merge-only and deletions, told apart by what they say. */
function ruleKey(f) {
    if (f.rule === 'promote-from')
        return 'promotion';
    if (f.rule !== 'branches')
        return f.rule;
    return / has not been through /.test(f.message)
        ? 'promotion'
        : / direct commit /.test(f.message)
            ? 'merge-only'
            : 'branches';
}
/** "why" for a report: each blocking rule with its count. */
function blockReasons(pushes) {
    const reasons = new Map();
    for (const p of pushes) {
        for (const rule of new Set(p.errors.map((f) => (f.rule === 'destructive' && f.kind ? `destructive/${f.kind}` : ruleKey(f))))) {
            reasons.set(rule, (reasons.get(rule) ?? 0) + 1);
        }
    }
    return reasons;
}

// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(610);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/repo.ts
var repo = __webpack_require__(9912);
;// CONCATENATED MODULE: ./src/cli/init.ts












const spec = {
    name: 'init',
    summary: 'a starter .gitops.yml fitted to this repository (branches, tags, manifests, history), and hook lines',
    options: {
        husky: {
            type: 'boolean',
            description: 'also write .husky/pre-push and .husky/commit-msg, and "prepare": "husky" in package.json',
        },
        'dry-run': { type: 'boolean', description: 'print the policy it would write, and write nothing' },
    },
    examples: [
        'gitops-action init --dry-run              # read the proposed policy first',
        'gitops-action init --husky                # write .gitops.yml and the husky hooks',
    ],
    notes: [
        `init reads the branches and tags (main only; develop and release/*; qa, staging, prod), where the manifests are, whether pull requests are merged or squashed, and whether commits name Jira keys. It then checks the last ${HISTORY_DEPTH} first-parent commits of each environment branch with the proposed policy and turns off what would have blocked them, saying so in the file. It never overwrites a file you wrote; running it twice changes nothing.`,
    ],
};
/**
 * Put before the hook's command: node starts without NODE_EXTRA_CA_CERTS, which it would parse at
 * every start (~70 ms), and gets the file under another name for the rare online check (src/jira/ca.ts).
 */
// biome-ignore lint/suspicious/noTemplateCurlyInString: shell text, expanded by sh
const HOOK_CA_PREFIX = 'GITOPS_ACTION_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS-}" NODE_EXTRA_CA_CERTS=';
/**
 * The one-line hooks, in husky v9's layout (no shebang, no husky.sh sourcing). husky v9 puts
 * node_modules/.bin on PATH, so no `npx` (which would add its own start-up to every push).
 */
const HUSKY_HOOKS = {
    'pre-push': `${HOOK_CA_PREFIX} gitops-action pre-push "$@"\n`,
    'commit-msg': `${HOOK_CA_PREFIX} gitops-action commit-msg "$1"\n`,
};
const init = async (argv, io) => {
    const parsed = (0,options/* parseCommand */.RM)(spec, argv, io.stdout);
    if (!parsed)
        return main/* EXIT */.dc.ok;
    const args = parsed.values;
    const git = (0,repo/* openRepository */.h)(io.cwd);
    const top = git.topLevel();
    const { text, summary } = await fittedPolicy(git);
    if (args['dry-run']) {
        io.stdout.write(text);
        for (const line of summary)
            io.stderr.write(`${line}\n`);
        return main/* EXIT */.dc.ok;
    }
    const say = (line) => io.stdout.write(`${line}\n`);
    for (const line of summary)
        say(line);
    writeOnce((0,external_node_path_.join)(top, '.gitops.yml'), text, '.gitops.yml', say);
    if (args.husky) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(top, '.husky'), { recursive: true });
        let added = false;
        for (const [hook, line] of Object.entries(HUSKY_HOOKS)) {
            const path = (0,external_node_path_.join)(top, '.husky', hook);
            if (!(0,external_node_fs_.existsSync)(path)) {
                (0,external_node_fs_.writeFileSync)(path, line, { mode: 0o755 });
                added = true;
                say(`created .husky/${hook}: ${line.trim()}`);
            }
            else if ((0,external_node_fs_.readFileSync)(path, 'utf8').includes(`gitops-action ${hook}`)) {
                say(`.husky/${hook} already runs gitops-action; left as it is`);
            }
            else {
                say(`.husky/${hook} exists and was written by someone else; left as it is. Add this line to it yourself:\n  ${line.trim()}`);
            }
        }
        if (added)
            say(addPrepareScript(top));
        say(activateHusky(top));
    }
    else {
        say('Hooks: run `gitops-action init --husky` for husky, or point core.hooksPath at node_modules/gitops-action/hooks.');
    }
    return main/* EXIT */.dc.ok;
};
init.spec = spec;
/** The drafted policy, relaxed until the repository's own recent history passes it. */
async function fittedPolicy(git) {
    const survey = git.tryRevParse('HEAD') || git.refs(['refs/heads', 'refs/remotes']).length > 0
        ? surveyRepository(git)
        : emptySurvey(git);
    let draft = draftPolicy(survey);
    const summary = [];
    let pushes = await replay(git, draft);
    if (pushes.length > 0) {
        const blocks = countBlocks(pushes, (p) => envOf(draft, p));
        draft = relax(draft, blocks, pushes.length);
        if (draft.relaxed.length > 0)
            pushes = await replay(git, draft);
    }
    const blocked = pushes.filter((p) => p.decision === 'block');
    const header = [];
    if (pushes.length > 0) {
        const reasons = [...blockReasons(blocked).entries()].map(([r, n]) => `${r} ${n}`).join(', ');
        header.push(`Checked against the last ${(0,style/* plural */.LS)(pushes.length, 'push', 'pushes')} to its environment branches: ${blocked.length} would block${reasons ? ` (${reasons})` : ''}.`);
    }
    summary.push(...header.map((h) => `init: ${h}`));
    for (const r of draft.relaxed)
        summary.push(`init: ${r}`);
    return { text: renderPolicy(draft, header), summary, draft };
}
/** Each environment's exact branches, each replayed as the pushes that built it. */
async function replay(git, draft) {
    const config = (0,resolve/* resolveConfig */.p)((0,parse.parseConfig)(renderPolicy(draft), '.gitops.yml (proposed)'), 'proposed', '.gitops.yml');
    const out = [];
    for (const env of draft.environments) {
        for (const branch of env.branches) {
            if (branch.includes('*'))
                continue;
            for (const p of await replayHistory(git, config, branch, HISTORY_DEPTH))
                out.push({ ...p, environment: env.name });
        }
    }
    return out;
}
function envOf(_draft, p) {
    return p.environment;
}
function emptySurvey(git) {
    return {
        defaultBranch: git.currentBranch(),
        branches: [],
        tags: [],
        manifests: { kustomizeRoots: [], charts: [], plainFolders: [], roots: [], globs: [] },
        history: { firstParent: 0, merges: 0, squashSubjects: 0, withJiraKey: 0, nonMergeCommits: 0, jiraProjects: [] },
    };
}
/**
 * Teammates get the hooks only through `npm install`: husky's own setup (`"prepare": "husky"`).
 * An existing prepare script keeps running first.
 */
function addPrepareScript(top) {
    const path = (0,external_node_path_.join)(top, 'package.json');
    if (!(0,external_node_fs_.existsSync)(path)) {
        return 'No package.json here: teammates must run `npx husky` once (or add "prepare": "husky" to the package.json that installs gitops-action).';
    }
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    const pkg = JSON.parse(text);
    const prepare = pkg.scripts?.prepare;
    if (prepare && /\bhusky\b/.test(prepare))
        return `package.json already runs husky on install ("prepare": ${JSON.stringify(prepare)})`;
    pkg.scripts = { ...(pkg.scripts ?? {}), prepare: prepare ? `${prepare} && husky` : 'husky' };
    const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(pkg, null, indent)}${text.endsWith('\n') ? '\n' : ''}`);
    return `package.json: "prepare": ${JSON.stringify(pkg.scripts.prepare)}, so npm install sets the hooks up for every clone`;
}
/** Runs husky once here (what npm install will do for teammates), when it is installed. */
function activateHusky(top) {
    const bin = (0,external_node_path_.join)(top, 'node_modules', 'husky', 'bin.js');
    if (!(0,external_node_fs_.existsSync)(bin))
        return 'Run `npm i -D husky` and then `npx husky` once, so git uses .husky/.';
    try {
        (0,external_node_child_process_.execFileSync)(process.execPath, [bin], { cwd: top, stdio: 'pipe' });
        return 'ran husky: git now runs .husky/ hooks in this clone';
    }
    catch (err) {
        return `husky did not run (${err.message.split('\n')[0]}); run \`npx husky\` yourself`;
    }
}
function writeOnce(path, content, name, say) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        (0,external_node_fs_.writeFileSync)(path, content);
        say(`created ${name}, fitted to this repository (read it: every choice says why)`);
    }
    else if ((0,external_node_fs_.readFileSync)(path, 'utf8') === content) {
        say(`${name} is already this policy; left as it is`);
    }
    else {
        say(`${name} exists; left as it is (init never overwrites a file you wrote; --dry-run prints the proposal)`);
    }
}


/***/ }),

/***/ 1791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   by: () => (/* binding */ useColor),
/* harmony export */   iF: () => (/* binding */ style),
/* harmony export */   kJ: () => (/* binding */ terminalSafe)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Whether to colour, by the rules other CLIs follow, in this order:
 * - `NO_COLOR` set and not empty: never (https://no-color.org);
 * - `FORCE_COLOR`: `0` or `false` turns colour off, any other value (empty included) on, as Node
 *   and chalk read it;
 * - `TERM=dumb`: a terminal that cannot show escape sequences;
 * - otherwise only on a TTY.
 */
function useColor(stream = process.stdout, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined)
        return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
/**
 * Node's own `util.styleText` does the escape codes. It is told not to look at the stream itself
 * (`validateStream: false`): the door decided with `useColor`, which also reads `FORCE_COLOR=0`
 * and `TERM=dumb`, and which stream (stdout or stderr) is the one written to.
 */
const paint = (format) => (s) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(format, s, { validateStream: false });
function style(color) {
    if (!color) {
        const id = (s) => s;
        return { red: id, yellow: id, green: id, dim: id, bold: id };
    }
    return { red: paint('red'), yellow: paint('yellow'), green: paint('green'), dim: paint('dim'), bold: paint('bold') };
}
/**
 * Commit text is untrusted: an escape sequence in a subject must not repaint the user's terminal.
 * Control characters (but tab) are shown as `\xNN`.
 */
function terminalSafe(text) {
    return text.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** "1 commit", "2 commits", "0 errors": counts as people write them. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ })

};
;