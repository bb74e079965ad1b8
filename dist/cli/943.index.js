"use strict";
exports.id = 943;
exports.ids = [943];
exports.modules = {

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   plan: () => (/* binding */ plan),
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _descriptors_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1322);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _policy_acceptance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6519);
/* harmony import */ var _policy_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8218);
/* harmony import */ var _policy_gather_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7831);
/* harmony import */ var _report_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1307);
/* harmony import */ var _report_style_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1791);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(610);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(776);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9912);










const spec = {
    name: 'plan',
    summary: 'the destructive-diff gate alone: what a push would add, change and destroy, like terraform plan',
    options: {
        from: { type: 'string', value: 'REV', description: 'the deployed state (required)' },
        to: { type: 'string', value: 'REV', description: 'the requested state (required)' },
        env: {
            type: 'string',
            value: 'NAME',
            description: "use this environment's rules (its overrides of rules.destructive)",
            defaultText: 'the top-level rules',
        },
        config: {
            type: 'string',
            value: 'FILE',
            description: 'a policy file on disk, as it stands',
            defaultText: '.gitops.yml at --from',
        },
        format: {
            type: 'string',
            value: 'FORMAT',
            description: 'output',
            choices: ['text', 'json', 'markdown'],
            default: 'text',
        },
        'detailed-exitcode': {
            type: 'boolean',
            description: "terraform's exit codes: 0 no changes, 2 changes present, 1 error or blocked",
        },
    },
    examples: [
        'gitops-action plan --from origin/main --to HEAD',
        'gitops-action plan --from v1.2.0 --to v1.3.0 --env production --format json',
        'gitops-action plan --from origin/main --to HEAD --detailed-exitcode; echo $?',
    ],
    notes: [
        'Exit codes: 0 nothing destructive, 1 blocked by a destructive change, 2 usage or configuration error, 3 internal error.',
        'With --detailed-exitcode (as terraform defines it): 0 no changes, 2 changes present and none blocks, 1 a destructive change blocks or any error (a usage or configuration error too, so that 2 means only "changes").',
    ],
};
const plan = async (argv, io) => {
    if (!argv.includes('--detailed-exitcode'))
        return run(argv, io);
    try {
        return await run(argv, io);
    }
    catch (err) {
        // terraform's contract: 1 is an error; 2 would be read as "changes present".
        (0,_main_js__WEBPACK_IMPORTED_MODULE_7__/* .reportError */ .N7)(err, io, argv.includes('--debug'), (0,_options_js__WEBPACK_IMPORTED_MODULE_8__/* .formatInArgv */ .fs)(argv) === 'json');
        return 1;
    }
};
plan.spec = spec;
async function run(argv, io) {
    const parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommand */ .RM)(spec, argv, io.stdout);
    if (!parsed)
        return _main_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    const args = parsed.values;
    if (!args.from || !args.to) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`plan needs both --from and --to${args.from || args.to ? ` (--${args.from ? 'to' : 'from'} is missing)` : ''}`, 'For example: gitops-action plan --from origin/main --to HEAD');
    }
    const git = (0,_repo_js__WEBPACK_IMPORTED_MODULE_9__/* .openRepository */ .h)(io.cwd);
    const from = (0,_repo_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveCommit */ .W)(git, args.from);
    const to = (0,_repo_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveCommit */ .W)(git, args.to);
    const config = await (0,_policy_check_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrustedConfig */ .C)({ git, from, configPath: args.config, explicitFrom: true });
    // The top-level rules by default; --env picks an environment's overrides (for example production's).
    const rules = args.env ? (0,_policy_gather_js__WEBPACK_IMPORTED_MODULE_4__/* .pickEnvironment */ .$)(config, 'refs/plan', args.env).rules : config.rules;
    const destructive = rules.destructive;
    let result;
    let off = false;
    if (!destructive) {
        off = true;
        result = { objects: [], findings: [], summary: { add: 0, change: 0, destroy: 0, destructive: 0 } };
    }
    else {
        const facts = await (0,_policy_gather_js__WEBPACK_IMPORTED_MODULE_4__/* .gatherFacts */ .p)({
            git,
            config: {
                ...config,
                environments: {},
                rules: { ...rules, 'policy-change': false, jira: false, branches: false },
            },
            ref: 'refs/plan',
            range: { kind: 'explicit', from, to, revArgs: from === to ? [] : [to, `^${from}`] },
            mode: 'full',
        });
        result =
            facts.plan ??
                (0,_descriptors_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPlan */ .G)({
                    before: new Map(),
                    after: new Map(),
                    config: destructive,
                    accepted: (0,_policy_acceptance_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptedKinds */ .P)(facts.commits, rules, { admins: config.admins }),
                });
    }
    const offNote = 'The destructive gate is turned off (rules.destructive: false); nothing to plan.';
    if (args.format === 'json') {
        const body = {
            objects: result.objects,
            findings: result.findings,
            summary: result.summary,
            ignored: result.ignored ?? [],
            targets: result.targets ?? [],
        };
        if (off)
            body.note = offNote;
        io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    }
    else if (off) {
        io.stdout.write(`${offNote}\n`);
    }
    else if (args.format === 'markdown') {
        io.stdout.write(`${(0,_report_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanMarkdown */ .d$)(result)}\n`);
    }
    else {
        io.stdout.write(`${(0,_report_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanText */ .$D)(result, { color: (0,_report_style_js__WEBPACK_IMPORTED_MODULE_6__/* .useColor */ .by)(io.stdout, io.env) })}\n`);
    }
    const blocked = result.findings.some((f) => f.severity === 'error');
    if (blocked)
        return _main_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.blocked;
    if (args['detailed-exitcode'])
        return result.objects.length > 0 ? 2 : 0;
    return _main_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
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