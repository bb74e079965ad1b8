"use strict";
exports.id = 943;
exports.ids = [943];
exports.modules = {

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand)
/* harmony export */ });
/* harmony import */ var _descriptors_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1477);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _policy_acceptance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6519);
/* harmony import */ var _policy_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3643);
/* harmony import */ var _policy_gather_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1391);
/* harmony import */ var _report_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1307);
/* harmony import */ var _report_style_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1791);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5829);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9912);









/** `plan --from A --to B`: the destructive-diff gate alone, like `terraform plan`. Exit 1 when it blocks. */
async function planCommand(args, io) {
    if (!args.from || !args.to) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e('plan needs both --from and --to', 'For example: gitops-action plan --from origin/main --to HEAD');
    }
    const git = (0,_repo_js__WEBPACK_IMPORTED_MODULE_7__/* .openRepository */ .h)(io.cwd);
    const from = git.revParse(args.from);
    const to = git.revParse(args.to);
    const config = await (0,_policy_check_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrustedConfig */ .C)({ git, from, configPath: args.config });
    // The top-level rules by default; --env picks an environment's overrides (for example production's).
    const rules = args.env ? (0,_policy_gather_js__WEBPACK_IMPORTED_MODULE_4__/* .pickEnvironment */ .$)(config, 'refs/plan', args.env).rules : config.rules;
    const destructive = rules.destructive;
    if (!destructive) {
        io.stdout.write('The destructive gate is turned off (rules.destructive: false); nothing to plan.\n');
        return _main_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
    }
    const facts = await (0,_policy_gather_js__WEBPACK_IMPORTED_MODULE_4__/* .gatherFacts */ .p)({
        git,
        config: { ...config, environments: {}, rules: { ...rules, 'policy-change': false, jira: false, branches: false } },
        ref: 'refs/plan',
        range: { kind: 'explicit', from, to, revArgs: from === to ? [] : [to, `^${from}`] },
        mode: 'full',
    });
    const plan = facts.plan ??
        (0,_descriptors_plan_js__WEBPACK_IMPORTED_MODULE_0__.buildPlan)({
            before: new Map(),
            after: new Map(),
            config: destructive,
            accepted: (0,_policy_acceptance_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptedKinds */ .P)(facts.commits, rules),
        });
    if (args.format === 'json') {
        io.stdout.write(`${JSON.stringify({ objects: plan.objects, findings: plan.findings, summary: plan.summary }, null, 2)}\n`);
    }
    else if (args.format === 'markdown') {
        io.stdout.write(`${(0,_report_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanMarkdown */ .d$)(plan)}\n`);
    }
    else {
        io.stdout.write(`${(0,_report_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanText */ .$D)(plan, { color: (0,_report_style_js__WEBPACK_IMPORTED_MODULE_8__/* .useColor */ .by)(io.stdout, io.env) })}\n`);
    }
    return plan.findings.some((f) => f.severity === 'error') ? _main_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.blocked : _main_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
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