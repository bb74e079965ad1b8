/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 610:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ EXIT),
  iW: () => (/* binding */ main),
  N7: () => (/* binding */ reportError)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/cli/commands.ts
/**
 * Commands that parse their own options, each from its own module, loaded only when named, so the
 * hooks' start-up never pays for them. One entry a command; the order is the global usage's.
 */
const COMMANDS = {
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(912), __nccwpck_require__.e(39), __nccwpck_require__.e(218), __nccwpck_require__.e(75), __nccwpck_require__.e(513)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4513))).check,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(243), __nccwpck_require__.e(912), __nccwpck_require__.e(39), __nccwpck_require__.e(218), __nccwpck_require__.e(748), __nccwpck_require__.e(322), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8943))).plan,
    version: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(912), __nccwpck_require__.e(39), __nccwpck_require__.e(218), __nccwpck_require__.e(308)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6308))).version,
    'pre-push': async () => (await __nccwpck_require__.e(/* import() */ 204).then(__nccwpck_require__.bind(__nccwpck_require__, 7204))).prePush,
    'commit-msg': async () => (await __nccwpck_require__.e(/* import() */ 81).then(__nccwpck_require__.bind(__nccwpck_require__, 8081))).commitMsg,
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(912), __nccwpck_require__.e(39), __nccwpck_require__.e(218), __nccwpck_require__.e(380), __nccwpck_require__.e(200)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4200))).init,
    config: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(912), __nccwpck_require__.e(39), __nccwpck_require__.e(218), __nccwpck_require__.e(114)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4114))).config,
    record: () => Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(243), __nccwpck_require__.e(912), __nccwpck_require__.e(39), __nccwpck_require__.e(748), __nccwpck_require__.e(322), __nccwpck_require__.e(356), __nccwpck_require__.e(484), __nccwpck_require__.e(285)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6893)).then((m) => m.run),
    status: () => Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(912), __nccwpck_require__.e(39), __nccwpck_require__.e(58)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3058)).then((m) => m.run),
};
COMMANDS.metrics = () => Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(912), __nccwpck_require__.e(542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2542)).then((m) => m.run);
COMMANDS.notify = () => Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(243), __nccwpck_require__.e(912), __nccwpck_require__.e(39), __nccwpck_require__.e(218), __nccwpck_require__.e(748), __nccwpck_require__.e(322), __nccwpck_require__.e(356), __nccwpck_require__.e(484), __nccwpck_require__.e(977)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6977)).then((m) => m.run);
COMMANDS.rollback = () => Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(243), __nccwpck_require__.e(912), __nccwpck_require__.e(39), __nccwpck_require__.e(218), __nccwpck_require__.e(748), __nccwpck_require__.e(322), __nccwpck_require__.e(356), __nccwpck_require__.e(875)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7875)).then((m) => m.run);

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(776);
// EXTERNAL MODULE: ./src/cli/suggest.ts
var suggest = __nccwpck_require__(7472);
;// CONCATENATED MODULE: ./src/cli/main.ts




const EXIT = { ok: 0, blocked: 1, usage: 2, internal: 3 };
/** Flags that stand before any command. `--print-config` is commitlint's name for `config`. */
const GLOBAL_FLAGS = ['--help', '-h', '--version', '-v', '--print-config', '--debug'];
/**
 * The CLI door: find the command, let it parse its own options, and turn every failure into an
 * exit code with a message (as JSON on stdout under `--format json`). Commands are imported
 * lazily so that `commit-msg` never loads the plan or the versioning code.
 */
async function main(argv, io) {
    const debug = argv.includes('--debug');
    try {
        let rest = argv.filter((a, i) => !(a === '--debug' && i === 0));
        const first = rest[0];
        if (first === '--version' || first === '-v') {
            io.stdout.write(`${PACKAGE_VERSION}\n`);
            return EXIT.ok;
        }
        if (first === '--print-config')
            rest = ['config', ...rest.slice(1)];
        if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
            const topic = first === undefined ? undefined : rest[1];
            if (topic && COMMANDS[topic])
                return await (await COMMANDS[topic]())(['--help'], io);
            io.stdout.write(await usage());
            return first === undefined ? EXIT.usage : EXIT.ok;
        }
        const name = rest[0];
        if (name.startsWith('-')) {
            const near = (0,suggest/* closest */.k)(name, GLOBAL_FLAGS);
            throw new errors/* UsageError */.e(`unknown option ${name} before the command${near ? `; did you mean ${near}?` : ''}`, 'Options go after the command: gitops-action <command> [options]. Run `gitops-action --help` for the commands.');
        }
        const load = COMMANDS[name];
        if (!load) {
            const near = (0,suggest/* closest */.k)(name, Object.keys(COMMANDS));
            throw new errors/* UsageError */.e(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ''}`, `Commands: ${Object.keys(COMMANDS).join(', ')}. Run \`gitops-action --help\` for the usage.`);
        }
        return await (await load())(rest.slice(1), io);
    }
    catch (err) {
        return reportError(err, io, debug, (0,options/* formatInArgv */.fs)(argv) === 'json');
    }
}
/**
 * An error as the user reads it: exit 2 with the message and the fix for what they can fix, exit 3
 * for the rest. Under `--format json` it is one JSON object on stdout, as every other answer is.
 */
function reportError(err, io, debug, json = false) {
    const usage = err instanceof errors/* UsageError */.e;
    const exitCode = usage ? EXIT.usage : EXIT.internal;
    const message = err instanceof Error ? err.message : String(err);
    const hint = usage ? err.hint : 'Run again with --debug for the stack trace, and report it.';
    if (json && io.stdout) {
        io.stdout.write(`${JSON.stringify({ error: { message, hint, exitCode } }, null, 2)}\n`);
        if (debug && err instanceof Error && err.stack)
            io.stderr.write(`${err.stack}\n`);
        return exitCode;
    }
    if (usage) {
        io.stderr.write(`gitops-action: error: ${message}\n`);
        if (hint)
            io.stderr.write(`  fix: ${hint}\n`);
        if (debug && err.stack)
            io.stderr.write(`${err.stack}\n`);
        return exitCode;
    }
    io.stderr.write(`gitops-action: internal error: ${message}\n`);
    io.stderr.write(debug && err instanceof Error && err.stack ? `${err.stack}\n` : `  ${hint}\n`);
    return exitCode;
}
/** The global usage: each registered command with its summary (loading every module is fine here). */
async function usage() {
    const lines = [
        'gitops-action: decides deploy, skip or block for a push.',
        '',
        'Usage: gitops-action <command> [options]',
        '',
        'Commands:',
    ];
    for (const [name, load] of Object.entries(COMMANDS)) {
        const runner = await load();
        lines.push(`  ${name.padEnd(12)}${runner.spec?.summary ?? ''}`);
    }
    lines.push('', 'Options:', '  -h, --help      this text; `gitops-action <command> --help` for a command', '  -v, --version   the version of gitops-action', '  --print-config  the same as `gitops-action config`', '', 'Exit codes: 0 deploy or skip, 1 blocked by policy, 2 usage or configuration error, 3 internal error.', '');
    return lines.join('\n');
}
// Replaced at build time would be nicer; reading package.json at run time would cost start-up.
const PACKAGE_VERSION = '0.1.0';


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   fs: () => (/* binding */ formatInArgv)
/* harmony export */ });
/* unused harmony exports COMMON_OPTIONS, optionNames, registerOptionOwners, usageLine, renderHelp, listOr */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7472);



/** Options every command takes; they are not listed in each spec. */
const COMMON_OPTIONS = {
    help: { type: 'boolean', short: 'h', description: 'print this help and exit' },
    debug: { type: 'boolean', description: 'print the stack trace of an internal error' },
};
/** Every option a command accepts, common ones included, as `--name`. */
function optionNames(spec) {
    return Object.keys({ ...spec.options, ...COMMON_OPTIONS }).map((n) => `--${n}`);
}
/**
 * Parses `argv` (everything after the command's name) against the command's spec. Returns
 * undefined when `--help` was asked for (and printed). Every mistake is a UsageError that names
 * the command, the nearest valid option, and where to read more.
 */
function parseCommand(spec, argv, out) {
    const options = { ...spec.options, ...COMMON_OPTIONS };
    const config = {};
    for (const [name, o] of Object.entries(options))
        config[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options: config, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw explainParseError(spec, err, argv);
    }
    const v = parsed.values;
    if (v.help) {
        out.write(renderHelp(spec));
        return undefined;
    }
    const values = {};
    for (const [name, o] of Object.entries(spec.options)) {
        const given = v[name];
        if (o.type === 'boolean') {
            values[name] = given === true;
            continue;
        }
        if (given !== undefined && o.choices && !o.choices.includes(given)) {
            const near = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(String(given), o.choices);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${spec.name} --${name} must be ${listOr(o.choices)}, not ${JSON.stringify(given)}${near ? `; did you mean "${near}"?` : ''}`, `Run \`gitops-action ${spec.name} --help\` for every option.`);
        }
        values[name] = given ?? o.default;
    }
    const allowed = spec.positionals ?? [];
    if (parsed.positionals.length > allowed.length) {
        const extra = parsed.positionals[allowed.length];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${spec.name} takes ${allowed.length === 0 ? 'no arguments' : `at most ${allowed.length} (${allowed.map((p) => p.name).join(' ')})`}, but was given ${JSON.stringify(extra)}`, `Usage: ${usageLine(spec)}`);
    }
    const missing = allowed.find((p, i) => p.required && parsed.positionals[i] === undefined);
    if (missing) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${spec.name} needs ${missing.name}: ${missing.description}`, `Usage: ${usageLine(spec)}`);
    }
    return { values: values, positionals: parsed.positionals, debug: v.debug === true };
}
/** Node's parseArgs errors, reworded: which option, for which command, and the nearest valid one. */
function explainParseError(spec, err, argv) {
    const more = `Run \`gitops-action ${spec.name} --help\` for every option.`;
    const quoted = /'(-[^' ]+)/.exec(err.message)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) {
        const flag = quoted.split('=')[0];
        const near = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(flag, optionNames(spec));
        const elsewhere = near ? undefined : commandsTaking(flag);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${spec.name} has no option ${flag}${near ? `; did you mean ${near}?` : elsewhere ? ` (it belongs to ${elsewhere})` : ''}`, more);
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
        const flag = quoted.split(/[ =]/)[0];
        const name = flag.replace(/^-+/, '');
        const o = spec.options[name] ?? COMMON_OPTIONS[name];
        if (o?.type === 'string')
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${spec.name} ${flag} needs a value (${o.value ?? 'VALUE'})`, more);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${spec.name} ${flag} is a switch and takes no value`, more);
    }
    const first = err.message.split('\n')[0] ?? 'bad arguments';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${spec.name}: ${first} (arguments: ${argv.join(' ')})`, more);
}
/** Filled in by the registry, so "check --husky" can say that --husky belongs to init. */
let optionOwners;
function registerOptionOwners(owners) {
    optionOwners = owners;
}
function commandsTaking(flag) {
    const owners = optionOwners?.get(flag);
    return owners && owners.length > 0 ? owners.join(', ') : undefined;
}
function usageLine(spec) {
    const parts = [`gitops-action ${spec.name}`];
    for (const p of spec.positionals ?? [])
        parts.push(p.required ? p.name : `[${p.name}]`);
    for (const [name, o] of Object.entries(spec.options)) {
        const value = o.type === 'string' ? ` ${o.choices ? o.choices.join('|') : (o.value ?? 'VALUE')}` : '';
        parts.push(`[--${name}${value}]`);
    }
    return parts.join(' ');
}
/** The per-command help: usage, every option with its default, examples, notes. */
function renderHelp(spec) {
    const lines = [`gitops-action ${spec.name}: ${spec.summary}`, '', 'Usage:', `  ${usageLine(spec)}`];
    if (spec.positionals && spec.positionals.length > 0) {
        lines.push('', 'Arguments:');
        for (const p of spec.positionals)
            lines.push(`  ${p.name.padEnd(24)}${p.description}`);
    }
    lines.push('', 'Options:');
    for (const [name, o] of Object.entries({ ...spec.options, ...COMMON_OPTIONS })) {
        const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
        const extra = [];
        if (o.choices)
            extra.push(`one of: ${o.choices.join(', ')}`);
        const fallback = o.defaultText ?? o.default;
        if (fallback !== undefined)
            extra.push(`default: ${fallback}`);
        lines.push(`  ${flag.padEnd(24)}${o.description}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`);
    }
    lines.push('', 'Examples:');
    for (const e of spec.examples)
        lines.push(`  ${e}`);
    for (const note of spec.notes ?? [])
        lines.push('', note);
    return `${lines.join('\n')}\n`;
}
function listOr(values) {
    if (values.length <= 1)
        return values.join('');
    return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
/** The value of `--format` as written in argv, before any parsing (errors are printed in it). */
function formatInArgv(argv) {
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--')
            return undefined;
        if (a === '--format')
            return argv[i + 1];
        if (a.startsWith('--format='))
            return a.slice(9);
    }
    return undefined;
}


/***/ }),

/***/ 7472:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * Did-you-mean for commands, flags and config keys: the candidate nearest in optimal string
 * alignment distance (Levenshtein plus swapping two neighbours, so `chekc` is one edit from
 * `check`), when it is at most 2 edits away, as git's and npm's suggestions are.
 */
function closest(input, candidates, maxDistance = 2) {
    // A flag cut short (`--form`, `--det`) means the one it starts, before any nearer typo.
    const stem = input.toLowerCase();
    const extending = candidates.filter((c) => c.toLowerCase().startsWith(stem));
    if (stem.replace(/^-+/, '').length >= 3 && extending.length === 1)
        return extending[0];
    let best;
    let bestDistance = maxDistance + 1;
    const a = input.toLowerCase();
    for (const candidate of candidates) {
        const d = editDistance(a, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    // A one-letter input is two edits from every two-letter word; that is noise, not a suggestion.
    return best !== undefined && bestDistance < Math.max(input.length, 2) ? best : undefined;
}
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * An error the user can fix: bad flags, a bad config file, a missing revision, a shallow clone.
 * The doors print `message` and `hint` and exit 2; anything else is an internal error (exit 3).
 */
class UsageError extends Error {
    hint;
    constructor(message, hint = '') {
        super(message);
        this.name = 'UsageError';
        this.hint = hint;
    }
}
/** A configuration file that does not parse or does not match the schema. Exit 2. */
class ConfigError extends UsageError {
    constructor(message, hint = 'See the "Configuration" section of the README, or schema/gitops.schema.json.') {
        super(message, hint);
        this.name = 'ConfigError';
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 8229:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = require("node:tty");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(610);

// Bundled as CommonJS (see launcher.cjs), so no top-level await. That also means node would exit
// 0 if the command's promise never settled (an ES module would exit 13): a push must never pass
// that way, so an unsettled run ends as an internal error.
let settled = false;
process.on('exit', () => {
    if (settled)
        return;
    process.stderr.write('gitops-action: internal error: the command ended without an answer\n');
    process.exitCode = _main_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.internal;
});
void (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: creating process.stdin costs start-up, and only pre-push may need it.
    get stdin() {
        return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
}).then((code) => {
    settled = true;
    process.exitCode = code;
});

module.exports = __webpack_exports__;
/******/ })()
;