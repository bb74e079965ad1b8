"use strict";
exports.id = 946;
exports.ids = [946];
exports.modules = {

/***/ 2946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePushLines: () => (/* binding */ parsePushLines),
  prePushCommand: () => (/* binding */ prePushCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
// EXTERNAL MODULE: ./src/cli/main.ts + 3 modules
var main = __webpack_require__(5829);
// EXTERNAL MODULE: ./src/cli/repo.ts
var repo = __webpack_require__(9912);
// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/range.ts
var range = __webpack_require__(8893);
// EXTERNAL MODULE: ./src/policy/check.ts + 6 modules
var check = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/report/check-text.ts
var check_text = __webpack_require__(8820);
// EXTERNAL MODULE: ./src/report/style.ts
var style = __webpack_require__(1791);
;// CONCATENATED MODULE: ./src/jira/ca.ts

/**
 * The hook scripts start node without NODE_EXTRA_CA_CERTS, because node parses every CA
 * certificate at start-up when it is set (~70 ms, measured in bench/RESULTS.md) and a push
 * usually makes no TLS connection. They pass the file on under this name instead, and the Jira
 * client trusts it when it does connect. Kept apart from transport.ts so that reading the name
 * loads no TLS module.
 */
const STASHED_CA_ENV = 'GITOPS_ACTION_EXTRA_CA_CERTS';
/**
 * The stashed certificates. Like node with an unreadable NODE_EXTRA_CA_CERTS, an unreadable file
 * is not fatal: node's own roots stay, and the reason is added to any network error.
 */
function stashedExtraCa(env) {
    const file = env[STASHED_CA_ENV];
    if (!file)
        return {};
    try {
        return { pem: (0,external_node_fs_.readFileSync)(file, 'utf8') };
    }
    catch (error) {
        return { problem: `${STASHED_CA_ENV} (from NODE_EXTRA_CA_CERTS) could not be read: ${error.message}` };
    }
}

// EXTERNAL MODULE: ./src/jira/lookup.ts
var lookup = __webpack_require__(3868);
// EXTERNAL MODULE: ./src/jira/verify.ts
var jira_verify = __webpack_require__(2367);
;// CONCATENATED MODULE: ./src/hooks/jira.ts



/**
 * Online Jira checks in the hooks: off unless the environment's policy says `verify.hooks: true`,
 * so a normal push makes no network call. The hook scripts start node without NODE_EXTRA_CA_CERTS
 * and pass the file on (see hooks/pre-push); the client trusts it again here.
 */
const hookJira = (verify) => {
    if (!verify.hooks)
        return undefined;
    const { pem, problem } = stashedExtraCa(process.env);
    return (0,lookup/* onlineLookup */.K)(verify, {
        url: process.env.JIRA_URL,
        ...(0,jira_verify/* credentialsFromEnv */.kv)(process.env),
        extraCa: pem,
        caProblem: problem,
    });
};

;// CONCATENATED MODULE: ./src/hooks/pre-push.ts











function parsePushLines(text) {
    const lines = [];
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (!line)
            continue;
        const parts = line.split(' ');
        if (parts.length !== 4)
            throw new errors/* UsageError */.e(`unexpected pre-push input line: ${JSON.stringify(line.slice(0, 200))}`, 'gitops-action pre-push must be run by git as the pre-push hook.');
        const [localRef, localSha, remoteRef, remoteSha] = parts;
        lines.push({ localRef, localSha, remoteRef, remoteSha });
    }
    return lines;
}
/**
 * git writes the push lines to the hook's stdin and closes it. A blocking read of fd 0 is cheaper
 * at start-up than a stream; a stdin that is non-blocking (EAGAIN) falls back to the stream.
 */
async function readStdin(io) {
    if ((0,external_node_tty_.isatty)(0))
        return '';
    try {
        return (0,external_node_fs_.readFileSync)(0, 'utf8');
    }
    catch (err) {
        if (err.code !== 'EAGAIN')
            throw err;
    }
    const chunks = [];
    for await (const chunk of io.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * `pre-push REMOTE URL`. Refs that deploy get the full policy; the others the message rules only.
 * The range is `remote..local` when the remote's sha is known here, else what no ref of the remote has.
 */
async function prePushCommand(args, io) {
    const remote = args.positionals[0] ?? '';
    const lines = parsePushLines(await readStdin(io));
    const git = (0,repo/* openRepository */.h)(io.cwd, lines[0]?.remoteSha);
    const s = (0,style/* style */.iF)((0,style/* useColor */.by)(io.stderr, io.env));
    const configs = new Map();
    let blocked = 0;
    for (const line of lines) {
        const result = await checkPushLine(git, remote, line, args, configs);
        if (!result)
            continue;
        blocked += result.decision === 'block' ? 1 : 0;
        report(result, io, s);
    }
    if (blocked > 0) {
        io.stderr.write(s.red(`\ngitops-action: push blocked (${blocked} ref${blocked === 1 ? '' : 's'}). Fix the commits above and push again.\n`) +
            s.dim('Bypass once with `git push --no-verify` (or HUSKY=0); the required status check on the server still applies.\n'));
        return main/* EXIT */.dc.blocked;
    }
    return main/* EXIT */.dc.ok;
}
async function checkPushLine(git, remote, line, args, configs) {
    const deleting = line.localRef === '(delete)' || (0,range/* isZeroSha */.hp)(line.localSha);
    const remoteKnown = !(0,range/* isZeroSha */.hp)(line.remoteSha) && git.tryRevParse(line.remoteSha) !== undefined;
    const from = remoteKnown ? line.remoteSha : undefined;
    const key = from ?? '';
    let config = configs.get(key);
    if (!config) {
        config = await (0,check/* loadTrustedConfig */.C)({ git, from, configPath: args.config });
        configs.set(key, config);
    }
    const ref = (0,environments/* parseRef */.rd)(line.remoteRef);
    if (ref.kind === 'other')
        return undefined;
    const environment = (0,environments/* environmentFor */.DD)(config, ref);
    // git hands us the local sha of an object it is about to send: it exists, no need to ask.
    if (!deleting)
        git.assumeCommit(line.localSha);
    return (0,check/* runCheck */.k)({
        git,
        config,
        ref: line.remoteRef,
        from: deleting ? line.remoteSha : from,
        to: deleting ? undefined : line.localSha,
        known: from ? undefined : remoteRefShas(git, remote),
        mode: environment ? 'full' : 'message',
        jira: hookJira,
    });
}
/**
 * What the remote already has, for a ref it does not know yet. A remote given as a URL has no
 * tracking refs of its own; then every remote-tracking ref counts.
 */
function remoteRefShas(git, remote) {
    const own = remote ? (0,range/* knownRefShas */.k0)(git, [`refs/remotes/${remote}`]) : [];
    return own.length > 0 ? own : (0,range/* knownRefShas */.k0)(git, ['refs/remotes']);
}
function report(result, io, s) {
    if (result.findings.length === 0 && result.decision !== 'block')
        return;
    const subjects = new Map(result.commits.map((c) => [c.sha, c.subject]));
    const env = result.environment ? ` → ${result.environment}` : '';
    io.stderr.write(`${s.bold(`gitops-action: ${(0,style/* terminalSafe */.kJ)(result.refName)}${env}`)}: ${result.decision}\n`);
    for (const f of result.findings)
        io.stderr.write(`${(0,check_text/* renderFinding */.K)(f, subjects, s).join('\n')}\n`);
}


/***/ }),

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
        const { JiraClient } = await __webpack_require__.e(/* import() */ 939).then(__webpack_require__.bind(__webpack_require__, 4939));
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

/***/ 8820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ renderFinding),
/* harmony export */   O: () => (/* binding */ renderCheckText)
/* harmony export */ });
/* harmony import */ var _git_commit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5895);
/* harmony import */ var _jira_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2367);
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
    if (result.findings.length > 0)
        lines.push('');
    for (const f of result.findings)
        lines.push(...renderFinding(f, subjects, s));
    if (result.jira && result.jira.size > 0) {
        lines.push('', 'Jira:', ...(0,_jira_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .jiraReportLines */ .q9)(result.jira).map((l) => `  ${(0,_style_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(l)}`));
    }
    if (result.plan && (result.plan.objects.length > 0 || options.verbose)) {
        lines.push('', (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderPlanText */ .$D)(result.plan, { color: options.color }));
    }
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.length - errors;
    lines.push('', `${result.commits.length} commits checked, ${errors} errors, ${warnings} warnings.`);
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
    return subject.length > 72 ? `${subject.slice(0, 71)}…` : subject;
}
function describeRange(result) {
    const r = result.range;
    const n = `${result.commits.length} commit${result.commits.length === 1 ? '' : 's'}`;
    if (r.kind === 'delete')
        return 'deletion';
    const from = r.from ? (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(r.from) : '∅';
    const to = r.to ? (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(r.to) : '∅';
    return `${r.kind} ${from}..${to}, ${n}`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/**
 * Escapes untrusted text (commit messages, descriptor values, file names) for GitHub-flavoured
 * markdown, inline and inside table cells: markdown and HTML punctuation is backslash-escaped, so
 * nothing can open a link, an image, an HTML tag, emphasis, code or a new table cell; line breaks
 * become `<br>` (the only HTML we emit) and other control characters become spaces.
 */
function escapeMarkdown(text) {
    return (String(text)
        // Backslash first, so that the escapes added below are not escaped again.
        .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
        .replace(/\r\n|\r|\n/g, '<br>')
        .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, ' '));
}


/***/ }),

/***/ 1307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ renderPlanText),
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/* unused harmony exports showValue, planSummaryLine */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
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
    return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
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
    return plan.findings.filter((f) => f.object === o.id);
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
    for (const o of plan.objects) {
        lines.push(`${colour[o.action](`${SIGN[o.action]} ${o.action}`)} ${st.bold((0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(o.id))} ${st.dim(`(${(0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(o.file)})`)}`);
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
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(showValue(v));
}
function renderPlanMarkdown(plan) {
    const out = [];
    if (plan.objects.length > 0) {
        out.push('| | object | file | changes |', '|---|---|---|---|');
        for (const o of plan.objects) {
            const changes = o.changes.map((c) => `\`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(c.path)}\`: ${cell(c.before)} → ${cell(c.after)}`);
            const shown = changes.length > 20 ? [...changes.slice(0, 20), `… and ${changes.length - 20} more`] : changes;
            out.push(`| ${SIGN[o.action]} ${o.action} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(o.id)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(o.file)} | ${shown.join('<br>')} |`);
        }
        out.push('');
    }
    if (plan.findings.length > 0) {
        out.push('| | kind | object | where | before → after | message |', '|---|---|---|---|---|---|');
        for (const f of plan.findings) {
            const icon = f.severity === 'error' ? '⛔' : '⚠️';
            const where = `${f.file ?? ''}${f.line ? `:${f.line}` : ''}${f.path ? ` ${f.path}` : ''}`;
            const change = f.before === undefined && f.after === undefined ? '' : `${cell(f.before)} → ${cell(f.after)}`;
            out.push(`| ${icon} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(findingLabel(f))} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(f.object ?? '')} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(where)} | ${change} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(f.message)} |`);
        }
        out.push('');
    }
    out.push(`**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(planSummaryLine(plan))}**`);
    return out.join('\n');
}


/***/ }),

/***/ 1791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   by: () => (/* binding */ useColor),
/* harmony export */   iF: () => (/* binding */ style),
/* harmony export */   kJ: () => (/* binding */ terminalSafe)
/* harmony export */ });
/** Colour only on a TTY, never with NO_COLOR set (https://no-color.org), forced with FORCE_COLOR. */
function useColor(stream = process.stdout, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0')
        return true;
    return stream.isTTY === true;
}
const wrap = (open, close) => (s) => `\x1b[${open}m${s}\x1b[${close}m`;
function style(color) {
    if (!color) {
        const id = (s) => s;
        return { red: id, yellow: id, green: id, dim: id, bold: id };
    }
    return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
/**
 * Commit text is untrusted: an escape sequence in a subject must not repaint the user's terminal.
 * Control characters (but tab) are shown as `\xNN`.
 */
function terminalSafe(text) {
    return text.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}


/***/ })

};
;