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
  check: () => (/* binding */ check_check),
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/default-branch.ts
var default_branch = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/git/range.ts
var range = __webpack_require__(8893);
// EXTERNAL MODULE: ./src/jira/lookup.ts
var lookup = __webpack_require__(3868);
// EXTERNAL MODULE: ./src/jira/verify.ts
var jira_verify = __webpack_require__(2367);
// EXTERNAL MODULE: ./src/policy/check.ts
var check = __webpack_require__(8218);
// EXTERNAL MODULE: ./src/policy/gather.ts
var gather = __webpack_require__(7831);
// EXTERNAL MODULE: ./src/record/git-store.ts
var git_store = __webpack_require__(2713);
;// CONCATENATED MODULE: ./src/report/check-json.ts
/**
 * The machine form of a check: `{decision, environment, version, bump, from, to, commits, findings, plan}`.
 * Keys are camelCase, as in every JSON answer of the CLI (findings already carry `acceptedBy`);
 * only the Action's outputs keep GitHub's kebab-case.
 */
function checkJson(result) {
    return {
        decision: result.decision,
        environment: result.environment,
        version: result.version?.version ?? null,
        previousVersion: result.version?.previousVersion ?? null,
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
        skipReason: result.skipReason ?? null,
        jira: result.jira ? [...result.jira.values()] : [],
        policy: result.configSource,
        notes: result.notes,
    };
}

// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(877);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/plan.ts
var plan = __webpack_require__(1307);
;// CONCATENATED MODULE: ./src/report/check-markdown.ts




/**
 * The most characters of one untrusted value a report shows; the job log has the whole of it.
 * Generous for real text (an email is at most 254 characters by RFC 5321), short enough that a
 * hostile value cannot fill the report GitHub caps (see fit.ts).
 */
const MAX = { name: 256, subject: 200, message: 1000, hint: 500 };
/** An untrusted value for a report cell: clipped, then escaped. */
function cell(text, max) {
    return (0,markdown/* escapeMarkdown */.F)((0,fit/* clipText */.gL)(text, max));
}
const BANNER = {
    deploy: '✅ **deploy**',
    skip: '⏭️ **skip**',
    block: '⛔ **block**',
};
/** How each baseline source is named; only the first two are a deploy record. */
const BASELINE_SOURCE = {
    'github-deployments': 'the deploy record (GitHub deployments)',
    'git-ref': 'the deploy record (refs/deployments)',
    'last-passed-check': 'fallback: no deploy recorded, the last commit whose check passed',
    'previous-tag': 'fallback: no deploy recorded, the previous release tag on the protected branch',
    'merge-base': 'fallback: no deploy recorded, the merge-base with the default branch',
    before: "fallback: no deploy recorded, the push's previous tip",
    explicit: 'the commit asked for (--from)',
    none: 'fallback: no deploy recorded and nothing to start from',
};
/** "deployed X → requested Y (N commits since the last deploy)", with where X came from. */
function baselineLine(result) {
    const b = result.baseline;
    const n = result.commits.length;
    const to = result.range.to ? `\`${(0,commit/* shortSha */.Fu)(result.range.to)}\`` : 'nothing';
    const from = b.sha ? `deployed \`${(0,commit/* shortSha */.Fu)(b.sha)}\`` : 'nothing deployed';
    const fallback = !['github-deployments', 'git-ref', 'explicit'].includes(b.source);
    const source = `${fallback ? '⚠️ ' : ''}baseline: ${BASELINE_SOURCE[b.source]}`;
    const note = b.note ? ` (${cell(b.note, MAX.message)})` : '';
    return `${from} → requested ${to} (${n} commit${n === 1 ? '' : 's'} since the last deploy) · ${source}${note}`;
}
/** The job summary and PR comment: banner, commits, findings, plan. Every commit-derived string is escaped. */
function renderCheckMarkdown(result, options = {}) {
    const out = [];
    const env = result.environment ? `\`${cell(result.environment, MAX.name)}\`` : 'no environment';
    out.push(`### gitops-action: ${BANNER[result.decision]} ${cell(result.refName, MAX.name)} → ${env}`, '');
    if (result.skipReason)
        out.push(`Skipped: ${cell(result.skipReason, MAX.message)}`, '');
    if (result.version) {
        const v = result.version;
        out.push(`Version **${(0,markdown/* escapeMarkdown */.F)(v.version)}** (${v.bump}${v.previousVersion ? ` from ${(0,markdown/* escapeMarkdown */.F)(v.previousVersion)}` : ''}, by ${(0,markdown/* escapeMarkdown */.F)(v.source)})`, '');
    }
    if (result.baseline)
        out.push(baselineLine(result), '');
    const errors = result.findings.filter((f) => f.severity === 'error');
    const warnings = result.findings.filter((f) => f.severity !== 'error');
    out.push(`${result.commits.length} commits checked · ${errors.length} errors · ${warnings.length} warnings · policy: ${cell(result.configSource, MAX.name)}`, '');
    if (result.findings.length > 0) {
        out.push('#### Findings', '', '| | rule | where | message | fix |', '|---|---|---|---|---|');
        for (const f of result.findings) {
            const where = f.commit
                ? `\`${(0,commit/* shortSha */.Fu)(f.commit)}\``
                : f.file
                    ? cell(`${f.file}${f.line ? `:${f.line}` : ''}`, MAX.name)
                    : '';
            const rule = (0,markdown/* escapeMarkdown */.F)(f.kind ? `${f.rule}/${f.kind}` : f.rule);
            const accepted = f.acceptedBy ? ` (accepted by \`${cell(f.acceptedBy, MAX.name)}\`)` : '';
            out.push(`| ${f.severity === 'error' ? '⛔' : '⚠️'} | ${rule} | ${where} | ${cell(f.message, MAX.message)}${accepted} | ${cell(f.hint, MAX.hint)} |`);
        }
        out.push('');
    }
    if (result.jira && result.jira.size > 0) {
        out.push('#### Jira', '', '| key | status | approval |', '|---|---|---|');
        for (const j of result.jira.values()) {
            out.push(`| ${cell(j.key, MAX.name)} | ${cell(j.error ? j.error.kind : (j.status ?? 'unknown'), MAX.name)} | ${cell(j.approval ?? '', MAX.name)} |`);
        }
        out.push('');
    }
    const max = options.maxCommits ?? 100;
    if (result.commits.length > 0) {
        out.push('<details><summary>Commits</summary>', '', '| commit | subject | author | committer |', '|---|---|---|---|');
        for (const c of result.commits.slice(0, max)) {
            out.push(`| \`${(0,commit/* shortSha */.Fu)(c.sha)}\` | ${cell(c.subject, MAX.subject)} | ${cell(c.author.email, MAX.name)} | ${cell(c.committer.email, MAX.name)} |`);
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
// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(610);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/repo.ts
var repo = __webpack_require__(9912);
;// CONCATENATED MODULE: ./src/cli/check.ts
















const spec = {
    name: 'check',
    summary: 'decide deploy, skip or block for the commits a push would bring (the whole policy)',
    options: {
        from: {
            type: 'string',
            value: 'REV',
            description: 'what is deployed now: the range starts after it',
            defaultText: "the branch's upstream, else the merge-base with the environment's branch",
        },
        to: { type: 'string', value: 'REV', description: 'the commit that would be pushed', default: 'HEAD' },
        ref: {
            type: 'string',
            value: 'REF',
            description: 'the branch or tag pushed onto (main, refs/tags/v1.2.0)',
            defaultText: 'the current branch',
        },
        env: {
            type: 'string',
            value: 'NAME',
            description: "check against this environment; a branch that maps to none is checked against the default branch's environment, where its pull request would go",
        },
        config: {
            type: 'string',
            value: 'FILE',
            description: 'a policy file on disk, as it stands',
            defaultText: '.gitops.yml from the default branch',
        },
        format: {
            type: 'string',
            value: 'FORMAT',
            description: 'output',
            choices: ['text', 'json', 'markdown'],
            default: 'text',
        },
    },
    examples: [
        'gitops-action check                                  # this branch, against what its remote has',
        'gitops-action check --env production                 # as if pushed to production',
        'gitops-action check --from v1.2.0 --to HEAD --ref main',
        'gitops-action check --format json | jq .findings',
    ],
    notes: ['Exit codes: 0 deploy or skip, 1 blocked by policy, 2 usage or configuration error, 3 internal error.'],
};
const check_check = async (argv, io) => {
    const parsed = (0,options/* parseCommand */.RM)(spec, argv, io.stdout);
    if (!parsed)
        return main/* EXIT */.dc.ok;
    const args = parsed.values;
    const git = (0,repo/* openRepository */.h)(io.cwd);
    const to = (0,repo/* resolveCommit */.W)(git, args.to);
    const ref = args.ref ?? git.currentBranch();
    if (!ref) {
        throw new errors/* UsageError */.e('HEAD is detached, so there is no branch to check the push onto', 'Pass the target with --ref (for example --ref main).');
    }
    const notes = [];
    let environment = args.env;
    const explicitFrom = args.from ? (0,repo/* resolveCommit */.W)(git, args.from) : undefined;
    let config;
    // The policy as the check will read it (at --from, else the default branch), loaded once.
    const trusted = async () => {
        config ??= await (0,check/* loadTrustedConfig */.C)({
            git,
            configPath: args.config,
            from: explicitFrom,
            explicitFrom: explicitFrom !== undefined,
            remote: (0,default_branch/* remoteOf */.e1)(git, (0,environments/* parseRef */.rd)(ref).kind === 'branch' ? (0,environments/* parseRef */.rd)(ref).name : undefined),
        });
        return config;
    };
    if (!environment) {
        const target = await pullRequestTarget(git, await trusted(), ref);
        if (target) {
            environment = target.environment;
            notes.push(`${(0,environments/* parseRef */.rd)(ref).name} maps to no environment; checked against ${target.environment}, where its pull request into ${target.branch} would deploy (--env NAME to choose another).`);
        }
    }
    const request = {
        git,
        ref,
        to,
        environment,
        configPath: args.config,
        version: true,
        // The baseline of an environment is its last recorded deploy (refs/deploy-log/<env>).
        record: (0,git_store/* gitRecordReader */.j5)(git),
        remote: (0,default_branch/* remoteOf */.e1)(git, (0,environments/* parseRef */.rd)(ref).kind === 'branch' ? (0,environments/* parseRef */.rd)(ref).name : undefined),
        // A person who runs check asks for the whole answer: with verify configured, Jira is asked too.
        jira: (verify) => (0,lookup/* onlineLookup */.K)(verify, { url: io.env.JIRA_URL, ...(0,jira_verify/* credentialsFromEnv */.kv)(io.env) }),
    };
    if (explicitFrom) {
        // A person chose the starting point: the range starts there, and the policy is read there.
        request.from = explicitFrom;
        request.explicitFrom = true;
        request.strictPolicy = true;
    }
    else {
        request.from = defaultFrom(git, await trusted(), ref, environment, to);
        if (!request.from)
            request.known = (0,range/* knownRefShas */.k0)(git, ['refs/heads', 'refs/remotes'], [(0,environments/* parseRef */.rd)(ref).full]);
    }
    const result = await (0,check/* runCheck */.k)(request);
    result.notes.unshift(...notes);
    if (args.format === 'json')
        io.stdout.write(`${JSON.stringify(checkJson(result), null, 2)}\n`);
    else if (args.format === 'markdown')
        io.stdout.write(renderCheckMarkdown(result));
    else
        io.stdout.write((0,check_text/* renderCheckText */.O)(result, { color: (0,style/* useColor */.by)(io.stdout, io.env) }));
    return result.decision === 'block' ? main/* EXIT */.dc.blocked : main/* EXIT */.dc.ok;
};
check_check.spec = spec;
/**
 * A branch that deploys nowhere (a feature branch) reaches production through a pull request into
 * the default branch: check it against that branch's environment now, where a fix is cheap.
 */
function pullRequestTarget(git, config, ref) {
    const parsed = (0,environments/* parseRef */.rd)(ref);
    if (parsed.kind !== 'branch' || (0,environments/* environmentFor */.DD)(config, parsed))
        return undefined;
    const branch = (0,default_branch/* localDefaultBranch */.$N)(git, (0,default_branch/* remoteOf */.e1)(git, parsed.name))?.name;
    if (!branch)
        return undefined;
    if (branch === parsed.name)
        return undefined;
    const env = (0,environments/* environmentFor */.DD)(config, (0,environments/* parseRef */.rd)(branch));
    return env ? { environment: env.name, branch } : undefined;
}
/**
 * `--from` by default: the upstream of the branch (what the remote has), else the merge-base with
 * the environment's branch, else nothing (and then the commits no other branch has).
 */
function defaultFrom(git, config, ref, environment, to) {
    const name = (0,environments/* parseRef */.rd)(ref).name;
    const upstream = git.tryUpstream(name);
    if (upstream)
        return upstream;
    const env = (0,gather/* pickEnvironment */.$)(config, ref, environment);
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


/***/ })

};
;