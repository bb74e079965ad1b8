"use strict";
exports.id = 114;
exports.ids = [114];
exports.modules = {

/***/ 4114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   config: () => (/* binding */ config),
/* harmony export */   explain: () => (/* binding */ explain),
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1954);
/* harmony import */ var _git_default_branch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6702);
/* harmony import */ var _policy_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8218);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(610);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(776);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9912);









const spec = {
    name: 'config',
    summary: 'the effective policy, fully resolved, and where each value came from (also --print-config)',
    options: {
        config: { type: 'string', value: 'FILE', description: 'a policy file on disk, as it stands' },
        ref: {
            type: 'string',
            value: 'REV',
            description: 'read .gitops.yml at this revision',
            defaultText: 'the default branch, where every check reads it',
        },
        format: { type: 'string', value: 'FORMAT', description: 'output', choices: ['text', 'json'], default: 'text' },
    },
    examples: [
        'gitops-action config                          # what check, the hooks and the Action apply',
        'gitops-action config --ref HEAD               # the policy as this branch would change it',
        'gitops-action config --format json | jq \'.values[] | select(.key | startswith("rules.jira"))\'',
    ],
    notes: [
        "Sources, in the order they apply: the embedded default, then the file (with its line), then an environment's rules override (environments.NAME.rules), then flags and the environment variables JIRA_URL, JIRA_USER and JIRA_TOKEN (shown as set or not, never their values).",
    ],
};
const config = async (argv, io) => {
    const parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommand */ .RM)(spec, argv, io.stdout);
    if (!parsed)
        return _main_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
    const args = parsed.values;
    const git = (0,_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .openRepository */ .h)(io.cwd);
    const from = args.ref ? (0,_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveCommit */ .W)(git, args.ref) : undefined;
    const resolved = await (0,_policy_check_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTrustedConfig */ .C)({ git, from, configPath: args.config, explicitFrom: from !== undefined });
    // The same file the loader read, for its lines: from disk for --config, else from the ref.
    let text;
    if (args.config) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, args.config);
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8') : undefined;
    }
    else if (!resolved.embedded) {
        const ref = from ?? (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_4__/* .localDefaultBranch */ .$N)(git)?.ref;
        text = ref ? git.readBlob(ref, _config_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi)?.text : undefined;
    }
    const values = explain(resolved, text, args.config ?? _config_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi, io.env);
    if (args.format === 'json') {
        const body = { source: resolved.source, embedded: resolved.embedded, values };
        io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        return _main_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
    }
    const lines = [`# effective policy: ${resolved.source}`];
    const width = Math.min(60, Math.max(...values.map((v) => `${v.key}: ${JSON.stringify(v.value)}`.length)));
    for (const v of values) {
        const entry = `${v.key}: ${JSON.stringify(v.value)}`;
        lines.push(`${entry.padEnd(width)}  # ${describeSource(v.from)}`);
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return _main_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
};
config.spec = spec;
function describeSource(p) {
    const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}` : '';
    switch (p.kind) {
        case 'default':
            return 'embedded default';
        case 'file':
            return where;
        case 'environment-override':
            return `environment override, ${where}`;
        case 'environment-variable':
            return 'environment variable';
    }
}
/**
 * Every leaf of the resolved policy with its source. A value the file sets has its line; an
 * environment's rule that the file overrides under `environments.NAME.rules` says so; the rest
 * is the embedded default.
 */
function explain(resolved, text, file, env) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = text !== undefined ? (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter: counter }) : undefined;
    const lineOf = (path) => {
        if (!doc?.hasIn(path))
            return undefined;
        const node = doc.getIn(path, true);
        // A scalar or collection has a range; a null value (key: ~) still counts, at the map's line.
        return node?.range ? counter.linePos(node.range[0]).line : lineOf(path.slice(0, -1));
    };
    // A key set at its own path, or (for a value inside a rule) at the closest ancestor the file set
    // to `false` or a scalar that decides it.
    const locate = (path) => {
        for (let n = path.length; n > 0; n--) {
            const line = doc?.hasIn(path.slice(0, n)) ? lineOf(path.slice(0, n)) : undefined;
            if (line !== undefined && (n === path.length || isScalarAt(path.slice(0, n))))
                return line;
        }
        return undefined;
    };
    const isScalarAt = (path) => {
        const v = doc?.getIn(path);
        return v === null || typeof v !== 'object';
    };
    const out = [];
    const fileSource = (path) => {
        if (resolved.embedded)
            return undefined;
        const line = locate(path);
        return line !== undefined ? { kind: 'file', file, line } : undefined;
    };
    const add = (path, value) => {
        let from = { kind: 'default' };
        if (path[0] === 'environments' && path[2] === 'rules') {
            const own = fileSource(path);
            const top = fileSource(['rules', ...path.slice(3)]);
            from = own ? { ...own, kind: 'environment-override' } : (top ?? from);
        }
        else if (path[0] === 'environments' && !resolved.embedded && doc?.hasIn(['environments'])) {
            from = fileSource(path) ?? { kind: 'file', file, line: lineOf(path.slice(0, 2)) };
            if (!doc.hasIn(path))
                from = { kind: 'default' };
        }
        else {
            from = fileSource(path) ?? from;
        }
        out.push({ key: path.join('.'), value, from });
    };
    const walk = (path, value) => {
        if (value === undefined)
            return;
        if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
            for (const [k, v] of Object.entries(value))
                if (!(path.length === 2 && path[0] === 'environments' && k === 'name'))
                    walk([...path, k], v);
        }
        else {
            add(path, value);
        }
    };
    walk(['admins'], resolved.admins);
    walk(['versioning'], resolved.versioning);
    for (const [name, e] of Object.entries(resolved.environments))
        walk(['environments', name], e);
    walk(['rules'], resolved.rules);
    for (const name of ['JIRA_URL', 'JIRA_USER', 'JIRA_TOKEN']) {
        if (env[name] !== undefined)
            out.push({
                key: `env.${name}`,
                value: name === 'JIRA_URL' ? env[name] : '(set)',
                from: { kind: 'environment-variable' },
            });
    }
    return out;
}


/***/ })

};
;