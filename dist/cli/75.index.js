"use strict";
exports.id = 75;
exports.ids = [75];
exports.modules = {

/***/ 3868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ onlineLookup)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * The online lookup every door uses, built from the environment's `verify` settings. The client
 * module is imported only when a lookup actually runs, so a door that never goes online never
 * loads it.
 */
function onlineLookup(verify, connection) {
    return async (keys) => {
        const url = connection.url || verify.url;
        if (!url) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('jira.verify is on, but no Jira URL is configured', 'Set rules.jira.verify.url in .gitops.yml, the JIRA_URL environment variable, or the Action input jira-url.');
        }
        const { JiraClient } = await __webpack_require__.e(/* import() */ 253).then(__webpack_require__.bind(__webpack_require__, 6253));
        const client = new JiraClient({
            url,
            apiVersion: verify['api-version'],
            approval: verify.approval,
            timeoutMs: verify.timeout,
            user: connection.user,
            token: connection.token,
            extraCa: connection.extraCa,
            caProblem: connection.caProblem,
        });
        return client.lookup(keys);
    };
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

/***/ 8820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ renderFinding),
/* harmony export */   O: () => (/* binding */ renderCheckText)
/* harmony export */ });
/* harmony import */ var _git_commit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5895);
/* harmony import */ var _jira_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2367);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(877);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1307);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1791);





/** A line a finding, with the commit's short hash and subject and the hint, for people. */
function renderCheckText(result, options) {
    const s = (0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .style */ .iF)(options.color);
    const lines = [];
    const banner = { deploy: s.green('DEPLOY'), skip: s.yellow('SKIP'), block: s.red('BLOCK') }[result.decision];
    const range = describeRange(result);
    lines.push(`${s.bold('gitops-action')} ${banner} ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(result.refName)} → ${result.environment ?? 'no environment'} ${s.dim(`(${range})`)}`);
    if (result.skipReason)
        lines.push(`  skipped: ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(result.skipReason)}`);
    if (result.version) {
        const v = result.version;
        lines.push(`  version: ${v.version} (${v.bump}${v.previousVersion ? ` from ${v.previousVersion}` : ''}, by ${v.source})`);
    }
    lines.push(s.dim(`  policy: ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(result.configSource)}`));
    for (const note of result.notes)
        lines.push(s.yellow(`  note: ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(note)}`));
    const subjects = new Map(result.commits.map((c) => [c.sha, c.subject]));
    const showPlan = result.plan !== undefined && (result.plan.objects.length > 0 || options.verbose === true);
    // The plan lists each destructive finding under its object; printed there, not twice.
    const listed = showPlan ? result.findings.filter((f) => f.rule !== 'destructive') : result.findings;
    if (listed.length > 0)
        lines.push('');
    for (const f of listed)
        lines.push(...renderFinding(f, subjects, s));
    if (result.jira && result.jira.size > 0) {
        lines.push('', 'Jira:', ...(0,_jira_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .jiraReportLines */ .q9)(result.jira).map((l) => `  ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(l)}`));
    }
    if (showPlan && result.plan) {
        lines.push('', (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderPlanText */ .$D)(result.plan, { color: options.color }));
    }
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.length - errors;
    lines.push('', `${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.commits.length, 'commit')} checked, ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, 'error')}, ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning')}.`);
    return `${lines.join('\n')}\n`;
}
function renderFinding(f, subjects, s = (0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .style */ .iF)(false)) {
    const mark = f.severity === 'error' ? s.red('✖ error') : s.yellow('⚠ warning');
    const where = f.commit
        ? ` ${(0,_git_commit_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(f.commit)} ${JSON.stringify(truncate(subjects.get(f.commit) ?? ''))}`
        : f.file
            ? ` ${f.file}${f.line ? `:${f.line}` : ''}`
            : '';
    const accepted = f.acceptedBy ? ` (accepted by ${f.acceptedBy})` : '';
    return [
        `${mark} ${s.bold(f.rule)}${f.kind ? `/${f.kind}` : ''}${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(where)}`,
        `    ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(f.message)}${accepted}`,
        `    ${s.dim(`fix: ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(f.hint)}`)}`,
    ];
}
function truncate(subject) {
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_4__/* .clipText */ .gL)(subject, 72);
}
function describeRange(result) {
    const r = result.range;
    const n = (0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.commits.length, 'commit');
    if (r.kind === 'delete')
        return 'deletion';
    const from = r.from ? (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(r.from) : '∅';
    const to = r.to ? (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(r.to) : '∅';
    return `${r.kind} ${from}..${to}, ${n}`;
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