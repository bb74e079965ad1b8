"use strict";
exports.id = 875;
exports.ids = [875];
exports.modules = {

/***/ 7875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/check.ts
var check = __webpack_require__(8218);
// EXTERNAL MODULE: ./src/record/git-store.ts
var git_store = __webpack_require__(2713);
// EXTERNAL MODULE: ./src/report/plan.ts
var report_plan = __webpack_require__(1307);
// EXTERNAL MODULE: ./src/report/style.ts
var style = __webpack_require__(1791);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/rollback/guard.ts


/**
 * When a rollback must not be written without an explicit acceptance, and why. Pure.
 *
 * - The rollback's own plan has error findings: returning to the target is itself destructive
 *   (a service the target lacks is removed, a port closes, a version goes down). The gate would
 *   block the rollback's push just the same, so the refusal comes first, with the same words.
 * - A migration changed since the target (a file matching MIGRATION_GLOBS in `target..HEAD`):
 *   the database moved forward, and descriptors from before it would run code against a schema it
 *   does not know. git cannot tell a reversible migration from one that is not.
 *
 * `--allow-destructive KINDS` accepts them, in git, the way the policy does: the kinds go into an
 * `Allow-Destructive:` trailer on the rollback commit (`migration` for the second reason).
 */
const MIGRATION_GLOBS = ['migrations/**', '**/migrations/**', '**/*.migration.sql', 'db/migrate/**'];
const MIGRATION_KIND = 'migration';
function refusals(input) {
    const out = [];
    for (const f of input.plan.findings) {
        if (f.severity !== 'error')
            continue;
        const kind = f.kind ?? f.rule;
        if (input.accepted.has(kind))
            continue;
        out.push({ kind, message: f.message, acceptable: types/* DESTRUCTIVE_KINDS */.x.includes(kind) });
    }
    if (!input.accepted.has(MIGRATION_KIND)) {
        const isMigration = picomatch_default()(MIGRATION_GLOBS, { dot: true });
        const migrations = input.changedSinceTarget.filter((p) => isMigration(p));
        if (migrations.length > 0) {
            const shown = migrations.slice(0, 5).join(', ') + (migrations.length > 5 ? `, and ${migrations.length - 5} more` : '');
            out.push({
                kind: MIGRATION_KIND,
                message: `a migration changed since the target (${shown}): the descriptors it returns to predate that schema`,
                acceptable: true,
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/rollback/message.ts


const label = (d) => `${d.sha.slice(0, 7)}${d.version ? ` (${d.version})` : ''}`;
function rollbackMessage(m) {
    const { current, target } = m.targets;
    const subject = `${m.jiraKey ? `${m.jiraKey}: ` : ''}roll back ${m.environment} to ${label(target)}`;
    const body = [
        `The ${current.status === 'failure' ? 'failed ' : ''}deploy of ${label(current)} to ${m.environment} (${current.at}) is rolled back:`,
        `the descriptors (${m.globs.join(', ')}) return to ${label(target)}, deployed successfully at ${target.at}.`,
        'Everything else stays as it is.',
    ];
    const trailers = [`Rollback-Of: ${current.sha}`, `Rollback-To: ${target.sha}`];
    if (m.accepted.length > 0)
        trailers.push(`Allow-Destructive: ${m.accepted.join(', ')}`);
    return `${subject}\n\n${body.join('\n')}\n\n${trailers.join('\n')}\n`;
}
function pullRequestBody(m, plan, planText) {
    const { current, target } = m.targets;
    return [
        `## Roll back ${(0,markdown/* escapeMarkdown */.F)(m.environment)} to \`${target.sha.slice(0, 12)}\``,
        '',
        `- Rolls back: \`${current.sha.slice(0, 12)}\`${current.version ? ` (${(0,markdown/* escapeMarkdown */.F)(current.version)})` : ''}, ${current.status} at ${current.at}`,
        `- Returns to: \`${target.sha.slice(0, 12)}\`${target.version ? ` (${(0,markdown/* escapeMarkdown */.F)(target.version)})` : ''}, deployed at ${target.at}`,
        `- Jira: ${m.jiraKey ?? 'none found in the rolled-back commits'}`,
        m.accepted.length > 0
            ? `- Accepted: \`Allow-Destructive: ${m.accepted.join(', ')}\``
            : '- Accepted: nothing destructive',
        '',
        `${(0,report_plan/* planSummaryLine */.uK)(plan)}`,
        '',
        '```',
        planText.replace(/```/g, "'''").trimEnd(),
        '```',
        '',
        'Written by `gitops-action rollback`. Merging this deploys it; the deploy is recorded as a rollback (`Rollback-Of:`).',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/descriptors/plan.ts + 12 modules
var descriptors_plan = __webpack_require__(1322);
// EXTERNAL MODULE: ./src/descriptors/read.ts + 4 modules
var read = __webpack_require__(2356);
// EXTERNAL MODULE: ./src/jira/key.ts
var key = __webpack_require__(2315);
;// CONCATENATED MODULE: ./src/rollback/target.ts

function pickTargets(environment, history, to) {
    const current = history[0];
    if (!current) {
        throw new errors/* UsageError */.e(`no deploy of ${environment} is recorded, so there is nothing to roll back`, 'The record is refs/deploy-log/<env>: fetch it (git fetch origin "refs/deploy-log/*:refs/deploy-log/*") or record deploys with gitops-action record.');
    }
    const earlier = history.slice(1).filter((d) => d.status === 'success' && d.sha !== current.sha);
    if (to) {
        const byVersion = (v) => v === to.text || v === to.text.replace(/^v/, '') || `v${v}` === to.text;
        const target = history.find((d) => d.status === 'success' && d.version !== undefined && byVersion(d.version)) ??
            history.find((d) => d.status === 'success' && to.sha !== undefined && d.sha === to.sha);
        if (!target) {
            throw new errors/* UsageError */.e(`${JSON.stringify(to.text)} never deployed successfully to ${environment}`, 'Name a version or commit from the record (gitops-action status --env NAME --history), or leave out --to for the last good deploy.');
        }
        if (target.sha === current.sha) {
            throw new errors/* UsageError */.e(`${environment} already runs ${current.sha.slice(0, 7)}; there is nothing to roll back`);
        }
        return { current, target };
    }
    const target = earlier[0];
    if (!target) {
        throw new errors/* UsageError */.e(`no successful deploy of ${environment} before ${current.sha.slice(0, 7)} is recorded`, 'A rollback returns to a deploy that succeeded; with none recorded, revert the change instead.');
    }
    return { current, target };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/rollback/write.ts




/**
 * Writes the rollback's tree with git's plumbing, in a private index, so the user's index and
 * work tree are never half-changed: the base's tree, with the target's descriptor blobs put back
 * and the descriptors the target lacks removed. The tree exists before any commit does, so the
 * rollback's plan reads exactly what the commit will hold (rendered, where the policy says so).
 */
function writeRollbackTree(git, base, put, remove) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gitops-rollback-'));
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
    try {
        git.execGit(['read-tree', base], { env });
        const zero = git.zeroSha();
        const lines = [...put.map((e) => `${e.mode} ${e.id}\t${e.path}`), ...remove.map((path) => `0 ${zero}\t${path}`)];
        git.execGit(['update-index', '-z', '--index-info'], { env, input: `${lines.join('\0')}\0` });
        return git.execGit(['write-tree'], { env }).stdout.toString('utf8').trim();
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/**
 * Commits the prepared tree on the base. Then either the current branch moves to it
 * (`merge --ff-only`, which updates the work tree and refuses to overwrite local changes) or a
 * new branch points at it.
 */
function writeRollbackCommit(git, r) {
    return git
        .execGit(['commit-tree', r.tree, '-p', r.base, '-F', '-'], { input: r.message })
        .stdout.toString('utf8')
        .trim();
}
/** Moves the checked-out branch (or detached HEAD) onto the rollback commit. */
function advanceHead(git, commit) {
    const r = git.execGit(['merge', '--ff-only', '--quiet', commit], { allowFail: true });
    if (r.status !== 0) {
        throw new errors/* UsageError */.e(`git could not move HEAD to the rollback commit ${commit.slice(0, 7)}: ${r.stderr.split('\n')[0]}`, 'Commit or stash local changes to the descriptors, or use --branch NAME to write the rollback on a new branch.');
    }
}
function createBranch(git, name, commit) {
    const valid = git.execGit(['check-ref-format', '--branch', name], { allowFail: true });
    if (valid.status !== 0) {
        throw new errors/* UsageError */.e(`--branch ${JSON.stringify(name)} is not a valid branch name`, 'For example: --branch rollback/production.');
    }
    if (git.tryRevParse(`refs/heads/${name}`)) {
        throw new errors/* UsageError */.e(`a branch named ${name} already exists`, 'Choose another name, or delete the old branch first.');
    }
    git.execGit(['branch', '--end-of-options', name, commit]);
}

;// CONCATENATED MODULE: ./src/rollback/prepare.ts











async function prepareRollback(req) {
    const { git } = req;
    for (const kind of req.accept) {
        if (kind !== MIGRATION_KIND && !types/* DESTRUCTIVE_KINDS */.x.includes(kind)) {
            throw new errors/* UsageError */.e(`--allow-destructive: "${kind}" is not a kind`, `Kinds: ${[...types/* DESTRUCTIVE_KINDS */.x, MIGRATION_KIND].join(', ')}.`);
        }
    }
    const history = await req.reader.history(req.environment);
    const toSha = req.to !== undefined ? git.tryRevParse(req.to) : undefined;
    const targets = pickTargets(req.environment, history, req.to !== undefined ? { text: req.to, sha: toSha } : undefined);
    const base = git.revParse('HEAD');
    git.assumeCommit(targets.target.sha);
    if (!git.tryRevParse(targets.target.sha)) {
        throw new errors/* UsageError */.e(`the target ${targets.target.sha.slice(0, 7)} is not in this clone`, 'Fetch the full history (git fetch --unshallow) and run the rollback again.');
    }
    const env = req.config.environments[req.environment];
    const rules = env?.rules ?? req.config.rules;
    const destructive = rules.destructive || {
        ...defaults/* RULE_DEFAULTS */.k.destructive,
        descriptors: [...defaults/* RULE_DEFAULTS */.k.destructive.descriptors],
    };
    const globs = destructive.descriptors;
    const isDescriptor = picomatch_default()(globs, { dot: true });
    const atTarget = treeEntries(git, targets.target.sha).filter((e) => isDescriptor(e.path));
    const atBase = treeEntries(git, base).filter((e) => isDescriptor(e.path));
    const baseById = new Map(atBase.map((e) => [e.path, e]));
    const targetPaths = new Set(atTarget.map((e) => e.path));
    const put = atTarget.filter((e) => {
        const now = baseById.get(e.path);
        return !now || now.id !== e.id || now.mode !== e.mode;
    });
    const remove = atBase.filter((e) => !targetPaths.has(e.path)).map((e) => e.path);
    if (put.length === 0 && remove.length === 0) {
        throw new errors/* UsageError */.e(`the descriptors at ${base.slice(0, 7)} already match ${targets.target.sha.slice(0, 7)}: nothing to roll back`, 'Deploy this commit as it is, or name another deploy with --to.');
    }
    const tree = writeRollbackTree(git, base, put, remove);
    const accepted = new Map();
    for (const kind of req.accept)
        if (kind !== MIGRATION_KIND)
            accepted.set(kind, 'this rollback');
    // The plan of HEAD → the rollback's tree, read as `plan` and `check` read a range: rendered
    // where the policy says `render:`, with the kustomization and chart files that decide targets.
    // A trusted read (untrustedHead false): the tree is HEAD's, with blobs from a deploy of this
    // repository, and the policy is the default branch's.
    const plan = (0,descriptors_plan.planRead)((0,read.readDescriptorInput)(git, destructive, base, tree, false), destructive, accepted);
    const changedSinceTarget = git.changedFiles(targets.target.sha, base);
    const refused = refusals({ plan, changedSinceTarget, accepted: new Set(req.accept) });
    let jiraKey = req.jiraKey;
    if (!jiraKey) {
        const projects = rules.jira ? rules.jira.projects : undefined;
        const commits = git.log([targets.current.sha, `^${targets.target.sha}`], { maxCount: 500 });
        // The head of the rolled-back deploy first: its key names the change that failed.
        for (const c of commits) {
            jiraKey = (0,key/* findJiraKeys */.om)(c.message, projects)[0];
            if (jiraKey)
                break;
        }
    }
    const message = rollbackMessage({ environment: req.environment, targets, jiraKey, globs, accepted: req.accept });
    return { targets, base, globs, put, remove, tree, plan, refusals: refused, jiraKey, message };
}
/** `git ls-tree -r -z`: mode, blob id and path of every file at `rev`. */
function treeEntries(git, rev) {
    const out = git.execGit(['ls-tree', '-r', '-z', '--full-tree', rev]).stdout.toString('utf8');
    const entries = [];
    for (const line of out.split('\0')) {
        if (!line)
            continue;
        const tab = line.indexOf('\t');
        const [mode, type, id] = line.slice(0, tab).split(' ');
        if (type !== 'blob')
            continue;
        entries.push({ mode: mode, id: id, path: line.slice(tab + 1) });
    }
    return entries;
}

// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(610);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/repo.ts
var repo = __webpack_require__(9912);
;// CONCATENATED MODULE: ./src/cli/rollback.ts














const spec = {
    name: 'rollback',
    summary: "return an environment's descriptors to its last good deploy, as a git commit",
    options: {
        env: { type: 'string', value: 'NAME', description: 'the environment to roll back (required)' },
        to: {
            type: 'string',
            value: 'VERSION|SHA',
            description: 'the deploy to return to: a version or commit the record shows deployed successfully',
            defaultText: 'the newest success before the current deploy',
        },
        branch: {
            type: 'string',
            value: 'NAME',
            description: 'write the commit on a new branch NAME and print a pull request body, instead of committing on the checked-out branch',
        },
        'pr-body': {
            type: 'string',
            value: 'FILE',
            description: 'with --branch, write the pull request body to FILE instead of printing it',
        },
        jira: {
            type: 'string',
            value: 'KEY',
            description: 'the Jira key for the subject',
            defaultText: 'the first key in the rolled-back commits, newest first',
        },
        'allow-destructive': {
            type: 'string',
            value: 'KINDS',
            description: 'accept what the rollback would otherwise be refused for (comma-separated: service-removed, version-downgrade, port-opened, firewall-widened, firewall-narrowed, limits-exceeded, healthcheck-removed, migration); written to the commit as an Allow-Destructive: trailer, which the policy checks',
        },
        config: {
            type: 'string',
            value: 'FILE',
            description: 'a policy file on disk, as it stands',
            defaultText: '.gitops.yml from the default branch',
        },
        'dry-run': { type: 'boolean', description: 'show the plan and the commit message; write nothing' },
    },
    examples: [
        'gitops-action rollback --env production --dry-run',
        'gitops-action rollback --env production --to v1.4.2 --branch rollback/production --pr-body pr.md',
    ],
    notes: [
        "The commit changes only the files under rules.destructive.descriptors, written from the target's tree, on top of HEAD (run it on the environment's branch). It carries the failed deploy's Jira key, a Rollback-Of: <sha> trailer (the record and `metrics` count the deploy as a restore) and Rollback-To:.",
        "It is refused (exit 1), saying why, when the rollback's own plan has destructive errors or a migration (migrations/**) changed since the target, unless --allow-destructive names them. See docs/rollback.md.",
    ],
};
const run = async (argv, io) => {
    const parsed = (0,options/* parseCommand */.RM)(spec, argv, io.stdout);
    if (!parsed)
        return main/* EXIT */.dc.ok;
    const values = parsed.values;
    if (!values.env)
        throw new errors/* UsageError */.e('rollback needs --env NAME', 'Name the environment to roll back: --env production.');
    (0,git_store/* assertEnvironmentName */.vC)(values.env);
    if (values['pr-body'] && !values.branch) {
        throw new errors/* UsageError */.e('--pr-body goes with --branch', 'A pull request body is written for a rollback branch: add --branch NAME.');
    }
    const git = (0,repo/* openRepository */.h)(io.cwd);
    const config = await (0,check/* loadTrustedConfig */.C)({ git, configPath: values.config });
    const accept = (values['allow-destructive'] ?? '')
        .split(',')
        .map((k) => k.trim().toLowerCase())
        .filter(Boolean);
    const r = await prepareRollback({
        git,
        config,
        environment: values.env,
        reader: (0,git_store/* gitRecordReader */.j5)(git),
        to: values.to,
        jiraKey: values.jira,
        accept,
    });
    const { current, target } = r.targets;
    const out = io.stdout;
    out.write(`Rollback of ${values.env}: ${current.sha.slice(0, 7)} (${current.status} at ${current.at}) -> ${target.sha.slice(0, 7)}${target.version ? ` (${(0,style/* terminalSafe */.kJ)(target.version)})` : ''} (deployed ${target.at})\n\n`);
    const planText = (0,report_plan/* renderPlanText */.$D)(r.plan, { color: (0,style/* useColor */.by)(io.stdout, io.env) });
    out.write(`${planText.trimEnd()}\n\n`);
    if (r.refusals.length > 0) {
        io.stderr.write(`gitops-action: rollback refused:\n`);
        for (const f of r.refusals)
            io.stderr.write(`  - ${f.kind}: ${(0,style/* terminalSafe */.kJ)(f.message)}\n`);
        const kinds = [...new Set(r.refusals.filter((f) => f.acceptable).map((f) => f.kind))].join(',');
        if (kinds) {
            io.stderr.write(`  fix: roll back to a newer deploy (--to), or accept it in git: --allow-destructive ${kinds}${kinds.includes(MIGRATION_KIND) ? ' (only once the migration is known to be backward compatible)' : ''}\n`);
        }
        if (r.refusals.some((f) => !f.acceptable)) {
            io.stderr.write('  fix: the descriptors (or the render) cannot be read as they are; run gitops-action plan --from HEAD --to <target> to see the hints, and fix them first\n');
        }
        return main/* EXIT */.dc.blocked;
    }
    if (!r.jiraKey) {
        io.stderr.write('gitops-action: warning: no Jira key found in the rolled-back commits; give one with --jira KEY if the policy needs it\n');
    }
    out.write(`${values['dry-run'] ? 'Would commit' : 'Commit'}:\n${indent(r.message)}\n`);
    if (values['dry-run'])
        return main/* EXIT */.dc.ok;
    const commit = writeRollbackCommit(git, r);
    if (values.branch) {
        createBranch(git, values.branch, commit);
        const body = pullRequestBody({ environment: values.env, targets: r.targets, jiraKey: r.jiraKey, globs: r.globs, accepted: accept }, r.plan, (0,report_plan/* renderPlanText */.$D)(r.plan, { color: false }));
        if (values['pr-body']) {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, values['pr-body']), body);
            out.write(`Wrote branch ${values.branch} at ${commit.slice(0, 7)}, and the pull request body to ${values['pr-body']}.\n`);
        }
        else {
            out.write(`Wrote branch ${values.branch} at ${commit.slice(0, 7)}. Pull request body:\n\n${body}`);
        }
        return main/* EXIT */.dc.ok;
    }
    advanceHead(git, commit);
    out.write(`Committed ${commit.slice(0, 7)} on ${git.currentBranch() ?? 'HEAD'}. Push it to deploy the rollback.\n`);
    return main/* EXIT */.dc.ok;
};
run.spec = spec;
function indent(text) {
    return text
        .trimEnd()
        .split('\n')
        .map((l) => `    ${(0,style/* terminalSafe */.kJ)(l)}`)
        .join('\n');
}


/***/ }),

/***/ 2713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ DEPLOYED_PREFIX),
/* harmony export */   cK: () => (/* binding */ LOG_PREFIX),
/* harmony export */   hd: () => (/* binding */ recordedEnvironments),
/* harmony export */   j5: () => (/* binding */ gitRecordReader),
/* harmony export */   tN: () => (/* binding */ writeDeploy),
/* harmony export */   vC: () => (/* binding */ assertEnvironmentName),
/* harmony export */   x6: () => (/* binding */ readLog)
/* harmony export */ });
/* unused harmony exports formatRecordMessage, parseRecordMessage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);


/**
 * The deploy record kept in git itself, for hosts other than GitHub and for the CLI:
 *
 * - `refs/deployments/<env>` points at the commit last deployed successfully. It moves only
 *   after a success, so `git log refs/deployments/production` is what production runs.
 * - `refs/deploy-log/<env>` is a chain of record commits (empty tree, one per deploy, success or
 *   failure), newest first, whose messages hold the record as trailers and whose committer date
 *   is the deploy's time. `git log refs/deploy-log/production` is the history.
 *
 * Both are plain refs: `git push origin 'refs/deployments/*' 'refs/deploy-log/*'` shares them.
 */
const DEPLOYED_PREFIX = 'refs/deployments/';
const LOG_PREFIX = 'refs/deploy-log/';
/** Environment names become ref names: a conservative subset of what git allows. */
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const RECORDER = { name: 'gitops-action', email: 'gitops-action@localhost' };
function assertEnvironmentName(env) {
    if (!ENV_NAME.test(env) || env.includes('..') || env.endsWith('.lock') || env.endsWith('.')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`"${env}" cannot name a deploy record`, 'Environment names in the record use letters, digits, ".", "_" and "-".');
    }
}
/** One line, no control characters: record fields are written into a commit message. */
function oneLine(text) {
    return text
        .replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, ' ')
        .trim()
        .slice(0, 500);
}
function formatRecordMessage(d) {
    const lines = [
        `deploy: ${d.environment} ${d.status} ${d.sha.slice(0, 12)}`,
        '',
        `Environment: ${d.environment}`,
        `Deployed-Sha: ${d.sha}`,
        `Status: ${d.status}`,
        `Deployed-At: ${d.at}`,
    ];
    if (d.by)
        lines.push(`Deployed-By: ${oneLine(d.by)}`);
    if (d.version)
        lines.push(`Version: ${oneLine(d.version)}`);
    if (d.rollbackOf)
        lines.push(`Rollback-Of: ${oneLine(d.rollbackOf)}`);
    if (d.url)
        lines.push(`Run-Url: ${oneLine(d.url)}`);
    return `${lines.join('\n')}\n`;
}
/** Reads a record commit's message; undefined when it is not one of ours. */
function parseRecordMessage(message, id) {
    const fields = new Map();
    for (const line of message.split('\n')) {
        const m = /^([A-Za-z-]+): (.*)$/.exec(line);
        if (m)
            fields.set(m[1].toLowerCase(), m[2]);
    }
    const environment = fields.get('environment');
    const sha = fields.get('deployed-sha');
    const status = fields.get('status');
    const at = fields.get('deployed-at');
    if (!environment || !sha || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) || !at)
        return undefined;
    if (status !== 'success' && status !== 'failure')
        return undefined;
    const deploy = { environment, sha, status, at, source: 'git-ref' };
    if (id)
        deploy.id = id;
    const by = fields.get('deployed-by');
    if (by)
        deploy.by = by;
    const version = fields.get('version');
    if (version)
        deploy.version = version;
    const rollbackOf = fields.get('rollback-of');
    if (rollbackOf)
        deploy.rollbackOf = rollbackOf;
    const url = fields.get('run-url');
    if (url)
        deploy.url = url;
    return deploy;
}
/**
 * Appends a deploy to the environment's log and, on success, moves `refs/deployments/<env>`.
 * Both updates are compare-and-swap, so two recorders racing cannot lose a record silently.
 */
function writeDeploy(git, req) {
    assertEnvironmentName(req.environment);
    const sha = git.revParse(req.sha);
    const at = normaliseTime(req.at ?? new Date().toISOString());
    const logRef = LOG_PREFIX + req.environment;
    const previous = git.tryRevParse(logRef);
    if (previous) {
        const newest = readLog(git, req.environment, { limit: 1 })[0];
        if (newest && newest.sha === sha && newest.status === req.status && newest.rollbackOf === req.rollbackOf) {
            return { deploy: newest, created: false };
        }
    }
    const deploy = { environment: req.environment, sha, status: req.status, at, source: 'git-ref' };
    if (req.by)
        deploy.by = oneLine(req.by);
    if (req.version)
        deploy.version = oneLine(req.version);
    if (req.rollbackOf)
        deploy.rollbackOf = oneLine(req.rollbackOf);
    if (req.url)
        deploy.url = oneLine(req.url);
    const tree = git.execGit(['mktree'], { input: '' }).stdout.toString('utf8').trim();
    const parents = previous ? ['-p', previous] : [];
    const record = git
        .execGit(['commit-tree', tree, ...parents, '-F', '-'], {
        input: formatRecordMessage(deploy),
        env: {
            GIT_AUTHOR_NAME: RECORDER.name,
            GIT_AUTHOR_EMAIL: RECORDER.email,
            GIT_COMMITTER_NAME: RECORDER.name,
            GIT_COMMITTER_EMAIL: RECORDER.email,
            GIT_AUTHOR_DATE: at,
            GIT_COMMITTER_DATE: at,
        },
    })
        .stdout.toString('utf8')
        .trim();
    git.execGit(['update-ref', '-m', 'gitops-action record', logRef, record, previous ?? git.zeroSha()]);
    if (req.status === 'success') {
        git.execGit(['update-ref', '-m', 'gitops-action record', DEPLOYED_PREFIX + req.environment, sha]);
    }
    deploy.id = record;
    return { deploy, created: true };
}
/** The environment's deploys, newest first, from `refs/deploy-log/<env>`. */
function readLog(git, environment, options = {}) {
    assertEnvironmentName(environment);
    const logRef = LOG_PREFIX + environment;
    const args = ['log', '-z', '--first-parent', '--format=%H%x00%B'];
    if (options.limit !== undefined)
        args.push(`--max-count=${options.limit}`);
    if (options.since)
        args.push(`--since=${options.since}`);
    args.push(logRef, '--');
    // No rev-parse first: most reads find a record, and only a failed log asks whether it exists.
    // GIT_FLUSH=0: read whole, so git need not write each record on its own (36 → 25 ms for 1,904).
    const result = git.execGit(args, { allowFail: true, env: { GIT_FLUSH: '0' } });
    if (result.status !== 0) {
        if (!git.tryRevParse(logRef))
            return [];
        throw new _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .GitCommandError */ .iR(args, result.stderr);
    }
    const out = result.stdout.toString('utf8');
    const parts = out.split('\x00');
    const deploys = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const id = parts[i].replace(/^\n/, '');
        const d = parseRecordMessage(parts[i + 1], id);
        if (d && d.environment === environment)
            deploys.push(d);
    }
    return deploys;
}
/** Environments that have a record in this repository. */
function recordedEnvironments(git) {
    const names = new Set();
    for (const r of git.refs([DEPLOYED_PREFIX.slice(0, -1), LOG_PREFIX.slice(0, -1)])) {
        names.add(r.ref.replace(/^refs\/(deployments|deploy-log)\//, ''));
    }
    return [...names].sort();
}
/** The git-ref record as a reader, for the CLI and the hooks. */
function gitRecordReader(git) {
    return {
        async lastSuccess(environment) {
            const newest = readLog(git, environment).find((d) => d.status === 'success');
            if (newest)
                return newest;
            // A bare `refs/deployments/<env>` without a log (written by hand, or by another tool).
            const sha = git.tryRevParse(DEPLOYED_PREFIX + environment);
            return sha ? { environment, sha, status: 'success', at: '', source: 'git-ref' } : undefined;
        },
        async history(environment, options) {
            return readLog(git, environment, options);
        },
        async environments() {
            return recordedEnvironments(git);
        },
    };
}
function normaliseTime(at) {
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`"${at}" is not a time`, 'Give an ISO 8601 time, for example 2026-11-29T17:00:00Z.');
    }
    return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}


/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gL: () => (/* binding */ clipText)
/* harmony export */ });
/* unused harmony exports SUMMARY_MAX_BYTES, COMMENT_MAX_CHARS, fitMarkdown */
/**
 * GitHub's limits on what the Action writes: a step's job summary is at most 1 MiB (a larger one
 * is refused and the step fails to upload it), an issue or pull request comment at most 65,536
 * characters (a larger one is a 422). Untrusted text (a 512k-character email, a million-line
 * commit message) must not turn a report into an error, so every report is fitted before it goes.
 */
const SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const COMMENT_MAX_CHARS = 65_536;
/** A single untrusted value shown in a report: at most `max` characters, marked when cut. */
function clipText(text, max) {
    const s = String(text);
    if (s.length <= max)
        return s;
    // Never split a surrogate pair: the half left behind would render as garbage.
    let end = max - 1;
    const code = s.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${s.slice(0, end)}…`;
}
/**
 * Markdown cut to at most `maxBytes` bytes of UTF-8 (so also at most that many characters), at a
 * line boundary, with any `<details>` left open closed and a last line saying that it was cut and
 * where the whole report is.
 */
function fitMarkdown(markdown, maxBytes, where) {
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
        return markdown;
    const tail = `\n\n_The report was cut here: it is longer than GitHub allows in ${where} (${formatSize(maxBytes)}). The whole report is in the job log._\n`;
    // Room for the tail and for closing every <details> that may be open.
    const budget = maxBytes - Buffer.byteLength(tail, 'utf8') - 64 * '\n</details>'.length;
    let kept = Buffer.from(markdown, 'utf8').subarray(0, Math.max(0, budget)).toString('utf8');
    // A cut inside a multi-byte character decodes to U+FFFD at the end; the line cut below drops it.
    const lastLine = kept.lastIndexOf('\n');
    kept = lastLine >= 0 ? kept.slice(0, lastLine) : '';
    const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
    const closes = '\n</details>'.repeat(Math.min(64, Math.max(0, open)));
    return `${kept}${closes}${tail}`;
}
function formatSize(bytes) {
    return bytes % 1024 === 0 && bytes >= 1024 * 1024
        ? `${bytes / 1024 / 1024} MiB`
        : `${bytes.toLocaleString('en-US')} characters`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* unused harmony export neutraliseInvisible */
/**
 * Untrusted text (commit messages, names, emails, branch names, descriptor values, what Jira
 * answers) as it may appear in what GitHub renders or shows: the job summary, the pull request
 * comment, annotations and outputs.
 */
/**
 * Characters that change how text reads without being seen: bidirectional overrides, embeddings
 * and isolates (U+202A-U+202E, U+2066-U+2069, the "Trojan Source" trick: a name that reads as
 * another), marks (U+200E, U+200F, U+061C), zero-width spaces and joiners, word joiners and
 * invisible operators (U+200B-U+200D, U+2060-U+2064), the byte-order mark, soft hyphen, Hangul
 * fillers, and the Unicode tag characters (U+E0000-U+E007F) that smuggle text past a reader.
 * A zero-width joiner between two emoji (a family, a profession) is kept; anywhere else it goes.
 */
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]|\u034f|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180f|(?<!\p{Extended_Pictographic}(?:\u{fe0f}|\p{Emoji_Modifier})?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
/** Shown where an invisible character was: the reader sees that something was there. */
const REPLACEMENT = '\ufffd';
/**
 * Replaces every invisible or direction-changing character with U+FFFD, and C0/C1 controls and
 * line/paragraph separators other than newline and tab with a space. For text shown as text
 * (annotations, the log, outputs), where markdown does not apply but a reversed name still lies.
 */
function neutraliseInvisible(text) {
    return String(text)
        .replace(INVISIBLE, REPLACEMENT)
        .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, ' ');
}
/**
 * Escapes untrusted text for GitHub-flavoured markdown, inline and inside table cells, so that it
 * renders as the same characters and does nothing else:
 * - markdown and HTML punctuation is backslash-escaped, so nothing opens a link, an image, an
 *   HTML tag, emphasis, code, math (`$`) or a new table cell, and `&` starts no entity;
 * - line breaks become `<br>`, other controls a space, invisible characters U+FFFD;
 * - what GitHub turns into links or notifications *after* markdown (on the rendered text) is broken
 *   with `<wbr>`, an empty element GitHub's sanitizer keeps and that copies as nothing:
 *   `@user`/`@org/team` mentions and `user@host` mail links (after every `@`), bare URLs
 *   (after `scheme:` before `//`, and after `mailto:`/`xmpp:`), `www.` links, and `#123`/`GH-123` issue
 *   references (which would otherwise write a back-reference into that issue).
 *
 * `<br>` and `<wbr>` are the only HTML this emits.
 */
function escapeMarkdown(text) {
    return (neutraliseInvisible(String(text).replace(/\r\n|\r|\n/g, '\n'))
        // Backslash first, so that the escapes added below are not escaped again.
        .replace(/[\\`*_{}[\]()<>#+!|~&$]/g, (c) => `\\${c}`)
        .replace(/\n/g, '<br>')
        .replace(/\t/g, ' ')
        .replace(/@/g, '@<wbr>')
        .replace(/([a-z]):(?=\/\/)|\b(mailto|xmpp):/gi, (m) => `${m}<wbr>`)
        .replace(/(www)\./gi, '$1<wbr>.')
        .replace(/\\#(?=\d)/g, '\\#<wbr>')
        .replace(/\b(gh)-(?=\d)/gi, '$1-<wbr>'));
}


/***/ }),

/***/ 1307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ renderPlanText),
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown),
/* harmony export */   uK: () => (/* binding */ planSummaryLine)
/* harmony export */ });
/* unused harmony export showValue */
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(877);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1791);



/**
 * The plan as text (terminal) and as markdown (job summary, pull request comment). Every value
 * comes from the descriptors and is untrusted: text output goes through `terminalSafe`, markdown
 * through `escapeMarkdown`.
 */
const MAX_VALUE = 120;
/** A value as one short line: strings bare, everything else as JSON, long ones cut. */
function showValue(v) {
    if (v === undefined)
        return '(none)';
    const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_1__/* .clipText */ .gL)(s, MAX_VALUE);
}
function planSummaryLine(plan) {
    const s = plan.summary;
    return `Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy, ${s.destructive} destructive.`;
}
const SIGN = { create: '+', update: '~', delete: '-' };
function findingLabel(f) {
    const kind = f.kind ?? f.rule;
    return f.acceptedBy ? `${kind} (accepted by ${f.acceptedBy})` : kind;
}
function findingsFor(plan, o) {
    if (!o) {
        const ids = new Set(plan.objects.map((x) => x.id));
        return plan.findings.filter((f) => !f.object || !ids.has(f.object));
    }
    return plan.findings.filter((f) => f.object === o.id && (f.target === undefined || f.target === o.target));
}
/** Objects whose id another object of the plan shares: shown with their target. */
function sharedIds(plan) {
    const seen = new Set();
    const shared = new Set();
    for (const o of plan.objects)
        (seen.has(o.id) ? shared : seen).add(o.id);
    return shared;
}
function renderPlanText(plan, options) {
    const st = (0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .style */ .iF)(options.color);
    const colour = { create: st.green, update: st.yellow, delete: st.red };
    const safe = (v) => (0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(showValue(v));
    const lines = [];
    const finding = (f, indent) => {
        const mark = f.severity === 'error' ? st.red('✖') : st.yellow('⚠');
        const where = f.file ? st.dim(` (${(0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(f.file)}${f.line ? `:${f.line}` : ''})`) : '';
        lines.push(`${indent}${mark} ${st.bold((0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(findingLabel(f)))}: ${(0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(f.message)}${where}`);
    };
    const shared = sharedIds(plan);
    for (const o of plan.objects) {
        const where = shared.has(o.id) ? `${o.file}, in ${o.target}` : o.file;
        lines.push(`${colour[o.action](`${SIGN[o.action]} ${o.action}`)} ${st.bold((0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(o.id))} ${st.dim(`(${(0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(where)})`)}`);
        for (const c of o.changes) {
            lines.push(`    ${(0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(c.path)}: ${safe(c.before)} → ${safe(c.after)}`);
        }
        for (const f of findingsFor(plan, o))
            finding(f, '    ');
    }
    const rest = findingsFor(plan, undefined);
    if (rest.length > 0) {
        if (lines.length > 0)
            lines.push('');
        for (const f of rest)
            finding(f, '');
    }
    if (lines.length > 0)
        lines.push('');
    lines.push(st.bold(planSummaryLine(plan)));
    return lines.join('\n');
}
function cell(v) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(showValue(v));
}
function renderPlanMarkdown(plan) {
    const out = [];
    if (plan.objects.length > 0) {
        out.push('| | object | file | changes |', '|---|---|---|---|');
        const shared = sharedIds(plan);
        for (const o of plan.objects) {
            const file = shared.has(o.id) ? `${o.file}, in ${o.target}` : o.file;
            const changes = o.changes.map((c) => `\`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(c.path)}\`: ${cell(c.before)} → ${cell(c.after)}`);
            const shown = changes.length > 20 ? [...changes.slice(0, 20), `… and ${changes.length - 20} more`] : changes;
            out.push(`| ${SIGN[o.action]} ${o.action} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(o.id)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(file)} | ${shown.join('<br>')} |`);
        }
        out.push('');
    }
    if (plan.findings.length > 0) {
        out.push('| | kind | object | where | before → after | message |', '|---|---|---|---|---|---|');
        for (const f of plan.findings) {
            const icon = f.severity === 'error' ? '⛔' : '⚠️';
            const where = `${f.file ?? ''}${f.line ? `:${f.line}` : ''}${f.path ? ` ${f.path}` : ''}`;
            const change = f.before === undefined && f.after === undefined ? '' : `${cell(f.before)} → ${cell(f.after)}`;
            out.push(`| ${icon} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(findingLabel(f))} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(f.object ?? '')} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(where)} | ${change} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(f.message)} |`);
        }
        out.push('');
    }
    out.push(`**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(planSummaryLine(plan))}**`);
    return out.join('\n');
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