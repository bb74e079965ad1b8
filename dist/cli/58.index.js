"use strict";
exports.id = 58;
exports.ids = [58];
exports.modules = {

/***/ 3058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1954);
/* harmony import */ var _descriptors_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2570);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _git_default_branch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6702);
/* harmony import */ var _policy_baseline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4887);
/* harmony import */ var _policy_policy_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5894);
/* harmony import */ var _record_git_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2713);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4285);
/* harmony import */ var _report_style_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1791);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(610);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(776);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9912);












const spec = {
    name: 'status',
    summary: 'what each environment runs, since when and by whom, from the deploy record in git',
    options: {
        env: {
            type: 'string',
            value: 'NAME',
            description: 'one environment only',
            defaultText: 'every environment of the policy or the record',
        },
        history: { type: 'boolean', description: 'with --env: every recorded deploy, newest first' },
        format: {
            type: 'string',
            value: 'FORMAT',
            description: 'output format',
            choices: ['text', 'json', 'markdown'],
            default: 'text',
        },
    },
    examples: ['gitops-action status', 'gitops-action status --env production --history --format markdown'],
    notes: [
        "What each environment runs, from the deploy record in git (refs/deployments/<env> and refs/deploy-log/<env>, written by `gitops-action record`): the deployed commit and version, the services and their versions at that commit (service descriptors, and the images of Kubernetes workloads), and the commits on the environment's branch that wait for the next deploy.",
        "Fetch the record first to see the remote's:\n  git fetch origin 'refs/deployments/*:refs/deployments/*' 'refs/deploy-log/*:refs/deploy-log/*'",
    ],
};
/** At most this many waiting commits are listed; the count is always whole. */
const WAITING_SHOWN = 10;
const run = async (argv, io) => {
    const parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommand */ .RM)(spec, argv, io.stdout);
    if (!parsed)
        return _main_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    const v = parsed.values;
    const format = v.format;
    if (v.history && !v.env) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--history needs --env NAME', 'For example: gitops-action status --env production --history');
    }
    const git = (0,_repo_js__WEBPACK_IMPORTED_MODULE_10__/* .openRepository */ .h)(io.cwd);
    const remote = (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteOf */ .e1)(git, git.currentBranch());
    const config = await (0,_policy_policy_source_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTrustedConfig */ .C)({ git, remote });
    const recorded = (0,_record_git_store_js__WEBPACK_IMPORTED_MODULE_6__/* .recordedEnvironments */ .hd)(git);
    const names = [...Object.keys(config.environments), ...recorded.filter((n) => !config.environments[n])];
    if (v.env && !names.includes(v.env)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`unknown environment "${v.env}"`, `Environments in ${config.source} or the record: ${names.join(', ') || 'none'}.`);
    }
    const record = (0,_record_git_store_js__WEBPACK_IMPORTED_MODULE_6__/* .gitRecordReader */ .j5)(git);
    const environments = [];
    for (const name of v.env ? [v.env] : names) {
        environments.push(await environmentStatus(git, config, name, await record.lastSuccess(name), remote));
    }
    const history = v.history && v.env ? (0,_record_git_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readLog */ .x6)(git, v.env) : undefined;
    if (format === 'json') {
        const json = { policy: config.source, environments };
        if (history)
            json.history = history.map(historyJson);
        io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    }
    else if (format === 'markdown') {
        io.stdout.write(renderMarkdown(environments, history, v.env));
    }
    else {
        io.stdout.write(renderText(environments, history, v.env));
    }
    return _main_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
};
run.spec = spec;
async function environmentStatus(git, config, name, deploy, remote) {
    const env = config.environments[name];
    const notes = [];
    const present = deploy && git.tryRevParse(deploy.sha) ? deploy.sha : undefined;
    if (deploy && !present)
        notes.push(`the deployed commit ${deploy.sha.slice(0, 7)} is not in this clone; fetch it`);
    const status = {
        name,
        inPolicy: env !== undefined,
        deployed: deploy
            ? {
                sha: deploy.sha,
                version: deploy.version ?? null,
                at: deploy.at || null,
                by: deploy.by ?? null,
                url: deploy.url ?? null,
                rollbackOf: deploy.rollbackOf ?? null,
            }
            : null,
        services: present ? await servicesAt(git, env, present) : [],
        waiting: env ? waitingOn(git, env, present, remote) : null,
        notes,
    };
    if (!env)
        notes.push('not an environment of the policy; it has a record only');
    else if (!status.waiting)
        notes.push('it names no branch exactly, so nothing waits on a branch');
    return status;
}
/** The services at a commit: service descriptors, and the images of Kubernetes workloads. */
async function servicesAt(git, env, sha) {
    const destructive = env?.rules.destructive;
    const globs = destructive ? destructive.descriptors : [..._config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_DEFAULTS */ .k.destructive.descriptors];
    const paths = (0,_descriptors_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorPaths */ .yI)(git.listFiles(sha), globs);
    if (paths.length === 0)
        return [];
    // The YAML loader loads only when there is something to read.
    const { parseFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(243), __webpack_require__.e(748)]).then(__webpack_require__.bind(__webpack_require__, 748));
    const objects = [...git.readFiles(sha, paths)].flatMap(([file, text]) => parseFile(file, text).objects);
    const services = [];
    for (const o of objects) {
        const body = o.body;
        if (o.descriptor) {
            services.push({ name: o.name, version: scalar(body.version), images: [], file: o.file });
            continue;
        }
        const images = workloadImages(body);
        if (images.length > 0)
            services.push({ name: `${o.kind}/${o.name}`, version: null, images, file: o.file });
    }
    return services.sort((a, b) => a.name.localeCompare(b.name));
}
function scalar(v) {
    return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}
/** Container images of a workload: a pod template (Deployment, StatefulSet, Job, ...), a CronJob's, or a Pod's own. */
function workloadImages(body) {
    const at = (o, ...keys) => keys.reduce((x, k) => (x && typeof x === 'object' ? x[k] : undefined), o);
    const pod = at(body, 'spec', 'jobTemplate', 'spec', 'template', 'spec') ??
        at(body, 'spec', 'template', 'spec') ??
        (body.kind === 'Pod' ? at(body, 'spec') : undefined);
    const images = [];
    for (const list of ['initContainers', 'containers']) {
        const containers = at(pod, list);
        if (!Array.isArray(containers))
            continue;
        for (const c of containers) {
            const image = scalar(at(c, 'image'));
            if (image)
                images.push(image);
        }
    }
    return images;
}
/** `deployed..branch` on the environment's exactly named branch, as the remote holds it (else the local one). */
function waitingOn(git, env, deployed, remote) {
    const branch = (0,_policy_baseline_js__WEBPACK_IMPORTED_MODULE_4__/* .protectedBranches */ .Nk)(git, env, remote, false)[0];
    if (!branch)
        return null;
    const revs = deployed ? [branch.sha, `^${deployed}`] : [branch.sha];
    const count = git.revList(revs).length;
    const commits = count > 0 ? git.log(revs, { maxCount: WAITING_SHOWN }) : [];
    return {
        branch: branch.ref.replace(/^refs\/(remotes|heads)\//, ''),
        count,
        commits: commits.map((c) => ({ sha: c.sha, subject: c.subject })),
    };
}
function historyJson(d) {
    return {
        status: d.status,
        sha: d.sha,
        version: d.version ?? null,
        at: d.at,
        by: d.by ?? null,
        url: d.url ?? null,
        rollbackOf: d.rollbackOf ?? null,
    };
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function serviceText(s) {
    const version = s.version ? ` ${s.version}` : '';
    const images = s.images.length > 0 ? ` (${s.images.join(', ')})` : '';
    return `${s.name}${version}${images}`;
}
function renderText(envs, history, only) {
    const t = _report_style_js__WEBPACK_IMPORTED_MODULE_7__/* .terminalSafe */ .kJ;
    const lines = [];
    for (const e of envs) {
        const d = e.deployed;
        if (d) {
            const parts = [`deployed ${d.sha.slice(0, 7)}`];
            if (d.version)
                parts.push(`version ${t(d.version)}`);
            if (d.at)
                parts.push(`since ${d.at}`);
            if (d.by)
                parts.push(`by ${t(d.by)}`);
            if (d.rollbackOf)
                parts.push(`rolling back ${d.rollbackOf.slice(0, 7)}`);
            lines.push(`${t(e.name)}: ${parts.join(', ')}`);
        }
        else {
            lines.push(`${t(e.name)}: nothing deployed yet (no successful deploy recorded)`);
        }
        if (d) {
            lines.push(e.services.length > 0
                ? `  ${plural(e.services.length, 'service')}: ${e.services.map((s) => t(serviceText(s))).join('; ')}`
                : '  no services found at that commit');
        }
        if (e.waiting) {
            const w = e.waiting;
            if (w.count === 0)
                lines.push(`  nothing waiting on ${t(w.branch)}`);
            else {
                lines.push(`  ${plural(w.count, 'commit')} waiting on ${t(w.branch)}${d ? '' : ' (all of its history)'}:`);
                for (const c of w.commits)
                    lines.push(`    ${c.sha.slice(0, 7)} ${t(c.subject)}`);
                if (w.count > w.commits.length)
                    lines.push(`    and ${plural(w.count - w.commits.length, 'more commit')}`);
            }
        }
        for (const n of e.notes)
            lines.push(`  note: ${t(n)}`);
    }
    if (history) {
        lines.push('', history.length > 0
            ? `Deploys of ${t(only ?? '')}, newest first:`
            : `No deploys of ${t(only ?? '')} are recorded.`);
        for (const d of history) {
            const parts = [d.status.padEnd(7), d.sha.slice(0, 7), d.at];
            if (d.version)
                parts.push(`version ${t(d.version)}`);
            if (d.by)
                parts.push(`by ${t(d.by)}`);
            if (d.rollbackOf)
                parts.push(`rollback of ${d.rollbackOf.slice(0, 7)}`);
            lines.push(`  ${parts.join('  ')}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
function renderMarkdown(envs, history, only) {
    const m = (s) => (s ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .F)(s) : '');
    const lines = [
        '| environment | deployed | version | since | by | services | waiting |',
        '|---|---|---|---|---|---|---|',
    ];
    for (const e of envs) {
        const d = e.deployed;
        const waiting = e.waiting ? `${plural(e.waiting.count, 'commit')} on ${m(e.waiting.branch)}` : '';
        lines.push(`| ${m(e.name)} | ${d ? `\`${d.sha.slice(0, 7)}\`` : 'nothing yet'} | ${m(d?.version)} | ${m(d?.at)} | ${m(d?.by)} | ${e.services.map((s) => m(serviceText(s))).join('<br>')} | ${waiting} |`);
    }
    if (history) {
        lines.push('', `### Deploys of ${m(only)}`, '');
        if (history.length === 0)
            lines.push('No deploys are recorded.');
        else {
            lines.push('| status | commit | version | when | by | rollback of |', '|---|---|---|---|---|---|');
            for (const d of history) {
                lines.push(`| ${d.status} | \`${d.sha.slice(0, 7)}\` | ${m(d.version)} | ${m(d.at)} | ${m(d.by)} | ${d.rollbackOf ? `\`${d.rollbackOf.slice(0, 7)}\`` : ''} |`);
            }
        }
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 4887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ protectedBranches),
/* harmony export */   pj: () => (/* binding */ findRange)
/* harmony export */ });
/* unused harmony export isExactBranch */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1390);
/* harmony import */ var _git_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8893);
/* harmony import */ var _semver_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(408);




async function findRange(req) {
    const { git, environment: env } = req;
    const ref = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRef */ .rd)(req.ref);
    const isTag = req.isTag ?? ref.kind === 'tag';
    if ((0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroSha */ .hp)(req.to)) {
        const from = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroSha */ .hp)(req.from) ? undefined : req.from;
        return { range: { kind: 'delete', from, revArgs: [] }, baseline: { sha: from, source: 'before' } };
    }
    const to = git.revParse(req.to);
    if (req.explicitFrom && !(0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroSha */ .hp)(req.from)) {
        const from = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureCommit */ .q$)(git, req.from, '--from', req.fetchCommit);
        return { range: (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeFrom */ .A0)(from, to, 'update'), baseline: { sha: from, source: 'explicit' } };
    }
    if (env && req.mode === 'full') {
        const deploy = await req.record?.lastSuccess(env.name);
        if (deploy) {
            const sha = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureCommit */ .q$)(git, deploy.sha, `the last deploy of ${env.name}`, req.fetchCommit);
            const baseline = { sha, source: deploy.source, deploy };
            if (deploy.source === 'last-passed-check') {
                baseline.note = `no deploy of ${env.name} is recorded; the baseline is the last commit whose check passed, ${sha.slice(0, 7)} (a fallback)`;
            }
            return { range: (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeFrom */ .A0)(sha, to, isTag ? 'tag' : 'update'), baseline };
        }
        if (isTag)
            return await tagFallback(req, env, ref.name, to);
    }
    if (isTag) {
        // A tag that deploys nowhere: only the message rules, on the tagged commit.
        return { range: { kind: 'tag', to, revArgs: [to], maxCount: 1 }, baseline: { source: 'none' } };
    }
    const unrecorded = env && req.mode === 'full' ? `no deploy of ${env.name} is recorded` : undefined;
    if (!(0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroSha */ .hp)(req.from)) {
        const range = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRange */ .Ss)(git, { from: req.from, to, fetchCommit: req.fetchCommit });
        const baseline = { sha: range.from, source: 'before' };
        if (unrecorded) {
            baseline.note = `${unrecorded}; the baseline is the push's previous tip ${String(range.from).slice(0, 7)} (a fallback: record deploys with \`gitops-action record\`)`;
        }
        return { range, baseline };
    }
    const branch = req.defaultBranch();
    const range = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRange */ .Ss)(git, {
        to,
        defaultBranchSha: branch?.sha,
        known: branch ? undefined : req.known,
    });
    const what = unrecorded ? `${unrecorded} and the ref is new` : 'the ref is new';
    if (branch) {
        const note = range.from
            ? `${what}; the baseline is its merge-base with the default branch ${branch.name}, ${range.from.slice(0, 7)}`
            : `${what} and shares no history with the default branch ${branch.name}: every commit of its history is checked, and the plan compares against nothing`;
        return { range, baseline: { sha: range.from, source: range.from ? 'merge-base' : 'none', note } };
    }
    const note = `${what} and no default branch is known; the commits no remote-tracking ref has are checked`;
    return { range, baseline: { sha: range.from, source: range.from ? 'merge-base' : 'none', note } };
}
/**
 * A tag with no recorded deploy: the previous release tag on the protected branch, else all
 * history. Where the door can say what its own check thought of a commit (the Action), the newest
 * candidate whose check passed wins, and one whose check failed never counts: a pusher can tag any
 * commit the branch holds, including one that was pushed there and blocked. Without a passed
 * candidate the newest unrefuted one is taken, and the note says it is unverified.
 */
async function tagFallback(req, env, tagName, to) {
    const candidates = releaseTagsBelow(req, env, tagName, to);
    const verdicts = candidates.length && req.record?.checkVerdicts ? await req.record.checkVerdicts(unique(candidates)) : undefined;
    const passed = verdicts && candidates.find((c) => verdicts.get(c.sha) === 'passed');
    const refutes = (c) => !!verdicts?.get(c.sha) && verdicts.get(c.sha) !== 'passed';
    const previous = passed ?? candidates.find((c) => !refutes(c));
    const refuted = candidates.filter((c) => refutes(c) && (!previous || semver__WEBPACK_IMPORTED_MODULE_0___default().compare(c.version, previous.version) > 0));
    const skipped = refuted.length
        ? `; skipped ${refuted.map((c) => `${c.name} (${verdicts?.get(c.sha) === 'failed' ? 'its check failed' : 'checked, not deployed'})`).join(', ')}`
        : '';
    if (previous) {
        const trust = passed
            ? 'its check passed'
            : verdicts
                ? 'unverified: no check of its commit is on record'
                : 'unverified';
        return {
            range: (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeFrom */ .A0)(previous.sha, to, 'tag'),
            baseline: {
                sha: previous.sha,
                source: 'previous-tag',
                note: `no deploy of ${env.name} is recorded; the baseline is the previous release tag ${previous.name} on ${previous.branch} (a fallback, ${trust})${skipped}`,
            },
        };
    }
    return {
        range: (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeFrom */ .A0)(undefined, to, 'tag'),
        baseline: {
            source: 'none',
            note: `no deploy of ${env.name} is recorded and no earlier release tag is on its branch${skipped}: every commit of the tag's history is checked, and the plan compares against nothing`,
        },
    };
}
function unique(tags) {
    return [...new Set(tags.map((t) => t.sha))];
}
/** A branch name with no glob characters: one the policy names exactly, which nobody else can make. */
function isExactBranch(name) {
    return !/[*?[\]{}!]/.test(name);
}
/**
 * The environment's exactly named branches as the remote holds them (`refs/remotes/<remote>/<b>`);
 * locally, the local branch where the remote has none. A glob (`release/*`) is left out: anyone
 * who can push can make a branch that matches it.
 */
function protectedBranches(git, env, remote, remoteOnly) {
    const found = [];
    for (const name of env.branches.filter(isExactBranch)) {
        const candidates = [`refs/remotes/${remote}/${name}`, ...(remoteOnly ? [] : [`refs/heads/${name}`])];
        for (const ref of candidates) {
            const sha = git.tryRevParse(ref);
            if (sha) {
                found.push({ name, ref, sha });
                break;
            }
        }
    }
    return found;
}
/**
 * The release tags below the pushed one, newest version first, that are reachable from the
 * environment's protected branch, so a throw-away tag planted off the branch never becomes the
 * baseline. One `for-each-ref --merged` per protected branch.
 */
function releaseTagsBelow(req, env, tagName, to) {
    const prefix = req.config.versioning['tag-prefix'];
    const pushed = (0,_semver_history_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTagVersion */ .An)(tagName, prefix);
    const found = new Map();
    for (const branch of protectedBranches(req.git, env, req.remote, req.remoteOnly)) {
        const out = req.git
            .execGit([
            'for-each-ref',
            `--merged=${branch.sha}`,
            '--format=%(refname)%00%(objectname)%00%(*objectname)',
            'refs/tags',
        ])
            .stdout.toString('utf8');
        for (const line of out.split('\n')) {
            const [full, sha, peeled] = line.split('\0');
            if (!full || !sha)
                continue;
            const name = full.slice('refs/tags/'.length);
            const commit = peeled || sha;
            if (found.has(name) || name === tagName || commit === to || !(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(name, env.tags))
                continue;
            const version = (0,_semver_history_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTagVersion */ .An)(name, prefix);
            if (!version || (env.versions && !(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .versionInRange */ .rR)(version.version, env.versions)))
                continue;
            if (pushed && semver__WEBPACK_IMPORTED_MODULE_0___default().compare(version, pushed) >= 0)
                continue;
            found.set(name, { name, sha: commit, branch: branch.name, version });
        }
    }
    return [...found.values()].sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().compare(b.version, a.version) || a.name.localeCompare(b.name));
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