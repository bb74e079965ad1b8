"use strict";
exports.id = 282;
exports.ids = [282];
exports.modules = {

/***/ 7282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prePushCommand: () => (/* binding */ prePushCommand)
});

// UNUSED EXPORTS: parsePushLines

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(610);
// EXTERNAL MODULE: ./src/cli/repo.ts
var repo = __webpack_require__(9912);
// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/range.ts
var range = __webpack_require__(8893);
// EXTERNAL MODULE: ./src/policy/check.ts
var check = __webpack_require__(8218);
// EXTERNAL MODULE: ./src/record/git-store.ts
var git_store = __webpack_require__(2713);
// EXTERNAL MODULE: ./src/record/types.ts
var types = __webpack_require__(3728);
// EXTERNAL MODULE: ./src/report/check-text.ts
var check_text = __webpack_require__(8820);
// EXTERNAL MODULE: ./src/report/style.ts
var style = __webpack_require__(1791);
// EXTERNAL MODULE: ./src/jira/ca.ts
var ca = __webpack_require__(162);
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
    const { pem, problem } = (0,ca/* stashedExtraCa */.D)(process.env);
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
 * The policy is the remote's default branch's (`<remote>/HEAD`), one for every ref of the push.
 * The range starts at the environment's last deploy in the local record when there is one, else
 * at the remote's sha, else (a new ref) at the merge-base with the default branch.
 */
async function prePushCommand(args, io) {
    const remote = args.positionals[0] ?? '';
    const lines = parsePushLines(await readStdin(io));
    const git = (0,repo/* openRepository */.h)(io.cwd, lines[0]?.remoteSha);
    const s = (0,style/* style */.iF)((0,style/* useColor */.by)(io.stderr, io.env));
    const push = await pushContext(git, remote, args);
    // Where the policy came from is news only when it is not the remote's default branch as usual
    // (no origin/HEAD, an invalid file replaced by its last valid version): then say it every time.
    for (const note of push.config.notes ?? [])
        io.stderr.write(s.yellow(`gitops-action: note: ${(0,style/* terminalSafe */.kJ)(note)}\n`));
    let blocked = 0;
    for (const line of lines) {
        const result = await checkPushLine(git, push, line);
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
/**
 * One `for-each-ref` lists the remote's tracking refs (its HEAD names the default branch) and the
 * local deploy record together, so a fast-forward push pays one git process for both, and the
 * record's log is read only for an environment that has one.
 */
async function pushContext(git, remote, args) {
    // git passes the remote's name, or the URL when the push names a URL: then origin's refs count.
    const name = remote && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote) ? remote : 'origin';
    const listing = git.refs([`refs/remotes/${name}/`, `${git_store/* DEPLOYED_PREFIX */.A$}`, `${git_store/* LOG_PREFIX */.cK}`]);
    const recorded = new Set(listing
        .filter((r) => r.ref.startsWith(git_store/* DEPLOYED_PREFIX */.A$) || r.ref.startsWith(git_store/* LOG_PREFIX */.cK))
        .map((r) => r.ref.replace(/^refs\/(deployments|deploy-log)\//, '')));
    const remoteListing = listing.filter((r) => r.ref.startsWith(`refs/remotes/${name}/`));
    const config = await (0,check/* loadTrustedConfig */.C)({ git, configPath: args.config, remote: name, remoteListing });
    const hasDefaultBranch = remoteListing.some((r) => r.ref === `refs/remotes/${name}/HEAD`);
    return {
        config,
        remote: name,
        listing: remoteListing,
        record: recorded.size > 0 ? onlyRecorded((0,git_store/* gitRecordReader */.j5)(git), recorded) : types/* NO_RECORD */.i,
        hasDefaultBranch,
        fallbackRemote: remote,
    };
}
/** The git-ref reader, asked only about environments the listing showed a record for. */
function onlyRecorded(reader, recorded) {
    return {
        lastSuccess: async (env) => (recorded.has(env) ? reader.lastSuccess(env) : undefined),
        history: async (env, options) => (recorded.has(env) ? reader.history(env, options) : []),
        environments: async () => [...recorded].sort(),
    };
}
async function checkPushLine(git, push, line) {
    const ref = (0,environments/* parseRef */.rd)(line.remoteRef);
    if (ref.kind === 'other')
        return undefined;
    const deleting = line.localRef === '(delete)' || (0,range/* isZeroSha */.hp)(line.localSha);
    const environment = (0,environments/* environmentFor */.DD)(push.config, ref);
    // git hands us the local sha of an object it is about to send: it exists, no need to ask.
    if (!deleting)
        git.assumeCommit(line.localSha);
    return (0,check/* runCheck */.k)({
        git,
        config: push.config,
        ref: line.remoteRef,
        from: (0,range/* isZeroSha */.hp)(line.remoteSha) ? undefined : line.remoteSha,
        to: deleting ? undefined : line.localSha,
        remote: push.remote,
        remoteListing: push.listing,
        record: push.record,
        // Only where no default branch is known: what the remote already has counts as there.
        known: push.hasDefaultBranch || !(0,range/* isZeroSha */.hp)(line.remoteSha) ? undefined : remoteRefShas(git, push.fallbackRemote),
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

/***/ 162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stashedExtraCa)
/* harmony export */ });
/* unused harmony export STASHED_CA_ENV */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

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
        return { pem: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') };
    }
    catch (error) {
        return { problem: `${STASHED_CA_ENV} (from NODE_EXTRA_CA_CERTS) could not be read: ${error.message}` };
    }
}


/***/ })

};
;