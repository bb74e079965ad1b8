"use strict";
exports.id = 285;
exports.ids = [285];
exports.modules = {

/***/ 6893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/default-branch.ts
var default_branch = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/notify/failure.ts + 7 modules
var failure = __webpack_require__(4790);
// EXTERNAL MODULE: ./src/policy/policy-source.ts
var policy_source = __webpack_require__(5894);
// EXTERNAL MODULE: ./src/record/git-store.ts
var git_store = __webpack_require__(2713);
;// CONCATENATED MODULE: ./src/record/rollback-of.ts
/**
 * The `Rollback-Of:` trailer of a deployed commit: what `gitops-action rollback` writes. The
 * `record` command passes it to `writeDeploy(..., { rollbackOf })`, so the record (and `status
 * --history`) shows the deploy as a rollback; the metrics read the trailer too, for records
 * written without it. Undefined when the commit carries none, or names no sha.
 */
function rollbackOfCommit(git, sha) {
    const [commit] = git.log([sha], { maxCount: 1 });
    const trailer = commit?.trailers.find((t) => t.key.toLowerCase() === 'rollback-of');
    const value = trailer?.value.trim();
    return value && /^[0-9a-f]{7,64}$/.test(value) ? value : undefined;
}

// EXTERNAL MODULE: ./src/report/style.ts
var style = __webpack_require__(1791);
// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(610);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/repo.ts
var repo = __webpack_require__(9912);
;// CONCATENATED MODULE: ./src/cli/record.ts










const SHARE = "git push origin 'refs/deployments/*' 'refs/deploy-log/*'";
const spec = {
    name: 'record',
    summary: 'record a deploy in git (refs/deploy-log/<env>, and refs/deployments/<env> after a success)',
    options: {
        env: { type: 'string', value: 'NAME', description: 'the environment deployed to (required)' },
        status: {
            type: 'string',
            value: 'STATUS',
            description: 'the outcome of the deploy job (required)',
            choices: ['success', 'failure'],
        },
        sha: { type: 'string', value: 'REV', description: 'the deployed commit', default: 'HEAD' },
        version: { type: 'string', value: 'V', description: 'the version deployed (for example 1.4.2)' },
        at: {
            type: 'string',
            value: 'TIME',
            description: 'when the deploy reached that status, ISO 8601',
            defaultText: 'now',
        },
        by: {
            type: 'string',
            value: 'WHO',
            description: 'who or what deployed it',
            defaultText: "git's committer, user.name <user.email>",
        },
        url: { type: 'string', value: 'URL', description: 'a link to the run that deployed it' },
        'rollback-of': {
            type: 'string',
            value: 'REV',
            description: 'for a rollback: the commit it rolled back from',
            defaultText: 'the Rollback-Of: trailer of the deployed commit, as gitops-action rollback writes it',
        },
        format: {
            type: 'string',
            value: 'FORMAT',
            description: 'output format',
            choices: ['text', 'json'],
            default: 'text',
        },
    },
    examples: [
        'gitops-action record --env production --status success --sha v1.4.2 --version 1.4.2',
        'gitops-action record --env staging --status failure --url "$RUN_URL"   # and tell people (notify:)',
    ],
    notes: [
        'Records a deploy in git itself, for deploy jobs that are not GitHub environments and for hosts other than GitHub: a record commit on refs/deploy-log/NAME (every deploy, newest first) and, after a success, refs/deployments/NAME at the deployed commit. The next check of NAME starts there. Recording the same deploy twice changes nothing.',
        "A newly recorded failure is announced as `gitops-action notify` does, by the policy's notify: block (Jira, Slack, email); a channel that fails is reported, and record still exits 0.",
        `Share the record with the remote (git does not push these refs by itself):\n  ${SHARE}`,
    ],
};
const run = async (argv, io) => {
    const parsed = (0,options/* parseCommand */.RM)(spec, argv, io.stdout);
    if (!parsed)
        return main/* EXIT */.dc.ok;
    const v = parsed.values;
    if (!v.env)
        throw new errors/* UsageError */.e('record needs --env NAME', 'For example: gitops-action record --env production --status success');
    if (!v.status) {
        throw new errors/* UsageError */.e('record needs --status success|failure', 'Record the outcome of the deploy job: --status success, or --status failure.');
    }
    const status = v.status === 'failure' ? 'failure' : 'success';
    const format = v.format;
    (0,git_store/* assertEnvironmentName */.vC)(v.env);
    const git = (0,repo/* openRepository */.h)(io.cwd);
    // A typo records a deploy that no check will ever read: say so (it is not an error, since the
    // record may be written before the policy names the environment).
    const config = await (0,policy_source/* loadTrustedConfig */.C)({ git, remote: (0,default_branch/* remoteOf */.e1)(git, git.currentBranch()) });
    if (!config.environments[v.env]) {
        const known = Object.keys(config.environments).join(', ') || 'none';
        io.stderr.write(`gitops-action: warning: ${JSON.stringify(v.env)} is not an environment of the policy (${config.source}; known: ${known}), so no check reads this record.\n`);
    }
    const by = v.by ?? committerIdent(git);
    const sha = git.revParse(v.sha);
    const result = (0,git_store/* writeDeploy */.tN)(git, {
        environment: v.env,
        sha,
        status,
        at: v.at,
        by,
        version: v.version,
        url: v.url,
        // A commit written by `gitops-action rollback` says what it rolls back from in its trailer.
        rollbackOf: v['rollback-of'] ? git.revParse(v['rollback-of']) : rollbackOfCommit(git, sha),
    });
    const d = result.deploy;
    // A failure recorded now (not one recorded before) is announced, as `gitops-action notify` does.
    const notified = result.created && d.status === 'failure' && (config.notify.jira || config.notify.slack || config.notify.email)
        ? await announce(git, config, d, io)
        : undefined;
    if (format === 'json') {
        const json = {
            created: result.created,
            deploy: {
                environment: d.environment,
                sha: d.sha,
                status: d.status,
                at: d.at,
                by: d.by ?? null,
                version: d.version ?? null,
                url: d.url ?? null,
                rollbackOf: d.rollbackOf ?? null,
                id: d.id ?? null,
            },
            refs: {
                deployed: d.status === 'success' ? `${git_store/* DEPLOYED_PREFIX */.A$}${d.environment}` : null,
                log: `${git_store/* LOG_PREFIX */.cK}${d.environment}`,
            },
            notify: notified ?? null,
            share: SHARE,
        };
        io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return main/* EXIT */.dc.ok;
    }
    const what = [
        `${d.environment} ${d.status} at ${d.sha.slice(0, 7)}`,
        d.version ? ` (version ${(0,style/* terminalSafe */.kJ)(d.version)})` : '',
        `, ${d.at}`,
        d.by ? ` by ${(0,style/* terminalSafe */.kJ)(d.by)}` : '',
        d.rollbackOf ? `, rolling back ${d.rollbackOf.slice(0, 7)}` : '',
    ].join('');
    const lines = [result.created ? `Recorded ${what}.` : `Already recorded: ${what}; nothing changed.`];
    if (result.created) {
        lines.push(`  ${git_store/* LOG_PREFIX */.cK}${d.environment} -> ${String(d.id).slice(0, 7)} (the record commit)`);
        if (d.status === 'success')
            lines.push(`  ${git_store/* DEPLOYED_PREFIX */.A$}${d.environment} -> ${d.sha.slice(0, 7)}`);
        else
            lines.push(`  ${git_store/* DEPLOYED_PREFIX */.A$}${d.environment} is unchanged: it moves only after a success.`);
    }
    if (notified && notified.length > 0) {
        lines.push("Told people, by the policy's notify: block:");
        for (const o of notified)
            lines.push(`  ${o.channel}: ${o.status}: ${(0,style/* terminalSafe */.kJ)(o.detail)}`);
    }
    lines.push('Share it with the remote:', `  ${SHARE}`);
    io.stdout.write(`${lines.join('\n')}\n`);
    return main/* EXIT */.dc.ok;
};
run.spec = spec;
/**
 * Tells people about a failed deploy just recorded (Jira, Slack, email, by the policy's notify: block).
 * Each channel's outcome is printed by the caller; one that failed is a warning with the command
 * that tries again, never a failed record: the deploy is recorded either way.
 */
async function announce(git, config, failed, io) {
    const retry = (0,failure/* notifyAgainCommand */.r)(failed);
    let outcomes;
    try {
        outcomes = await (0,failure/* notifyFailure */.k)({ git, config, failed, reader: (0,git_store/* gitRecordReader */.j5)(git), env: io.env });
    }
    catch (err) {
        io.stderr.write(`gitops-action: warning: the failure is recorded, but nobody was told: ${(0,style/* terminalSafe */.kJ)(err.message)}\n  fix: once that is fixed, run ${retry}\n`);
        return [];
    }
    for (const o of outcomes.filter((x) => x.status === 'failed')) {
        io.stderr.write(`gitops-action: warning: notify ${o.channel} failed: ${(0,style/* terminalSafe */.kJ)(o.detail)}\n  fix: once that is fixed, run ${retry}\n`);
    }
    return outcomes;
}
/**
 * Who is recording, as git itself would name the committer (`git var GIT_COMMITTER_IDENT`, which
 * honours GIT_COMMITTER_NAME/EMAIL as well as user.name/email): `Name <email>`, without the time.
 */
function committerIdent(git) {
    const r = git.execGit(['var', 'GIT_COMMITTER_IDENT'], { allowFail: true });
    if (r.status !== 0)
        return undefined;
    const m = /^(.*>) \d+ [+-]\d{4}$/.exec(r.stdout.toString('utf8').trim());
    return m?.[1];
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ DESTRUCTIVE_KINDS)
/* harmony export */ });
const DESTRUCTIVE_KINDS = [
    'service-removed',
    'version-downgrade',
    'port-opened',
    'firewall-widened',
    'firewall-narrowed',
    'limits-exceeded',
    'healthcheck-removed',
];


/***/ }),

/***/ 5895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   uv: () => (/* binding */ trailerValues)
/* harmony export */ });
/* unused harmony export isMerge */
function isMerge(commit) {
    return commit.parents.length > 1;
}
function shortSha(sha) {
    return sha.slice(0, 7);
}
/** Trailer lookup is case-insensitive, as git's own `interpret-trailers` is. */
function trailerValues(commit, key) {
    const k = key.toLowerCase();
    return commit.trailers.filter((t) => t.key.toLowerCase() === k).map((t) => t.value);
}


/***/ })

};
;