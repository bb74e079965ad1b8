"use strict";
exports.id = 218;
exports.ids = [218];
exports.modules = {

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


/***/ }),

/***/ 2315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   __: () => (/* binding */ isJiraKey),
/* harmony export */   om: () => (/* binding */ findJiraKeys)
/* harmony export */ });
/* unused harmony export NOT_JIRA_PROJECTS */
/**
 * Jira issue keys in free text.
 *
 * The rule is Atlassian's default project-key pattern followed by an issue number:
 * `\b[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]*\b`, where `\b` is the ASCII word boundary (word characters
 * are `[A-Za-z0-9_]`). It is implemented as a single left-to-right scan rather than a regular
 * expression, so that its cost is linear in the length of the text whatever the text holds: commit
 * messages are untrusted input, and a pushed 1 MB message must not stall a hook.
 */
/**
 * Project keys that look like Jira keys but name encodings, hash functions, standards and
 * advisories: `UTF-8`, `SHA-256`, `ISO-8859`, `RFC-3339`, `CVE-2024`... They are ignored unless
 * `projects` names them explicitly.
 */
const NOT_JIRA_PROJECTS = new Set([
    'UTF', // UTF-8, UTF-16, UTF-32
    'UCS', // UCS-2, UCS-4
    'SHA', // SHA-1, SHA-256, SHA-512
    'SHA2', // SHA2-256
    'SHA3', // SHA3-256
    'MD', // MD-5
    'CRC', // CRC-32
    'AES', // AES-128, AES-256
    'RSA', // RSA-2048
    'ISO', // ISO-8859, ISO-8601
    'IEC', // IEC-62443
    'RFC', // RFC-3339
    'ECMA', // ECMA-262
    'LATIN', // LATIN-1
    'CVE', // CVE-2024-1234
    'CWE', // CWE-79
]);
/** The longest issue number accepted by {@link isJiraKey}: Jira's issue numbers are 64-bit at most. */
const MAX_NUMBER_DIGITS = 18;
function isWordCode(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isUpperCode(c) {
    return c >= 65 && c <= 90;
}
function isDigitCode(c) {
    return c >= 48 && c <= 57;
}
/** A project part: `[A-Z][A-Z0-9_]{1,9}`, all of `text[start, end)`. */
function isProjectPart(text, start, end) {
    const length = end - start;
    if (length < 2 || length > 10 || !isUpperCode(text.charCodeAt(start)))
        return false;
    for (let i = start + 1; i < end; i++) {
        const c = text.charCodeAt(i);
        if (!(isUpperCode(c) || isDigitCode(c) || c === 95))
            return false;
    }
    return true;
}
/**
 * The Jira keys in `text`, each once, in the order of their first appearance.
 *
 * With `projects` (non-empty), only keys of those projects count, compared case-insensitively on
 * the configured side (keys themselves are upper case). Without it, every key counts except those
 * of {@link NOT_JIRA_PROJECTS}.
 */
function findJiraKeys(text, projects) {
    const allowed = projects && projects.length > 0 ? new Set(projects.map((p) => p.trim().toUpperCase())) : undefined;
    const found = new Set();
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (!isWordCode(c)) {
            i++;
            continue;
        }
        // `i` starts a word (the character before it, if any, is not a word character).
        let end = i + 1;
        while (end < n && isWordCode(text.charCodeAt(end)))
            end++;
        // A key's project part is a whole word followed by `-`; its number is the next whole word.
        if (end < n && text.charCodeAt(end) === 45 && isProjectPart(text, i, end)) {
            const numberStart = end + 1;
            let numberEnd = numberStart;
            while (numberEnd < n && isWordCode(text.charCodeAt(numberEnd)))
                numberEnd++;
            if (isIssueNumber(text, numberStart, numberEnd)) {
                const project = text.slice(i, end);
                if (allowed ? allowed.has(project) : !NOT_JIRA_PROJECTS.has(project)) {
                    found.add(text.slice(i, numberEnd));
                }
                i = numberEnd;
                continue;
            }
        }
        i = end;
    }
    return [...found];
}
/** `[1-9][0-9]*`, all of `text[start, end)`. */
function isIssueNumber(text, start, end) {
    if (end <= start)
        return false;
    const first = text.charCodeAt(start);
    if (first < 49 || first > 57)
        return false;
    for (let i = start + 1; i < end; i++) {
        if (!isDigitCode(text.charCodeAt(i)))
            return false;
    }
    return true;
}
/**
 * Whether `key` is a single, whole Jira key that is safe to put in a request path: the pattern
 * above, with the issue number bounded to {@link MAX_NUMBER_DIGITS} digits.
 */
function isJiraKey(key) {
    const dash = key.indexOf('-');
    if (dash < 0)
        return false;
    const digits = key.length - dash - 1;
    return (digits >= 1 &&
        digits <= MAX_NUMBER_DIGITS &&
        isProjectPart(key, 0, dash) &&
        isIssueNumber(key, dash + 1, key.length));
}


/***/ }),

/***/ 2367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ jiraVerifyFindings),
/* harmony export */   kv: () => (/* binding */ credentialsFromEnv),
/* harmony export */   q9: () => (/* binding */ jiraReportLines)
/* harmony export */ });
/* harmony import */ var _git_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5895);
/**
 * The online half of the `jira` rule, as a pure function of the lookups: which keys named by the
 * commits do not exist, are in a status that may not deploy, lack an approval, or belong to another
 * project. Faults that concern the whole run (Jira unreachable, credentials refused) give one
 * finding for the run, not one per key.
 */

const RULE = 'jira';
const CREDENTIALS_HINT = 'Check JIRA_USER and JIRA_TOKEN (in the Action: the jira-user and jira-token inputs, from secrets). Jira Cloud takes JIRA_USER (the account email) + JIRA_TOKEN (an API token, id.atlassian.com > Security > API tokens); Jira Data Center takes JIRA_TOKEN alone (a personal access token). The account needs Browse Projects on the projects named.';
const UNREACHABLE_HINT = 'Check jira.verify.url and that this runner can reach Jira, or retry the check. To let deploys pass with a warning while Jira is down, set jira.verify.on-unreachable: warn.';
function jiraVerifyFindings(lookups, keysByCommit, config) {
    // Each key once, at the first commit that names it, with the number of commits naming it.
    const firstCommit = new Map();
    const namedBy = new Map();
    for (const entry of keysByCommit) {
        for (const key of new Set(entry.keys)) {
            if (!firstCommit.has(key))
                firstCommit.set(key, entry);
            namedBy.set(key, (namedBy.get(key) ?? 0) + 1);
        }
    }
    const findings = [];
    const unreachable = [];
    const auth = [];
    const overLimit = [];
    const projects = new Set(config.projects.map((p) => p.trim().toUpperCase()));
    const statuses = config.statuses.map((s) => s.trim());
    const allowedStatuses = new Set(statuses.map(foldStatus));
    for (const [key, entry] of firstCommit) {
        const lookup = lookups.get(key);
        const where = place(entry, namedBy.get(key) ?? 1);
        const at = (severity, message, hint) => {
            const finding = { rule: RULE, severity, message: `${key}${where}: ${message}`, hint };
            if (entry.sha)
                finding.commit = entry.sha;
            return finding;
        };
        if (!lookup) {
            findings.push(at('error', 'was not verified online', 'This is a bug in gitops-action: every key should be looked up when jira.verify is on. Please report it.'));
            continue;
        }
        const error = lookup.error;
        if (error?.kind === 'unreachable') {
            unreachable.push(lookup);
            continue;
        }
        if (error?.kind === 'auth') {
            auth.push(lookup);
            continue;
        }
        if (error?.kind === 'over-limit') {
            overLimit.push(lookup);
            continue;
        }
        if (error?.kind === 'not-found' || (!error && !lookup.exists)) {
            findings.push(at('error', `does not exist in Jira${error ? ` (${error.message})` : ''}`, 'Check the key for typos and reword the commit (`git rebase -i`, or `git commit --amend` for the last one). An issue you cannot see is reported the same way: the Jira account may need Browse Projects on it.'));
            continue;
        }
        if (error) {
            findings.push(at('error', `could not be verified: ${error.message}`, 'Check jira.verify.url and jira.verify.api-version (2 for Data Center, 2 or 3 for Cloud), then retry.'));
            continue;
        }
        if (projects.size > 0 && lookup.project !== undefined && !projects.has(lookup.project.toUpperCase())) {
            findings.push(at('error', `belongs to project ${lookup.project}, which is not one of ${[...projects].join(', ')}`, `Name an issue of ${[...projects].join(', ')} in the message, or add ${lookup.project} to jira.projects in the policy.`));
        }
        if (allowedStatuses.size > 0) {
            const status = lookup.status;
            if (status === undefined || !allowedStatuses.has(foldStatus(status))) {
                findings.push(at('error', `is in status ${status === undefined ? '(unknown)' : JSON.stringify(status)}, which may not deploy here; allowed: ${statuses
                    .map((s) => JSON.stringify(s))
                    .join(', ')}`, `Move ${key} to ${statuses.length === 1 ? JSON.stringify(statuses[0]) : `one of ${statuses.map((s) => JSON.stringify(s)).join(', ')}`} in Jira, then run the check again.`));
            }
        }
        if (config.approval && lookup.approval !== 'approved') {
            const decision = lookup.approval ?? 'none';
            const message = decision === 'none'
                ? 'has no approval in Jira Service Management, and an approved one is required'
                : `has its latest approval ${decision}, and an approved one is required`;
            const hint = decision === 'pending'
                ? `Ask the approvers of ${key} to approve it in Jira Service Management, then run the check again.`
                : decision === 'declined'
                    ? `The approval of ${key} was declined: a new approval must be requested and approved before this deploys.`
                    : `Request approval on ${key} in Jira Service Management (the issue must be a service request with an approval step).`;
            findings.push(at('error', message, hint));
        }
    }
    if (auth.length > 0) {
        findings.push({
            rule: RULE,
            severity: 'error',
            message: auth.length === 1 ? auth[0].error.message : `${auth[0].error.message} (${keyList(auth)} were not verified)`,
            hint: CREDENTIALS_HINT,
        });
    }
    if (overLimit.length > 0) {
        const total = firstCommit.size;
        findings.push({
            rule: RULE,
            severity: 'error',
            message: `the range names ${total} distinct Jira keys, and a run verifies at most ${total - overLimit.length}: ${keyList(overLimit)} ${overLimit.length === 1 ? 'was' : 'were'} not verified, so the check fails closed`,
            hint: 'Deploy in smaller steps (fewer commits, or fewer issues, per push), or squash commits that name many issues. The limit keeps one push from sending Jira a request per key it can write.',
        });
    }
    if (unreachable.length > 0) {
        const warn = config.onUnreachable === 'warn';
        findings.push({
            rule: RULE,
            severity: warn ? 'warning' : 'error',
            message: `Jira could not be reached, so ${keyList(unreachable)} ${unreachable.length === 1 ? 'was' : 'were'} not verified${warn ? ' (on-unreachable: warn lets the push through)' : ' and the check fails closed'}: ${unreachable[0].error.message}`,
            hint: warn ? 'Verify the issues by hand before relying on this deploy.' : UNREACHABLE_HINT,
        });
    }
    return findings;
}
/** One line per key for the text report and the job summary: its status and its approval. */
function jiraReportLines(lookups) {
    const lines = [];
    for (const [key, lookup] of lookups) {
        const error = lookup.error;
        if (error) {
            const what = error.kind === 'not-found'
                ? 'not found'
                : error.kind === 'over-limit'
                    ? 'not verified, over the limit of keys a run'
                    : error.kind === 'auth'
                        ? 'credentials refused'
                        : error.kind === 'unreachable'
                            ? 'not verified, Jira unreachable'
                            : 'not verified, Jira error';
            const known = lookup.exists && lookup.status !== undefined ? `status ${lookup.status}, ` : '';
            lines.push(`${key}: ${known}${what}`);
            continue;
        }
        const parts = [`status ${lookup.status ?? '(unknown)'}`];
        if (lookup.approval !== undefined)
            parts.push(`approval ${lookup.approval}`);
        if (lookup.issueType !== undefined)
            parts.push(lookup.issueType);
        lines.push(`${key}: ${parts.join(', ')}`);
    }
    return lines;
}
/**
 * The Jira credentials in the environment: `JIRA_USER` and `JIRA_TOKEN`, or, in the Action, its
 * `jira-user` and `jira-token` inputs (which the runner exposes as `INPUT_JIRA-USER` and
 * `INPUT_JIRA-TOKEN`). Empty values count as unset.
 */
function credentialsFromEnv(env) {
    const pick = (...names) => {
        for (const name of names) {
            const value = env[name]?.trim();
            if (value)
                return value;
        }
        return undefined;
    };
    const out = {};
    const user = pick('JIRA_USER', 'INPUT_JIRA-USER', 'INPUT_JIRA_USER');
    const token = pick('JIRA_TOKEN', 'INPUT_JIRA-TOKEN', 'INPUT_JIRA_TOKEN');
    if (user !== undefined)
        out.user = user;
    if (token !== undefined)
        out.token = token;
    return out;
}
function foldStatus(status) {
    return status.trim().replace(/\s+/g, ' ').toLowerCase();
}
function place(entry, count) {
    const more = count > 1 ? ` and ${count - 1} more` : '';
    if (!entry.sha)
        return ' (in the pull request title)';
    return ` (commit ${(0,_git_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(entry.sha)}${more})`;
}
function keyList(lookups) {
    const keys = lookups.map((l) => l.key);
    if (keys.length <= 5)
        return keys.join(', ');
    return `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more`;
}


/***/ }),

/***/ 6519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ acceptedKinds)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2143);
/* harmony import */ var _git_commit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5895);
/* harmony import */ var _jira_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2315);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5826);




/**
 * Which destructive kinds the range explicitly accepts, and by which commit. An
 * `Allow-Destructive: port-opened, service-removed` trailer counts only on a commit that names a
 * valid Jira key and whose committer passes the allowlist by the same test as the committers rule
 * (a `github:` or bot entry only by an identity GitHub authenticated). With no allowlist, the
 * committer must be one of `admins`; with neither, nobody can accept, since otherwise anyone who
 * can push could accept their own destructive change.
 */
function acceptedKinds(commits, rules, context) {
    const accepted = new Map();
    const projects = rules.jira && rules.jira.projects.length > 0 ? rules.jira.projects : undefined;
    const allow = rules.committers && rules.committers.allow.length > 0 ? rules.committers.allow : context.admins;
    if (allow.length === 0)
        return accepted;
    for (const commit of commits) {
        const values = (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_2__/* .trailerValues */ .uv)(commit, 'Allow-Destructive');
        if (values.length === 0)
            continue;
        if ((0,_jira_key_js__WEBPACK_IMPORTED_MODULE_0__/* .findJiraKeys */ .om)(commit.message, projects).length === 0)
            continue;
        const who = { ...commit.committer, authenticated: (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .authenticatedLogins */ .mx)(context.github, commit.sha) };
        if (!(0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isAllowed */ .Jr)(allow, who))
            continue;
        for (const value of values) {
            for (const word of value.split(',')) {
                const kind = word.trim().toLowerCase();
                if (_config_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DESTRUCTIVE_KINDS */ .x.includes(kind) && !accepted.has(kind))
                    accepted.set(kind, (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(commit.sha));
            }
        }
    }
    return accepted;
}


/***/ }),

/***/ 4887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ protectedBranches),
/* harmony export */   pj: () => (/* binding */ findRange)
/* harmony export */ });
/* unused harmony export isExactBranch */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1390);
/* harmony import */ var _git_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8893);
/* harmony import */ var _semver_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(408);




async function findRange(req) {
    const { git, environment: env } = req;
    const ref = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRef */ .rd)(req.ref);
    const isTag = req.isTag ?? ref.kind === 'tag';
    if ((0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroSha */ .hp)(req.to)) {
        const from = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroSha */ .hp)(req.from) ? undefined : req.from;
        return { range: { kind: 'delete', from, revArgs: [] }, baseline: { sha: from, source: 'before' } };
    }
    const to = git.revParse(req.to);
    if (req.explicitFrom && !(0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroSha */ .hp)(req.from)) {
        const from = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureCommit */ .q$)(git, req.from, '--from', req.fetchCommit);
        return { range: (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeFrom */ .A0)(from, to, 'update'), baseline: { sha: from, source: 'explicit' } };
    }
    if (env && req.mode === 'full') {
        const deploy = await req.record?.lastSuccess(env.name);
        if (deploy) {
            const sha = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureCommit */ .q$)(git, deploy.sha, `the last deploy of ${env.name}`, req.fetchCommit);
            const baseline = { sha, source: deploy.source, deploy };
            if (deploy.source === 'last-passed-check') {
                baseline.note = `no deploy of ${env.name} is recorded; the baseline is the last commit whose check passed, ${sha.slice(0, 7)} (a fallback)`;
            }
            return { range: (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeFrom */ .A0)(sha, to, isTag ? 'tag' : 'update'), baseline };
        }
        if (isTag)
            return await tagFallback(req, env, ref.name, to);
    }
    if (isTag) {
        // A tag that deploys nowhere: only the message rules, on the tagged commit.
        return { range: { kind: 'tag', to, revArgs: [to], maxCount: 1 }, baseline: { source: 'none' } };
    }
    const unrecorded = env && req.mode === 'full' ? `no deploy of ${env.name} is recorded` : undefined;
    if (!(0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroSha */ .hp)(req.from)) {
        const range = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRange */ .Ss)(git, { from: req.from, to, fetchCommit: req.fetchCommit });
        const baseline = { sha: range.from, source: 'before' };
        if (unrecorded) {
            baseline.note = `${unrecorded}; the baseline is the push's previous tip ${String(range.from).slice(0, 7)} (a fallback: record deploys with \`gitops-action record\`)`;
        }
        return { range, baseline };
    }
    const branch = req.defaultBranch();
    const range = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRange */ .Ss)(git, {
        to,
        defaultBranchSha: branch?.sha,
        known: branch ? undefined : req.known,
    });
    const what = unrecorded ? `${unrecorded} and the ref is new` : 'the ref is new';
    if (branch) {
        const note = range.from
            ? `${what}; the baseline is its merge-base with the default branch ${branch.name}, ${range.from.slice(0, 7)}`
            : `${what} and shares no history with the default branch ${branch.name}: every commit of its history is checked, and the plan compares against nothing`;
        return { range, baseline: { sha: range.from, source: range.from ? 'merge-base' : 'none', note } };
    }
    const note = `${what} and no default branch is known; the commits no remote-tracking ref has are checked`;
    return { range, baseline: { sha: range.from, source: range.from ? 'merge-base' : 'none', note } };
}
/**
 * A tag with no recorded deploy: the previous release tag on the protected branch, else all
 * history. Where the door can say what its own check thought of a commit (the Action), the newest
 * candidate whose check passed wins, and one whose check failed never counts: a pusher can tag any
 * commit the branch holds, including one that was pushed there and blocked. Without a passed
 * candidate the newest unrefuted one is taken, and the note says it is unverified.
 */
async function tagFallback(req, env, tagName, to) {
    const candidates = releaseTagsBelow(req, env, tagName, to);
    const verdicts = candidates.length && req.record?.checkVerdicts ? await req.record.checkVerdicts(unique(candidates)) : undefined;
    const passed = verdicts && candidates.find((c) => verdicts.get(c.sha) === 'passed');
    const refutes = (c) => !!verdicts?.get(c.sha) && verdicts.get(c.sha) !== 'passed';
    const previous = passed ?? candidates.find((c) => !refutes(c));
    const refuted = candidates.filter((c) => refutes(c) && (!previous || semver__WEBPACK_IMPORTED_MODULE_0___default().compare(c.version, previous.version) > 0));
    const skipped = refuted.length
        ? `; skipped ${refuted.map((c) => `${c.name} (${verdicts?.get(c.sha) === 'failed' ? 'its check failed' : 'checked, not deployed'})`).join(', ')}`
        : '';
    if (previous) {
        const trust = passed
            ? 'its check passed'
            : verdicts
                ? 'unverified: no check of its commit is on record'
                : 'unverified';
        return {
            range: (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeFrom */ .A0)(previous.sha, to, 'tag'),
            baseline: {
                sha: previous.sha,
                source: 'previous-tag',
                note: `no deploy of ${env.name} is recorded; the baseline is the previous release tag ${previous.name} on ${previous.branch} (a fallback, ${trust})${skipped}`,
            },
        };
    }
    return {
        range: (0,_git_range_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeFrom */ .A0)(undefined, to, 'tag'),
        baseline: {
            source: 'none',
            note: `no deploy of ${env.name} is recorded and no earlier release tag is on its branch${skipped}: every commit of the tag's history is checked, and the plan compares against nothing`,
        },
    };
}
function unique(tags) {
    return [...new Set(tags.map((t) => t.sha))];
}
/** A branch name with no glob characters: one the policy names exactly, which nobody else can make. */
function isExactBranch(name) {
    return !/[*?[\]{}!]/.test(name);
}
/**
 * The environment's exactly named branches as the remote holds them (`refs/remotes/<remote>/<b>`);
 * locally, the local branch where the remote has none. A glob (`release/*`) is left out: anyone
 * who can push can make a branch that matches it.
 */
function protectedBranches(git, env, remote, remoteOnly) {
    const found = [];
    for (const name of env.branches.filter(isExactBranch)) {
        const candidates = [`refs/remotes/${remote}/${name}`, ...(remoteOnly ? [] : [`refs/heads/${name}`])];
        for (const ref of candidates) {
            const sha = git.tryRevParse(ref);
            if (sha) {
                found.push({ name, ref, sha });
                break;
            }
        }
    }
    return found;
}
/**
 * The release tags below the pushed one, newest version first, that are reachable from the
 * environment's protected branch, so a throw-away tag planted off the branch never becomes the
 * baseline. One `for-each-ref --merged` per protected branch.
 */
function releaseTagsBelow(req, env, tagName, to) {
    const prefix = req.config.versioning['tag-prefix'];
    const pushed = (0,_semver_history_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTagVersion */ .An)(tagName, prefix);
    const found = new Map();
    for (const branch of protectedBranches(req.git, env, req.remote, req.remoteOnly)) {
        const out = req.git
            .execGit([
            'for-each-ref',
            `--merged=${branch.sha}`,
            '--format=%(refname)%00%(objectname)%00%(*objectname)',
            'refs/tags',
        ])
            .stdout.toString('utf8');
        for (const line of out.split('\n')) {
            const [full, sha, peeled] = line.split('\0');
            if (!full || !sha)
                continue;
            const name = full.slice('refs/tags/'.length);
            const commit = peeled || sha;
            if (found.has(name) || name === tagName || commit === to || !(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(name, env.tags))
                continue;
            const version = (0,_semver_history_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTagVersion */ .An)(name, prefix);
            if (!version || (env.versions && !(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .versionInRange */ .rR)(version.version, env.versions)))
                continue;
            if (pushed && semver__WEBPACK_IMPORTED_MODULE_0___default().compare(version, pushed) >= 0)
                continue;
            found.set(name, { name, sha: commit, branch: branch.name, version });
        }
    }
    return [...found.values()].sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().compare(b.version, a.version) || a.name.localeCompare(b.name));
}


/***/ }),

/***/ 8218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* reexport safe */ _policy_source_js__WEBPACK_IMPORTED_MODULE_5__.C),
/* harmony export */   k: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1036);
/* harmony import */ var _record_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3728);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4887);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4330);
/* harmony import */ var _gather_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7831);
/* harmony import */ var _policy_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5894);







/** One push of `from..to` onto a ref, decided: the engine's single entry point for every door. */
async function runCheck(req) {
    const { git } = req;
    const remote = req.remote ?? 'origin';
    let branch = null;
    const defaultBranchOf = () => {
        if (branch === null)
            branch = (0,_policy_source_js__WEBPACK_IMPORTED_MODULE_5__/* .requestDefaultBranch */ .h)(req);
        return branch;
    };
    const config = req.config ?? (await (0,_policy_source_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTrustedConfig */ .C)(req));
    const environment = (0,_gather_js__WEBPACK_IMPORTED_MODULE_4__/* .pickEnvironment */ .$)(config, req.ref, req.environment);
    const mode = req.mode ?? (environment ? 'full' : 'message');
    const record = req.record ?? _record_types_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_RECORD */ .i;
    const { range, baseline } = req.range
        ? { range: req.range, baseline: { sha: req.range.from, source: 'merge-base' } }
        : await (0,_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .findRange */ .pj)({
            ...req,
            config,
            environment,
            mode,
            record,
            defaultBranch: defaultBranchOf,
            remote,
            remoteOnly: req.defaultBranch !== undefined,
        });
    const facts = await (0,_gather_js__WEBPACK_IMPORTED_MODULE_4__/* .gatherFacts */ .p)({
        git,
        config,
        ref: req.ref,
        range,
        environment: req.environment,
        mode,
        record,
        remote,
        remoteOnly: req.defaultBranch !== undefined,
        pullRequestTitle: req.pullRequestTitle,
        jira: req.jira,
        github: req.github,
        // Whatever may not stand in for a validated policy may not stand in for a parsed manifest either.
        planCache: req.policyCache,
        // A fork's head under pull_request_target: render: must not run its build files.
        untrustedHead: req.untrustedHead,
    });
    const evaluation = (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluate */ ._)(facts, config, mode);
    const notes = [...(config.notes ?? [])];
    const note = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .uncommittedConfigNote */ .q1)(git, config);
    if (note)
        notes.push(note);
    if (baseline.note)
        notes.push(baseline.note);
    let version;
    if (req.version && facts.range.to) {
        // Loaded only here: the hooks never need a version, and every module costs them start-up.
        const { computeVersion } = await __webpack_require__.e(/* import() */ 623).then(__webpack_require__.bind(__webpack_require__, 5623));
        version = computeVersion(git, {
            ref: facts.range.to,
            branch: facts.refKind === 'branch' ? facts.refName : undefined,
            config: config.versioning,
        });
    }
    return {
        decision: evaluation.decision,
        environment: facts.environment?.name ?? null,
        ref: facts.ref,
        refName: facts.refName,
        range: facts.range,
        commits: facts.commits,
        findings: evaluation.findings,
        plan: facts.plan,
        skipReason: evaluation.skipReason,
        version,
        configSource: config.source,
        notes,
        jira: facts.jira,
        baseline,
    };
}


/***/ }),

/***/ 4330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: ./src/git/commit.ts
var git_commit = __webpack_require__(5895);
;// CONCATENATED MODULE: ./src/policy/rule.ts
/** At most this many findings of one rule name a commit each; the rest are counted in one more. */
const MAX_FINDINGS_PER_RULE = 50;
function capFindings(findings, rule, hint) {
    if (findings.length <= MAX_FINDINGS_PER_RULE)
        return findings;
    const rest = findings.length - MAX_FINDINGS_PER_RULE;
    return [
        ...findings.slice(0, MAX_FINDINGS_PER_RULE),
        { rule, severity: findings[MAX_FINDINGS_PER_RULE].severity, message: `and ${rest} more commits like these`, hint },
    ];
}

;// CONCATENATED MODULE: ./src/policy/rules/branches.ts



const branches = {
    name: 'branches',
    summary: 'Git-flow branch rules: merge-only branches, and no deleting environment branches.',
    messageRule: false,
    check(facts, ctx) {
        const config = ctx.rules.branches;
        if (!config || facts.refKind !== 'branch')
            return { findings: [] };
        const findings = [];
        if (facts.range.kind === 'delete') {
            if (facts.environment && !config['allow-delete']) {
                findings.push({
                    rule: 'branches',
                    severity: 'error',
                    message: `deleting ${facts.refName} would delete the branch of environment ${facts.environment.name}`,
                    hint: 'Environment branches are not deleted. If this is intended, set rules.branches.allow-delete: true in .gitops.yml.',
                });
            }
            return { findings };
        }
        // A pull request or merge group is itself the way in that merge-only asks for.
        if (facts.range.kind !== 'pull-request' && (0,environments/* matchesAny */._I)(facts.refName, config['merge-only'])) {
            const pulls = facts.github?.pullRequestCommits;
            for (const c of facts.commits) {
                // Only a merge git recorded that merges something arrived "through a merge" (see gather.ts).
                if (facts.trueMerges.has(c.sha) || !facts.firstParentLine.has(c.sha))
                    continue;
                // GitHub says a merged pull request brought it: a squash or rebase merge, not a direct commit.
                if (pulls?.merged.has(c.sha))
                    continue;
                const unchecked = pulls?.unchecked.has(c.sha) && pulls.reason ? ` (not asked: ${pulls.reason})` : '';
                findings.push({
                    rule: 'branches',
                    severity: 'error',
                    commit: c.sha,
                    message: `commit ${(0,git_commit/* shortSha */.Fu)(c.sha)} is a direct commit on ${facts.refName}, which takes merges only${unchecked}`,
                    hint: pulls
                        ? `Merge changes into ${facts.refName} through a pull request (merge, squash or rebase merge all count).`
                        : `Put the change on a branch and merge it (a pull request, or \`git merge --no-ff\`). To undo locally: \`git branch fix/x && git reset --hard @{upstream}\`.`,
                });
            }
        }
        return { findings: capFindings(findings, 'branches', 'The same fix applies to the remaining commits.') };
    },
};

// EXTERNAL MODULE: ./src/policy/identity.ts + 1 modules
var identity = __webpack_require__(5826);
;// CONCATENATED MODULE: ./src/policy/rules/committers.ts



/** Signatures `git log %G?` reports as cryptographically good: G (trusted key) and U (unknown trust). */
const GOOD_SIGNATURES = new Set(['G', 'U']);
const committers = {
    name: 'committers',
    summary: 'Every commit is by an allowlisted author and/or committer (emails, globs, github:<login>, bots), signed if required.',
    messageRule: false,
    check(facts, ctx) {
        const config = ctx.rules.committers;
        if (!config)
            return { findings: [] };
        const findings = [];
        const github = facts.github;
        // A range of 10,000 commits has a handful of people: decide each identity once.
        const decided = new Map();
        const allowed = (who) => {
            const key = `${who.email}\0${who.name}\0${who.authenticated?.join('\0') ?? ''}`;
            let ok = decided.get(key);
            if (ok === undefined) {
                ok = (0,identity/* isAllowed */.Jr)(config.allow, who);
                decided.set(key, ok);
            }
            return ok;
        };
        if (config.allow.length === 0) {
            findings.push({
                rule: 'committers',
                severity: 'warning',
                message: 'no committer allowlist is configured, so anyone who can push can deploy',
                hint: 'Add rules.committers.allow to .gitops.yml (github:<login> entries, which GitHub verifies; emails prove nothing), or set committers: false to silence this.',
            });
        }
        const needsGitHub = config['require-signed'] || config.allow.some(identity/* isGitHubEntry */.YA);
        let notLookedUp = 0;
        for (const commit of facts.commits) {
            const gh = github?.commits.get(commit.sha);
            if (github && !gh && needsGitHub)
                notLookedUp++;
            const authenticated = (0,identity/* authenticatedLogins */.mx)(github, commit.sha);
            for (const role of config.check) {
                const who = { ...commit[role], authenticated };
                if ((0,identity/* isOversized */.sq)(who)) {
                    findings.push({
                        rule: 'committers',
                        severity: 'error',
                        commit: commit.sha,
                        message: `commit ${(0,git_commit/* shortSha */.Fu)(commit.sha)} has a ${role} name or email longer than ${identity/* MAX_IDENTITY_LENGTH */.hS} characters (${(0,identity/* describeWho */.QH)(who)}), which is refused`,
                        hint: `Re-commit with a real identity: \`git commit --amend --reset-author --no-edit\` after setting user.name and user.email.`,
                    });
                    continue;
                }
                if (config.allow.length === 0 || allowed(who))
                    continue;
                findings.push({
                    rule: 'committers',
                    severity: 'error',
                    commit: commit.sha,
                    message: `commit ${(0,git_commit/* shortSha */.Fu)(commit.sha)} has ${role} ${(0,identity/* describeWho */.QH)(who)}, who is not on the allowlist`,
                    hint: config.allow.some(identity/* isGitHubEntry */.YA)
                        ? 'A github: or bot entry matches only who GitHub authenticated: the pusher, or the owner of a signature GitHub verified. Have an allowlisted person push or sign the commit, or add them to rules.committers.allow on the target branch.'
                        : 'Have an allowlisted person make this commit, or add them to rules.committers.allow in .gitops.yml on the target branch.',
                });
            }
            if (config['require-signed']) {
                // In the Action only GitHub's verdict counts; a commit it was not asked about is unverified.
                const verified = github
                    ? gh?.verified === true
                    : commit.signature !== undefined && GOOD_SIGNATURES.has(commit.signature);
                if (!verified) {
                    findings.push({
                        rule: 'committers',
                        severity: 'error',
                        commit: commit.sha,
                        message: `commit ${(0,git_commit/* shortSha */.Fu)(commit.sha)} is not signed with a verified signature`,
                        hint: 'Sign your commits (git config commit.gpgsign true) and re-sign this one with `git commit --amend -S --no-edit` or `git rebase --exec "git commit --amend -S --no-edit"`.',
                    });
                }
            }
        }
        const capped = capFindings(findings, 'committers', 'Fix the commits above first; the same fix applies to the rest.');
        if (notLookedUp > 0) {
            capped.push({
                rule: 'committers',
                severity: 'error',
                message: `${notLookedUp} of the ${facts.commits.length} commits were not looked up on GitHub: a run looks up at most ${identity/* MAX_GITHUB_LOOKUPS */.pq} commits, so their signatures and signers count as unverified`,
                hint: "Deploy in smaller steps (push or merge fewer commits at once), or squash the range; the limit keeps one push from spending the token's API quota.",
            });
        }
        return { findings: capped };
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/destructive.ts
/**
 * The destructive-diff gate. The plan itself is derived (purely) while the facts are gathered,
 * because `plan`, the summary and the PR comment all show it; this rule reports its findings.
 */
const destructive = {
    name: 'destructive',
    summary: 'The destructive-diff gate: removed services, downgrades, opened ports, firewall and capacity changes, removed health checks.',
    messageRule: false,
    check(facts, ctx) {
        if (!ctx.rules.destructive || !facts.plan)
            return { findings: [] };
        return { findings: facts.plan.findings };
    },
};

// EXTERNAL MODULE: ./src/jira/key.ts
var key = __webpack_require__(2315);
// EXTERNAL MODULE: ./src/jira/verify.ts
var verify = __webpack_require__(2367);
// EXTERNAL MODULE: ./src/policy/exempt.ts
var exempt = __webpack_require__(5567);
;// CONCATENATED MODULE: ./src/policy/rules/jira.ts




const HINT_REWORD = 'Name the issue in the message (for example "OPS-123: ..."). To reword a pushed-to-be commit: `git rebase -i <base>` and mark it `reword`; for the last commit, `git commit --amend`.';
const jira = {
    name: 'jira',
    summary: 'Commits name a Jira key (scope each|head|any|pr-title), of an allowed project; optionally verified online.',
    messageRule: true,
    check(facts, ctx) {
        const config = ctx.rules.jira;
        if (!config)
            return { findings: [] };
        const candidates = facts.commits.filter((c) => !(0,exempt/* isExempt */.U4)(c, config.exempt, facts.trueMerges));
        const projects = config.projects.length > 0 ? config.projects : undefined;
        const keysOf = new Map(candidates.map((c) => [c.sha, (0,key/* findJiraKeys */.om)(c.message, projects)]));
        const findings = [];
        const projectHint = projects ? ` of project ${projects.join(', ')}` : '';
        switch (config.scope) {
            case 'each':
                for (const c of candidates) {
                    if (keysOf.get(c.sha).length > 0)
                        continue;
                    findings.push({
                        rule: 'jira',
                        severity: 'error',
                        commit: c.sha,
                        message: `the message names no Jira issue${projectHint}`,
                        hint: HINT_REWORD,
                    });
                }
                break;
            case 'head': {
                const head = candidates[0];
                if (head && keysOf.get(head.sha).length === 0) {
                    findings.push({
                        rule: 'jira',
                        severity: 'error',
                        commit: head.sha,
                        message: `the message names no Jira issue${projectHint}`,
                        hint: HINT_REWORD,
                    });
                }
                break;
            }
            case 'any':
                if (candidates.length > 0 && candidates.every((c) => keysOf.get(c.sha).length === 0)) {
                    findings.push({
                        rule: 'jira',
                        severity: 'error',
                        message: `none of the ${candidates.length} commits names a Jira issue${projectHint}`,
                        hint: 'Name the issue in at least one commit message, for example "OPS-123: ...".',
                    });
                }
                break;
            case 'pr-title':
                // Outside a pull request there is no title; the head commit's subject stands in for it.
                if (facts.pullRequestTitle !== undefined) {
                    if ((0,key/* findJiraKeys */.om)(facts.pullRequestTitle, projects).length === 0) {
                        findings.push({
                            rule: 'jira',
                            severity: 'error',
                            message: `the pull request title names no Jira issue${projectHint}`,
                            hint: 'Edit the pull request title to start with the issue key, for example "OPS-123: ...".',
                        });
                    }
                }
                else if (candidates[0] && (0,key/* findJiraKeys */.om)(candidates[0].subject, projects).length === 0) {
                    findings.push({
                        rule: 'jira',
                        severity: 'error',
                        commit: candidates[0].sha,
                        message: `the subject names no Jira issue${projectHint}`,
                        hint: HINT_REWORD,
                    });
                }
                break;
        }
        const capped = capFindings(findings, 'jira', HINT_REWORD);
        if (config.verify && facts.jira) {
            const keysByCommit = candidates.map((c) => ({ sha: c.sha, subject: c.subject, keys: keysOf.get(c.sha) }));
            if (facts.pullRequestTitle !== undefined && config.scope === 'pr-title') {
                keysByCommit.push({
                    sha: '',
                    subject: facts.pullRequestTitle,
                    keys: (0,key/* findJiraKeys */.om)(facts.pullRequestTitle, projects),
                });
            }
            capped.push(...(0,verify/* jiraVerifyFindings */.UC)(facts.jira, keysByCommit, {
                projects: config.projects,
                statuses: config.verify.statuses,
                approval: config.verify.approval,
                onUnreachable: config.verify['on-unreachable'],
            }));
        }
        return { findings: capped };
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/policy-change.ts


const policyChange = {
    name: 'policy-change',
    summary: 'A commit that changes the policy file must be committed by one of admins, and the file it leaves must validate.',
    messageRule: false,
    check(facts, ctx) {
        const findings = [];
        // Not subject to `policy-change: false`: a file that does not validate would lock every later push.
        const problem = facts.policyProblem;
        if (problem) {
            const where = [problem.file, problem.line, problem.column].filter((x) => x !== undefined).join(':');
            findings.push({
                rule: 'policy-change',
                severity: 'error',
                file: problem.file,
                line: problem.line,
                message: `${where}: the policy this push leaves does not validate: ${problem.message}`,
                hint: `Fix ${problem.file} at that line (\`npx gitops-action check\` validates it locally), and push the fix; a policy that does not validate would stop every later push.`,
            });
        }
        if (!ctx.rules['policy-change'] || facts.policyCommits.size === 0)
            return { findings };
        const admins = ctx.config.admins;
        for (const c of facts.commits) {
            if (!facts.policyCommits.has(c.sha))
                continue;
            if (admins.length === 0) {
                // Without admins nobody could ever change the policy; say so rather than lock the file forever.
                findings.push({
                    rule: 'policy-change',
                    severity: 'warning',
                    commit: c.sha,
                    message: `commit ${(0,git_commit/* shortSha */.Fu)(c.sha)} changes ${ctx.config.path}, and no admins are configured to approve policy changes`,
                    hint: 'List who may change the policy in `admins:` in .gitops.yml.',
                });
                continue;
            }
            // The committers rule's test: github: and bot entries only by who GitHub authenticated.
            const who = { ...c.committer, authenticated: (0,identity/* authenticatedLogins */.mx)(facts.github, c.sha) };
            if ((0,identity/* isAllowed */.Jr)(admins, who))
                continue;
            findings.push({
                rule: 'policy-change',
                severity: 'error',
                commit: c.sha,
                message: `commit ${(0,git_commit/* shortSha */.Fu)(c.sha)} changes ${ctx.config.path}, but its committer ${(0,identity/* describeWho */.QH)(who)} is not one of admins`,
                hint: `Ask one of ${admins.join(', ')} to make the policy change.`,
            });
        }
        return { findings };
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/promote-from.ts


/**
 * How commits may reach an environment. `promote-from: lower`: every commit was in a successful
 * deploy of `lower` (the record), or is on a branch of `lower` that the policy names exactly, as
 * the remote holds it. A tag: its commit is on one of the environment's exactly named branches,
 * unless the environment says `tags-from-any-branch: true`. Facts come from gather.ts.
 *
 * Hotfixes pass the way every other change does: deploy the hotfix to the lower environment (add
 * `hotfix/*` to its branches, or record a deploy of it with `gitops-action record`), then promote.
 * There is deliberately no exemption by branch name or message: both are the pusher's to choose.
 */
const promoteFrom = {
    name: 'promote-from',
    summary: 'Commits reach an environment only through its promotion path: deployed to the lower environment first (promote-from), and a tag only from the environment’s own branch.',
    messageRule: false,
    check(facts, ctx) {
        if (!ctx.rules['promote-from'])
            return { findings: [] };
        const findings = [];
        const target = facts.environment?.name ?? facts.refName;
        const tag = facts.tagSource;
        if (tag && !tag.reachable) {
            findings.push({
                rule: 'promote-from',
                severity: 'error',
                commit: facts.range.to,
                message: tag.branches.length > 0
                    ? `tag ${facts.refName} is on a commit that is not on ${tag.branches.join(' or ')}, the branch${tag.branches.length === 1 ? '' : 'es'} of ${target}`
                    : `tag ${facts.refName} deploys to ${target}, which names no branch exactly (or none is on the remote), so the tagged commit cannot be shown to come from it`,
                hint: tag.branches.length > 0
                    ? `Merge the change into ${tag.branches[0]} and tag the merged commit. If ${target} really takes tags from any branch, set environments.${target}.tags-from-any-branch: true.`
                    : `Name the environment's branch exactly in environments.${target}.branches (and push it), or set tags-from-any-branch: true.`,
            });
        }
        const promotion = facts.promotion;
        if (promotion && facts.range.kind !== 'delete') {
            const where = [
                promotion.recordedDeploys > 0
                    ? `${promotion.recordedDeploys} recorded deploy${promotion.recordedDeploys === 1 ? '' : 's'}`
                    : 'no recorded deploys',
                promotion.branches.length > 0 ? `branch ${promotion.branches.join(', ')}` : 'no exactly named branch',
            ].join(', ');
            for (const c of facts.commits) {
                if (!promotion.missing.has(c.sha))
                    continue;
                // A merge made on the environment's own line (the promotion itself) has never been anywhere
                // else. Only a merge git recorded counts: a hand-made one whose later parent is already
                // merged brings nothing in, and would let its own content through unpromoted.
                if (facts.trueMerges.has(c.sha) && facts.firstParentLine.has(c.sha))
                    continue;
                findings.push({
                    rule: 'promote-from',
                    severity: 'error',
                    commit: c.sha,
                    message: `commit ${(0,git_commit/* shortSha */.Fu)(c.sha)} has not been deployed to ${promotion.from} (${where}) before reaching ${target}`,
                    hint: `Promote in order: deploy it to ${promotion.from} first (${promotion.branches[0] ? `merge it into ${promotion.branches[0]}` : `its branch`}, and record the deploy with \`gitops-action record --env ${promotion.from} --status success\` where GitHub does not), then promote here.`,
                });
            }
        }
        return { findings: capFindings(findings, 'promote-from', 'The same fix applies to the remaining commits.') };
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/skip-deploy.ts

/**
 * Literal markers, matched case-insensitively: a substring search is linear on any message, which
 * a user-supplied regular expression would not be.
 */
function skipMarker(commit, markers, trailer) {
    const text = commit.message.toLowerCase();
    const marker = markers.find((m) => text.includes(m.toLowerCase()));
    if (marker)
        return marker;
    if (trailer && (0,git_commit/* trailerValues */.uv)(commit, 'Skip-Deploy').some((v) => v.toLowerCase() === 'true')) {
        return 'Skip-Deploy: true';
    }
    return undefined;
}
const skipDeploy = {
    name: 'skip-deploy',
    summary: 'A skip-deploy marker on the head commit (or any commit, with scope: any) makes the decision skip.',
    messageRule: false,
    check(facts, ctx) {
        const config = ctx.rules['skip-deploy'];
        if (!config || facts.commits.length === 0)
            return { findings: [] };
        const candidates = config.scope === 'any' ? facts.commits : facts.commits.slice(0, 1);
        for (const commit of candidates) {
            const marker = skipMarker(commit, config.markers, config.trailer);
            if (marker)
                return { findings: [], skip: `commit ${commit.sha.slice(0, 7)} carries the marker "${marker}"` };
        }
        return { findings: [] };
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/index.ts







/** Every rule, by its name in `.gitops.yml`. A test checks this against the files in this folder. */
const RULES = [skipDeploy, committers, jira, destructive, branches, promoteFrom, policyChange];

;// CONCATENATED MODULE: ./src/policy/engine.ts

/**
 * Runs the rules over the facts and decides: any error blocks; otherwise a skip marker, or an
 * environment with deploys turned off, skips; otherwise deploy.
 */
function evaluate(facts, config, mode = facts.environment ? 'full' : 'message') {
    const rules = facts.environment?.rules ?? config.rules;
    const findings = [];
    let skipReason;
    for (const rule of RULES) {
        if (mode === 'message' && !rule.messageRule)
            continue;
        const outcome = rule.check(facts, { config, rules, mode });
        findings.push(...outcome.findings);
        skipReason ??= outcome.skip;
    }
    if (facts.range.kind === 'delete') {
        skipReason ??= `${facts.refName} is being deleted: nothing to deploy`;
    }
    else if (!facts.environment) {
        skipReason ??= `${facts.refName} maps to no environment`;
    }
    else if (!facts.environment.deploy) {
        skipReason ??= `environment ${facts.environment.name} is check-only (deploy: false)`;
    }
    else if (facts.commits.length === 0 && facts.range.kind !== 'tag') {
        skipReason ??= 'the range holds no new commits';
    }
    const decision = findings.some((f) => f.severity === 'error') ? 'block' : skipReason ? 'skip' : 'deploy';
    return { decision, findings, skipReason: decision === 'skip' ? skipReason : undefined };
}


/***/ }),

/***/ 5567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U4: () => (/* binding */ isExempt),
/* harmony export */   ki: () => (/* binding */ isExemptSubject)
/* harmony export */ });
/* unused harmony exports isRevertSubject, isFixupSubject */
/**
 * Which commits the message rules (the Jira rule) and `merge-only` leave alone. A merge is exempt
 * because git writes its message and the commits it brings in are checked themselves; that is
 * only true of a merge git recorded (`trueMerges`: two or more parents, the second not already
 * reachable from the first), never of a subject that says "Merge". Reverts and fixups are exempt
 * only where the policy lists them (`jira.exempt`), since anyone can title a commit `Revert "..."`.
 */
function isExempt(commit, exempt, trueMerges) {
    if (exempt.includes('merges') && trueMerges.has(commit.sha))
        return true;
    if (exempt.includes('reverts') && isRevertSubject(commit.subject))
        return true;
    if (exempt.includes('fixups') && isFixupSubject(commit.subject))
        return true;
    return false;
}
/** `git revert` writes `Revert "<subject>"`. */
function isRevertSubject(subject) {
    return subject.startsWith('Revert "');
}
/** The commits `git commit --fixup/--squash` writes and `git rebase --autosquash` folds away. */
function isFixupSubject(subject) {
    return subject.startsWith('fixup! ') || subject.startsWith('squash! ') || subject.startsWith('amend! ');
}
/**
 * The commit-msg hook's shortcut, before the commit exists: a message git wrote (`Merge ...`,
 * `Revert "..."`) or one autosquash will fold away is not checked on the developer's machine. It
 * is a convenience, not a gate: the push is checked by `isExempt`, by what git recorded.
 */
function isExemptSubject(subject) {
    return isRevertSubject(subject) || isFixupSubject(subject) || subject.startsWith('Merge ');
}


/***/ }),

/***/ 7831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ pickEnvironment),
/* harmony export */   p: () => (/* binding */ gatherFacts)
/* harmony export */ });
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1390);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1036);
/* harmony import */ var _descriptors_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2570);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _git_range_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8893);
/* harmony import */ var _jira_key_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2315);
/* harmony import */ var _acceptance_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6519);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4887);
/* harmony import */ var _exempt_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5567);









function pickEnvironment(config, ref, name) {
    if (name) {
        const env = config.environments[name];
        if (!env) {
            const known = Object.keys(config.environments);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`unknown environment "${name}"`, `Known environments in ${config.source}: ${known.join(', ') || 'none'}.`);
        }
        return env;
    }
    return (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentFor */ .DD)(config, (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRef */ .rd)(ref));
}
/** Gathers every fact once, before any rule runs. All git and network access happens here. */
async function gatherFacts(req) {
    const { git, config } = req;
    const ref = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRef */ .rd)(req.ref);
    const environment = pickEnvironment(config, req.ref, req.environment);
    const mode = req.mode ?? (environment ? 'full' : 'message');
    const rules = environment?.rules ?? config.rules;
    const signatures = mode === 'full' && rules.committers !== false && rules.committers['require-signed'];
    const walk = (r) => r.revArgs.length > 0 ? git.log(r.revArgs, { signatures, maxCount: r.maxCount }) : [];
    let commits = walk(req.range);
    const settled = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_4__/* .settleRange */ .hL)(git, req.range, commits);
    const range = settled.range;
    if (settled.walkAgain)
        commits = walk(range);
    const boundary = (0,_git_range_js__WEBPACK_IMPORTED_MODULE_4__/* .shallowBoundary */ .N0)(git);
    if (boundary.size > 0 && range.kind !== 'tag' && commits.some((c) => boundary.has(c.sha))) {
        throw (0,_git_range_js__WEBPACK_IMPORTED_MODULE_4__/* .shallowError */ .Jn)('the range reaches commits whose parents were not fetched');
    }
    const facts = {
        ref: ref.full,
        refKind: ref.kind,
        refName: ref.name,
        range,
        environment,
        commits,
        firstParentLine: firstParentLine(commits, range.to),
        policyCommits: new Set(),
        trueMerges: trueMerges(git, commits, range),
        pullRequestTitle: req.pullRequestTitle,
    };
    if (mode === 'full' && commits.length > 0) {
        if (config.path && policyMayHaveChanged(git, range, config.path)) {
            if (rules['policy-change'])
                facts.policyCommits = new Set(git.commitsTouching(range.revArgs, config.path));
            facts.policyProblem = await policyProblem(git, range, config.path);
        }
        const lower = environment?.['promote-from'];
        const remote = req.remote ?? 'origin';
        if (lower && rules['promote-from']) {
            facts.promotion = await promotionFacts(git, req, config, lower, range, remote);
        }
    }
    if (mode === 'full' && environment && range.to && ref.kind === 'tag' && !environment['tags-from-any-branch']) {
        const branches = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_7__/* .protectedBranches */ .Nk)(git, environment, req.remote ?? 'origin', req.remoteOnly ?? false);
        const to = range.to;
        facts.tagSource = {
            branches: branches.map((b) => b.name),
            reachable: branches.some((b) => git.isAncestor(to, b.sha)),
        };
    }
    // Before the plan: an Allow-Destructive trailer counts only on a commit GitHub vouches for.
    if (req.github && mode === 'full' && commits.length > 0)
        facts.github = await req.github(byLookupPriority(commits, facts.policyCommits), facts.firstParentLine);
    if (mode === 'full' && rules.destructive && range.to) {
        // The plan compares what runs (the baseline) with what will: `range.from` is the deployed commit.
        const read = await readDescriptors(git, rules.destructive, range.from, range.to, req.untrustedHead === true, {
            cache: req.planCache !== false,
        });
        facts.descriptors = { before: read.before, after: read.after };
        const { before, after } = read;
        if (before.size === 0 && after.size === 0 && read.notes.length === 0) {
            facts.plan = { objects: [], findings: [], summary: { add: 0, change: 0, destroy: 0, destructive: 0 } };
        }
        else {
            // The plan (and the YAML parser under it) loads only when there is something to compare.
            const { planRead } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(243), __webpack_require__.e(748), __webpack_require__.e(322)]).then(__webpack_require__.bind(__webpack_require__, 1322));
            facts.plan = planRead(read, rules.destructive, (0,_acceptance_js__WEBPACK_IMPORTED_MODULE_6__/* .acceptedKinds */ .P)(commits, rules, { admins: config.admins, github: facts.github }));
        }
    }
    const verify = rules.jira ? rules.jira.verify : false;
    const lookup = req.jira && verify ? req.jira(verify) : undefined;
    if (lookup && rules.jira) {
        const projects = rules.jira.projects.length > 0 ? rules.jira.projects : undefined;
        const keys = new Set();
        for (const c of commits)
            if (!(0,_exempt_js__WEBPACK_IMPORTED_MODULE_8__/* .isExempt */ .U4)(c, rules.jira.exempt, facts.trueMerges))
                for (const k of (0,_jira_key_js__WEBPACK_IMPORTED_MODULE_5__/* .findJiraKeys */ .om)(c.message, projects))
                    keys.add(k);
        if (req.pullRequestTitle)
            for (const k of (0,_jira_key_js__WEBPACK_IMPORTED_MODULE_5__/* .findJiraKeys */ .om)(req.pullRequestTitle, projects))
                keys.add(k);
        if (keys.size > 0)
            facts.jira = await lookup([...keys]);
    }
    return facts;
}
/**
 * Whether any commit of the range may touch the policy file: when the file is the same at both
 * ends, a commit that changed it was undone within the range and changes no future policy, so the
 * per-commit walk (`git log -- <path>`) is skipped. A range without a `from` is always walked.
 */
function policyMayHaveChanged(git, range, path) {
    if (!range.from || !range.to)
        return true;
    return git.changedFiles(range.from, range.to).includes(path);
}
/** `git merge-base --is-ancestor` runs at most this often a range; a merge beyond it is not exempt. */
const MAX_ANCESTRY_CHECKS = 32;
/** Commits visited in memory, over all merges of a range, before the rest ask git. */
const MAX_VISITS = 2_000_000;
/**
 * The range's merges that merge something: two or more parents, and a later parent not already
 * reachable from the first. A hand-made merge of an already-merged commit (`git commit-tree -p A
 * -p <ancestor of A>`) records two parents but brings nothing in, so it is no merge.
 *
 * Most answers need no git: when a later parent is itself in the walked range, every path from the
 * first parent to it runs through the range's own commits (its descendants are outside what the
 * range excludes too), so the parent links `git log` gave decide it. Only a later parent from
 * outside the range (a merge of the already-deployed main into a branch), or a search over its
 * budget, asks git, a bounded number of times; an answer not found counts as "already merged".
 */
function trueMerges(git, commits, range) {
    const merges = new Set();
    if (!commits.some((c) => c.parents.length > 1))
        return merges;
    const parentsOf = new Map(commits.map((c) => [c.sha, c.parents]));
    const closed = range.maxCount === undefined;
    // A topological position (children first): a commit can reach only commits after it, so a
    // search stops at positions past its target, and a target before the start is unreachable.
    const position = topologicalPositions(commits, parentsOf);
    let visits = 0;
    const reachable = (from, target) => {
        const limit = position.get(target);
        if ((position.get(from) ?? Number.POSITIVE_INFINITY) > limit)
            return false;
        const seen = new Set();
        const stack = [from];
        while (stack.length > 0) {
            const sha = stack.pop();
            if (sha === target)
                return true;
            if (seen.has(sha))
                continue;
            seen.add(sha);
            if (++visits > MAX_VISITS)
                return undefined;
            for (const p of parentsOf.get(sha) ?? [])
                if ((position.get(p) ?? Number.POSITIVE_INFINITY) <= limit)
                    stack.push(p);
        }
        return false;
    };
    let checks = 0;
    const isAncestor = (ancestor, of) => {
        if (checks++ >= MAX_ANCESTRY_CHECKS)
            return undefined;
        const r = git.execGit(['merge-base', '--is-ancestor', ancestor, of], { allowFail: true });
        return r.status === 0 ? true : r.status === 1 ? false : undefined;
    };
    for (const c of commits) {
        const [first, ...later] = c.parents;
        if (!first || later.length === 0)
            continue;
        const bringsSomething = later.some((p) => {
            const known = closed && parentsOf.has(p) ? reachable(first, p) : undefined;
            return (known ?? isAncestor(p, first)) === false;
        });
        if (bringsSomething)
            merges.add(c.sha);
    }
    return merges;
}
/** Kahn's order over the range: each commit before its parents. */
function topologicalPositions(commits, parentsOf) {
    const children = new Map();
    for (const c of commits)
        for (const p of new Set(c.parents))
            if (parentsOf.has(p))
                children.set(p, (children.get(p) ?? 0) + 1);
    const ready = commits.filter((c) => !children.has(c.sha)).map((c) => c.sha);
    const position = new Map();
    while (ready.length > 0) {
        const sha = ready.pop();
        position.set(sha, position.size);
        for (const p of new Set(parentsOf.get(sha))) {
            if (!parentsOf.has(p))
                continue;
            const left = (children.get(p) ?? 0) - 1;
            children.set(p, left);
            if (left === 0)
                ready.push(p);
        }
    }
    return position;
}
/** Commits that change the policy or accept destructive changes first: their identity decides most. */
function byLookupPriority(commits, policyCommits) {
    const first = (c) => policyCommits.has(c.sha) || c.trailers.some((t) => t.key.toLowerCase() === 'allow-destructive');
    return [...commits.filter(first), ...commits.filter((c) => !first(c))];
}
/** The range's commits on `to`'s first-parent line: the commits made on the branch itself. */
function firstParentLine(commits, to) {
    const bySha = new Map(commits.map((c) => [c.sha, c]));
    const line = new Set();
    let sha = to;
    while (sha && bySha.has(sha) && !line.has(sha)) {
        line.add(sha);
        sha = bySha.get(sha).parents[0];
    }
    return line;
}
/**
 * What `promote-from` needs: the commits of the range that the lower environment never ran. A
 * commit counts as promoted when it is reachable from a successful deploy of the lower
 * environment in the record (so a deleted `release/x` voids nothing), or from one of its
 * branches that the policy names exactly, as the remote holds it (a glob like `release/*` is
 * anyone's to create). One `git rev-list` for the whole range.
 */
async function promotionFacts(git, req, config, lowerName, range, remote) {
    const lower = config.environments[lowerName];
    if (!lower) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`promote-from names an unknown environment "${lowerName}"`, `Known environments: ${Object.keys(config.environments).join(', ')}.`);
    }
    const deployed = new Set();
    for (const d of (await req.record?.history(lowerName)) ?? []) {
        // A recorded deploy whose commit this clone lacks proves nothing here: it is left out.
        if (d.status === 'success' && git.tryRevParse(d.sha))
            deployed.add(d.sha);
    }
    const branches = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_7__/* .protectedBranches */ .Nk)(git, lower, remote, req.remoteOnly ?? false);
    const exclude = [...deployed, ...branches.map((b) => b.sha)].map((sha) => `^${sha}`);
    const missing = new Set(range.revArgs.length > 0 ? git.revList([...range.revArgs, ...exclude]) : []);
    return { from: lowerName, branches: branches.map((b) => b.name), recordedDeploys: deployed.size, missing };
}
/**
 * The policy file as the range leaves it must itself validate: a push that breaks it would
 * otherwise lock every later push out (issue: a policy cannot lock the repository).
 */
async function policyProblem(git, range, path) {
    if (!range.to)
        return undefined;
    const blob = git.readBlob(range.to, path);
    if (!blob)
        return undefined;
    try {
        await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .ON)(blob.text, path);
        return undefined;
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x))
            throw err;
        const m = /^(.*?):(\d+):(\d+): ([\s\S]*)$/.exec(err.message);
        if (!m)
            return { file: path, message: err.message };
        return { file: path, line: Number(m[2]), column: Number(m[3]), message: m[4] };
    }
}
async function readDescriptors(git, config, from, to, untrustedHead, options) {
    // When no descriptor (or kustomization or chart file) changed, nothing can be destroyed, opened
    // or outgrown: neither tree is read and the plan module is never loaded.
    if (from && !config.render && !(0,_descriptors_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .touchesDescriptors */ .uV)(git.changedFiles(from, to), config.descriptors)) {
        return { before: new Map(), after: new Map(), notes: [] };
    }
    const { readDescriptorInput } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(243), __webpack_require__.e(748), __webpack_require__.e(356), __webpack_require__.e(945)]).then(__webpack_require__.bind(__webpack_require__, 2356));
    return readDescriptorInput(git, config, from, to, untrustedHead, options);
}


/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pq: () => (/* binding */ MAX_GITHUB_LOOKUPS),
  hS: () => (/* binding */ MAX_IDENTITY_LENGTH),
  mx: () => (/* binding */ authenticatedLogins),
  QH: () => (/* binding */ describeWho),
  Jr: () => (/* binding */ isAllowed),
  YA: () => (/* binding */ isGitHubEntry),
  sq: () => (/* binding */ isOversized)
});

// UNUSED EXPORTS: matchesEntry

;// CONCATENATED MODULE: ./src/policy/identity-glob.ts
function compileEmailGlob(pattern) {
    const segments = pattern.split('*');
    const hasStar = segments.length > 1;
    const first = segments[0];
    const last = segments[segments.length - 1];
    const middle = segments.slice(1, -1).filter((s) => s.length > 0);
    const minLength = segments.reduce((n, s) => n + s.length, 0);
    return (text, counter) => {
        if (!hasStar)
            return text.length === first.length && matchesAt(first, text, 0, counter);
        if (text.length < minLength)
            return false;
        if (!matchesAt(first, text, 0, counter))
            return false;
        const end = text.length - last.length;
        if (!matchesAt(last, text, end, counter))
            return false;
        let pos = first.length;
        for (const segment of middle) {
            const found = findFrom(segment, text, pos, end, counter);
            if (found < 0)
                return false;
            pos = found + segment.length;
        }
        return true;
    };
}
/** Does `segment` (literals and `?`) match `text` starting at `at`? */
function matchesAt(segment, text, at, counter) {
    for (let i = 0; i < segment.length; i++) {
        if (counter)
            counter.steps++;
        const c = segment.charCodeAt(i);
        if (c !== QUESTION && c !== text.charCodeAt(at + i))
            return false;
    }
    return true;
}
/** The leftmost place in `[from, end - segment.length]` where `segment` matches, or -1. */
function findFrom(segment, text, from, end, counter) {
    for (let at = from; at + segment.length <= end; at++) {
        if (matchesAt(segment, text, at, counter))
            return at;
    }
    return -1;
}
const QUESTION = '?'.charCodeAt(0);

;// CONCATENATED MODULE: ./src/policy/identity.ts

/** Commits whose GitHub identity (signature, signer) the Action looks up at most, per run. */
const MAX_GITHUB_LOOKUPS = 100;
/**
 * The logins GitHub authenticated for a commit: the pusher (who took the whole push on their
 * account) and the signer of a signature GitHub verified. Both vouch for the commit as a whole,
 * so they count for `check: author` as for `check: committer`.
 */
function authenticatedLogins(github, sha) {
    if (!github)
        return [];
    const logins = [];
    if (github.pusher)
        logins.push(github.pusher);
    const signer = github.commits.get(sha)?.verifiedSigner;
    if (signer)
        logins.push(signer);
    return logins;
}
/** RFC 5321 caps an address at 254 characters; a longer name or email is refused, not matched. */
const MAX_IDENTITY_LENGTH = 254;
function isOversized(who) {
    return who.email.length > MAX_IDENTITY_LENGTH || who.name.length > MAX_IDENTITY_LENGTH;
}
/**
 * Does an allowlist entry name this person? Entries are:
 * - `github:<login>`: one of the authenticated logins;
 * - a bot, `name[bot]` (or `github:name[bot]`): the bot's API login among the authenticated ones
 *   (only GitHub Apps have `[bot]` logins); never a git name or email, which anyone can write;
 * - an email glob (`*@example.com`, `*` and `?` only) or an exact email, compared
 *   case-insensitively. An email entry proves nothing about who made the commit.
 */
function matchesEntry(entry, who) {
    if (isOversized(who))
        return false;
    if (entry.startsWith('github:'))
        return isAuthenticated(entry.slice(7), who);
    if (entry.endsWith('[bot]'))
        return isAuthenticated(entry, who);
    const email = who.email.toLowerCase();
    if (entry.includes('*') || entry.includes('?'))
        return globMatcher(entry)(email);
    return email === entry.toLowerCase();
}
/** Does the entry need GitHub's view of the commits (a login, not an email)? */
function isGitHubEntry(entry) {
    return entry.startsWith('github:') || entry.endsWith('[bot]');
}
function isAuthenticated(login, who) {
    const wanted = login.toLowerCase();
    return who.authenticated?.some((l) => l.toLowerCase() === wanted) ?? false;
}
/** Compiled once per entry: a 10,000-commit range asks the same few globs 20,000 times. */
const matchers = new Map();
function globMatcher(entry) {
    let m = matchers.get(entry);
    if (!m) {
        m = compileEmailGlob(entry.toLowerCase());
        matchers.set(entry, m);
    }
    return m;
}
function isAllowed(entries, who) {
    return entries.some((e) => matchesEntry(e, who));
}
function describeWho(who) {
    const name = clip(who.name);
    const email = clip(who.email);
    const logins = who.authenticated?.length ? ` (GitHub verified: ${who.authenticated.join(', ')})` : '';
    return `${name} <${email}>${logins}`;
}
/** An oversized identity is named by its start and its length, not repeated whole in every report. */
function clip(text) {
    return text.length > MAX_IDENTITY_LENGTH ? `${text.slice(0, 40)}... (${text.length} characters)` : text;
}


/***/ }),

/***/ 3728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ NO_RECORD)
/* harmony export */ });
/** A reader with no record at all: every baseline is a fallback. */
const NO_RECORD = {
    async lastSuccess() {
        return undefined;
    },
    async history() {
        return [];
    },
    async environments() {
        return [];
    },
};


/***/ })

};
;