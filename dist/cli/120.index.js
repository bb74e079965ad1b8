"use strict";
exports.id = 120;
exports.ids = [120];
exports.modules = {

/***/ 120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAt: () => (/* binding */ renderAt)
/* harmony export */ });
/* unused harmony export RENDER_KEY */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





/** The plan input key under which a render command's output is compared. */
const RENDER_KEY = '<render>';
/** Marks a timeout on the wrapper's stderr; the command's own output cannot end with it by chance. */
const TIMEOUT_MARK = '\n@@gitops-action:render-timeout@@\n';
/**
 * A tiny supervisor, run with `node -e`: it starts `sh -c <command>` in its own process group,
 * passes its output through, and kills the whole group on timeout (or when the command exits,
 * so that a background child cannot hold the pipe open). `spawnSync` alone would only kill `sh`.
 */
const SUPERVISOR = `
const { spawn } = require('node:child_process');
const [command, ms] = process.argv.slice(1);
const child = spawn('sh', ['-c', command], { detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} };
const timer = setTimeout(() => { killGroup(); process.stderr.write(${JSON.stringify(TIMEOUT_MARK)}); process.exit(124); }, Number(ms));
child.on('error', (e) => { clearTimeout(timer); process.stderr.write(String(e.message)); process.exit(127); });
child.on('exit', (code, signal) => { clearTimeout(timer); killGroup(); process.exit(code ?? (signal ? 128 : 1)); });
`;
/** Environment variables a render command does not need and must not be able to read. */
const SECRET = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|^ACTIONS_RUNTIME|^ACTIONS_ID_TOKEN/i;
function tail(text, lines = 20, chars = 2000) {
    const t = text.trimEnd().split('\n').slice(-lines).join('\n');
    return t.length > chars ? `…${t.slice(-chars)}` : t;
}
/**
 * Materialises the tree at `rev` in a temporary folder (`git archive | tar -x`), runs `command`
 * there with `sh -c`, and returns its standard output as the single "file" `<render>`. The command
 * comes from the trusted policy file, never from the commits being checked; it runs without the
 * environment's tokens and secrets. A non-zero exit or a timeout is a `UsageError`.
 */
function renderAt(git, rev, command, timeoutSeconds) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'gitops-render-'));
    try {
        const archive = git.execGit(['archive', '--format=tar', '--end-of-options', rev]).stdout;
        const untar = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('tar', ['-x', '-f', '-', '-C', dir], { input: archive, maxBuffer: 64 * 1024 * 1024 });
        if (untar.error || untar.status !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`render: could not unpack ${rev}: ${untar.error?.message ?? untar.stderr.toString('utf8').trim()}`, 'Make sure `tar` is installed.');
        }
        const env = {};
        for (const [k, v] of Object.entries(process.env))
            if (!SECRET.test(k))
                env[k] = v;
        const ms = Math.max(1, Math.round(timeoutSeconds * 1000));
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(process.execPath, ['-e', SUPERVISOR, command, String(ms)], {
            cwd: dir,
            env,
            maxBuffer: 1024 * 1024 * 1024,
            // A backstop in case the supervisor itself hangs.
            timeout: ms + 30_000,
        });
        const stderr = r.stderr?.toString('utf8') ?? '';
        const short = rev.length > 12 ? rev.slice(0, 12) : rev;
        const backstop = r.error?.code === 'ETIMEDOUT';
        if (r.error && !backstop) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`render command \`${command}\` could not run at ${short}: ${r.error.message}`, 'Check the command.');
        }
        if (stderr.endsWith(TIMEOUT_MARK) || backstop) {
            const before = stderr.endsWith(TIMEOUT_MARK) ? stderr.slice(0, -TIMEOUT_MARK.length) : stderr;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`render command \`${command}\` timed out after ${timeoutSeconds}s at ${short}${before.trim() ? `; stderr:\n${tail(before)}` : ''}`, 'Make the command faster or raise rules.destructive.render-timeout in the policy file.');
        }
        if (r.status !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`render command \`${command}\` failed at ${short} with exit status ${r.status ?? r.signal}${stderr.trim() ? `; stderr:\n${tail(stderr)}` : ''}`, 'Run the same command in a checkout of that revision to see why; the plan compares its output.');
        }
        return new Map([[RENDER_KEY, r.stdout.toString('utf8')]]);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
;