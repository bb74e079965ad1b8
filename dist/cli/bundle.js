/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 5829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ EXIT),
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: reportError

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts


const OPTIONS = {
    from: { type: 'string' },
    to: { type: 'string' },
    ref: { type: 'string' },
    env: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    husky: { type: 'boolean' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new errors/* UsageError */.e(err.message.split('\n')[0] ?? 'bad arguments', 'Run `gitops-action --help` for the usage.');
    }
    const v = parsed.values;
    const format = (v.format ?? 'text');
    if (!['text', 'json', 'markdown'].includes(format)) {
        throw new errors/* UsageError */.e(`--format must be text, json or markdown, not ${JSON.stringify(v.format)}`);
    }
    const [command, ...positionals] = parsed.positionals;
    return {
        command,
        positionals,
        from: v.from,
        to: v.to,
        ref: v.ref,
        env: v.env,
        config: v.config,
        format,
        husky: v.husky ?? false,
        debug: v.debug ?? false,
        help: v.help ?? false,
        printVersion: v.version ?? false,
    };
}
const USAGE = `gitops-action: decides deploy, skip or block for a push.

Usage:
  gitops-action check      [--from REV] [--to REV] [--ref REF] [--env NAME] [--config FILE] [--format text|json|markdown]
  gitops-action plan       --from REV --to REV [--config FILE] [--format text|json|markdown]
  gitops-action version    [--ref REV] [--format text|json]
  gitops-action pre-push   REMOTE URL     (git's pre-push protocol on stdin)
  gitops-action commit-msg FILE           (message rules, before the commit exists)
  gitops-action init       [--husky]      (starter .gitops.yml and hook lines)

Options:
  --debug     show stack traces for internal errors
  --help      this text

Exit codes: 0 deploy or skip, 1 blocked by policy, 2 usage or configuration error, 3 internal error.
`;

;// CONCATENATED MODULE: ./src/cli/commands.ts
/**
 * Commands that parse their own options, each from its own module, loaded only when named, so the
 * hooks' start-up never pays for them. One entry a command.
 */
const COMMANDS = {};

;// CONCATENATED MODULE: ./src/cli/main.ts



const EXIT = { ok: 0, blocked: 1, usage: 2, internal: 3 };
/**
 * The CLI door: parse, dispatch, and turn every failure into an exit code with a message. Commands
 * are imported lazily so that `commit-msg` never loads the plan or the versioning code.
 */
async function main(argv, io) {
    let debug = argv.includes('--debug');
    try {
        const name = argv.find((a) => !a.startsWith('-'));
        const own = name !== undefined ? COMMANDS[name] : undefined;
        if (own && name !== undefined) {
            const rest = [...argv];
            rest.splice(rest.indexOf(name), 1);
            return await (await own())(rest, io);
        }
        const args = parseCliArgs(argv);
        debug = args.debug;
        if (args.printVersion) {
            io.stdout.write(`${PACKAGE_VERSION}\n`);
            return EXIT.ok;
        }
        if (args.help || !args.command) {
            io.stdout.write(USAGE);
            return args.command || args.help ? EXIT.ok : EXIT.usage;
        }
        switch (args.command) {
            case 'check':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(196), __nccwpck_require__.e(698), __nccwpck_require__.e(513)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4513))).checkCommand(args, io);
            case 'plan':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(196), __nccwpck_require__.e(815), __nccwpck_require__.e(698), __nccwpck_require__.e(477), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8943))).planCommand(args, io);
            case 'version':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(196), __nccwpck_require__.e(698), __nccwpck_require__.e(882)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3882))).versionCommand(args, io);
            case 'commit-msg':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(196), __nccwpck_require__.e(698), __nccwpck_require__.e(485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6485))).commitMsgCommand(args, io);
            case 'pre-push':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(196), __nccwpck_require__.e(698), __nccwpck_require__.e(946)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2946))).prePushCommand(args, io);
            case 'init':
                return await (await __nccwpck_require__.e(/* import() */ 646).then(__nccwpck_require__.bind(__nccwpck_require__, 7646))).initCommand(args, io);
            default:
                throw new errors/* UsageError */.e(`unknown command "${args.command}"`, 'Commands: check, plan, version, pre-push, commit-msg, init.');
        }
    }
    catch (err) {
        return reportError(err, io, debug);
    }
}
function reportError(err, io, debug) {
    if (err instanceof errors/* UsageError */.e) {
        io.stderr.write(`gitops-action: error: ${err.message}\n`);
        if (err.hint)
            io.stderr.write(`  fix: ${err.hint}\n`);
        if (debug && err.stack)
            io.stderr.write(`${err.stack}\n`);
        return EXIT.usage;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`gitops-action: internal error: ${message}\n`);
    io.stderr.write(debug && err instanceof Error && err.stack
        ? `${err.stack}\n`
        : '  Run again with --debug for the stack trace, and report it.\n');
    return EXIT.internal;
}
// Replaced at build time would be nicer; reading package.json at run time would cost start-up.
const PACKAGE_VERSION = '0.1.0';


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

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

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

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = require("node:tty");

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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5829);

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