"use strict";
exports.id = 513;
exports.ids = [513];
exports.modules = {

/***/ 4513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/range.ts
var range = __webpack_require__(8893);
// EXTERNAL MODULE: ./src/jira/lookup.ts
var lookup = __webpack_require__(3868);
// EXTERNAL MODULE: ./src/jira/verify.ts
var jira_verify = __webpack_require__(2367);
// EXTERNAL MODULE: ./src/policy/check.ts + 6 modules
var check = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/policy/gather.ts + 1 modules
var gather = __webpack_require__(1391);
;// CONCATENATED MODULE: ./src/report/check-json.ts
/** The machine form of a check: `{decision, environment, version, bump, from, to, commits, findings, plan}`. */
function checkJson(result) {
    return {
        decision: result.decision,
        environment: result.environment,
        version: result.version?.version ?? null,
        'previous-version': result.version?.previousVersion ?? null,
        bump: result.version?.bump ?? null,
        tag: result.version?.tag ?? null,
        ref: result.ref,
        range: result.range.kind,
        from: result.range.from ?? null,
        to: result.range.to ?? null,
        commits: result.commits.map((c) => ({
            sha: c.sha,
            subject: c.subject,
            author: c.author.email,
            committer: c.committer.email,
            parents: c.parents,
        })),
        findings: result.findings,
        plan: result.plan ?? null,
        'skip-reason': result.skipReason ?? null,
        jira: result.jira ? [...result.jira.values()] : [],
        policy: result.configSource,
        notes: result.notes,
    };
}

// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/plan.ts
var plan = __webpack_require__(1307);
;// CONCATENATED MODULE: ./src/report/check-markdown.ts



const BANNER = {
    deploy: '✅ **deploy**',
    skip: '⏭️ **skip**',
    block: '⛔ **block**',
};
/** The job summary and PR comment: banner, commits, findings, plan. Every commit-derived string is escaped. */
function renderCheckMarkdown(result, options = {}) {
    const out = [];
    const env = result.environment ? `\`${(0,markdown/* escapeMarkdown */.F)(result.environment)}\`` : 'no environment';
    out.push(`### gitops-action: ${BANNER[result.decision]} ${(0,markdown/* escapeMarkdown */.F)(result.refName)} → ${env}`, '');
    if (result.skipReason)
        out.push(`Skipped: ${(0,markdown/* escapeMarkdown */.F)(result.skipReason)}`, '');
    if (result.version) {
        const v = result.version;
        out.push(`Version **${(0,markdown/* escapeMarkdown */.F)(v.version)}** (${v.bump}${v.previousVersion ? ` from ${(0,markdown/* escapeMarkdown */.F)(v.previousVersion)}` : ''}, by ${(0,markdown/* escapeMarkdown */.F)(v.source)})`, '');
    }
    const errors = result.findings.filter((f) => f.severity === 'error');
    const warnings = result.findings.filter((f) => f.severity !== 'error');
    out.push(`${result.commits.length} commits checked · ${errors.length} errors · ${warnings.length} warnings · policy: ${(0,markdown/* escapeMarkdown */.F)(result.configSource)}`, '');
    if (result.findings.length > 0) {
        out.push('#### Findings', '', '| | rule | where | message | fix |', '|---|---|---|---|---|');
        for (const f of result.findings) {
            const where = f.commit
                ? `\`${(0,commit/* shortSha */.Fu)(f.commit)}\``
                : f.file
                    ? (0,markdown/* escapeMarkdown */.F)(`${f.file}${f.line ? `:${f.line}` : ''}`)
                    : '';
            const rule = (0,markdown/* escapeMarkdown */.F)(f.kind ? `${f.rule}/${f.kind}` : f.rule);
            const accepted = f.acceptedBy ? ` (accepted by \`${(0,markdown/* escapeMarkdown */.F)(f.acceptedBy)}\`)` : '';
            out.push(`| ${f.severity === 'error' ? '⛔' : '⚠️'} | ${rule} | ${where} | ${(0,markdown/* escapeMarkdown */.F)(f.message)}${accepted} | ${(0,markdown/* escapeMarkdown */.F)(f.hint)} |`);
        }
        out.push('');
    }
    if (result.jira && result.jira.size > 0) {
        out.push('#### Jira', '', '| key | status | approval |', '|---|---|---|');
        for (const j of result.jira.values()) {
            out.push(`| ${(0,markdown/* escapeMarkdown */.F)(j.key)} | ${(0,markdown/* escapeMarkdown */.F)(j.error ? j.error.kind : (j.status ?? 'unknown'))} | ${(0,markdown/* escapeMarkdown */.F)(j.approval ?? '')} |`);
        }
        out.push('');
    }
    const max = options.maxCommits ?? 100;
    if (result.commits.length > 0) {
        out.push('<details><summary>Commits</summary>', '', '| commit | subject | author | committer |', '|---|---|---|---|');
        for (const c of result.commits.slice(0, max)) {
            out.push(`| \`${(0,commit/* shortSha */.Fu)(c.sha)}\` | ${(0,markdown/* escapeMarkdown */.F)(c.subject)} | ${(0,markdown/* escapeMarkdown */.F)(c.author.email)} | ${(0,markdown/* escapeMarkdown */.F)(c.committer.email)} |`);
        }
        if (result.commits.length > max)
            out.push(`| … | and ${result.commits.length - max} more | | |`);
        out.push('', '</details>', '');
    }
    if (result.plan)
        out.push('#### Plan', '', (0,plan/* renderPlanMarkdown */.d$)(result.plan), '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/report/check-text.ts
var check_text = __webpack_require__(8820);
// EXTERNAL MODULE: ./src/report/style.ts
var style = __webpack_require__(1791);
// EXTERNAL MODULE: ./src/cli/main.ts + 3 modules
var main = __webpack_require__(5829);
// EXTERNAL MODULE: ./src/cli/repo.ts
var repo = __webpack_require__(9912);
;// CONCATENATED MODULE: ./src/cli/check.ts













async function checkCommand(args, io) {
    const git = (0,repo/* openRepository */.h)(io.cwd);
    const to = git.revParse(args.to ?? 'HEAD');
    const ref = args.ref ?? git.currentBranch();
    if (!ref) {
        throw new errors/* UsageError */.e('HEAD is detached, so there is no branch to check the push onto', 'Pass the target with --ref (for example --ref main).');
    }
    const request = {
        git,
        ref,
        to,
        environment: args.env,
        configPath: args.config,
        version: true,
        // A person who runs check asks for the whole answer: with verify configured, Jira is asked too.
        jira: (verify) => (0,lookup/* onlineLookup */.K)(verify, { url: io.env.JIRA_URL, ...(0,jira_verify/* credentialsFromEnv */.kv)(io.env) }),
    };
    if (args.from) {
        request.from = git.revParse(args.from);
    }
    else {
        request.from = await defaultFrom(git, args, ref, to);
        if (!request.from)
            request.known = (0,range/* knownRefShas */.k0)(git, ['refs/heads', 'refs/remotes'], [(0,environments/* parseRef */.rd)(ref).full]);
    }
    const result = await (0,check/* runCheck */.k)(request);
    if (args.format === 'json')
        io.stdout.write(`${JSON.stringify(checkJson(result), null, 2)}\n`);
    else if (args.format === 'markdown')
        io.stdout.write(renderCheckMarkdown(result));
    else
        io.stdout.write((0,check_text/* renderCheckText */.O)(result, { color: (0,style/* useColor */.by)(io.stdout, io.env) }));
    return result.decision === 'block' ? main/* EXIT */.dc.blocked : main/* EXIT */.dc.ok;
}
/**
 * `--from` by default: the upstream of the branch (what the remote has), else the merge-base with
 * the environment's branch, else nothing (and then the commits no other branch has).
 */
async function defaultFrom(git, args, ref, to) {
    const name = (0,environments/* parseRef */.rd)(ref).name;
    const upstream = git.tryUpstream(name);
    if (upstream)
        return upstream;
    const config = await (0,check/* loadTrustedConfig */.C)({ git, configPath: args.config, from: undefined });
    const env = (0,gather/* pickEnvironment */.$)(config, ref, args.env);
    for (const branch of env?.branches ?? []) {
        if (branch.includes('*') || branch === name)
            continue;
        for (const candidate of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
            if (git.tryRevParse(candidate))
                return git.tryMergeBase(to, candidate);
        }
    }
    return undefined;
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