export const id = 384;
export const ids = [384];
export const modules = {

/***/ 9384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_WINDOW_DAYS: () => (/* binding */ DEFAULT_WINDOW_DAYS),
  measure: () => (/* binding */ measure),
  metricsSummary: () => (/* binding */ metricsSummary)
});

;// CONCATENATED MODULE: ./src/metrics/stats.ts
/**
 * Summary statistics of durations. The median is the usual one (the mean of the two middle values
 * for an even count); other percentiles use the nearest-rank method (the smallest value with at
 * least p% of the values at or below it), so a p90 is always a duration that happened.
 */
function median(values) {
    if (values.length === 0)
        return undefined;
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const s = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * s.length));
    return s[rank - 1];
}
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** `42 min`, `5.3 h`, `3.2 d`: one unit, the largest that keeps the figure above one. */
function stats_formatDuration(ms) {
    if (ms === undefined)
        return '—';
    if (ms < HOUR_MS)
        return `${Math.round(ms / 60_000)} min`;
    if (ms < DAY_MS)
        return `${(ms / HOUR_MS).toFixed(1)} h`;
    return `${(ms / DAY_MS).toFixed(1)} d`;
}

;// CONCATENATED MODULE: ./src/metrics/bands.ts

function frequencyBand(perDay) {
    if (perDay >= 1)
        return 'elite';
    if (perDay >= 1 / 7)
        return 'high';
    if (perDay >= 1 / 30)
        return 'medium';
    return 'low';
}
function leadTimeBand(medianMs) {
    if (medianMs < DAY_MS)
        return 'elite';
    if (medianMs < 7 * DAY_MS)
        return 'high';
    if (medianMs < 30 * DAY_MS)
        return 'medium';
    return 'low';
}
function failureRateBand(rate) {
    if (rate <= 0.05)
        return 'elite';
    if (rate <= 0.1)
        return 'high';
    if (rate <= 0.15)
        return 'medium';
    return 'low';
}
function restoreBand(medianMs) {
    if (medianMs < HOUR_MS)
        return 'elite';
    if (medianMs < DAY_MS)
        return 'high';
    if (medianMs < 7 * DAY_MS)
        return 'medium';
    return 'low';
}

;// CONCATENATED MODULE: ./src/metrics/change-failure-rate.ts

function changeFailureRate(events, failures) {
    const deploys = events.filter((e) => e.measured).length;
    const failed = failures.filter((f) => f.event.measured).length;
    const rate = deploys === 0 ? undefined : failed / deploys;
    return { failed, deploys, rate, band: rate === undefined ? undefined : failureRateBand(rate) };
}

;// CONCATENATED MODULE: ./src/metrics/deployment-frequency.ts


function deploymentFrequency(events, since, until) {
    const deploys = events.filter((e) => e.measured && e.status === 'success').length;
    const days = Math.max(1, (until - since) / DAY_MS);
    const perDay = deploys / days;
    return {
        deploys,
        days: round(days, 2),
        perDay: round(perDay, 3),
        perWeek: round(perDay * 7, 2),
        band: frequencyBand(perDay),
    };
}
function round(n, digits) {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}

;// CONCATENATED MODULE: ./src/metrics/events.ts
function deployEvents(facts) {
    const events = [];
    for (const d of facts.deploys) {
        const at = Date.parse(d.at);
        const last = events[events.length - 1];
        if (d.status === 'failure' && last && last.status === 'success' && last.deploy.sha === d.sha && !last.failedLater) {
            last.failedLater = at;
            continue;
        }
        events.push({ deploy: d, at, status: d.status, measured: at >= facts.since });
    }
    return events;
}

;// CONCATENATED MODULE: ./src/metrics/changes.ts
/**
 * Which commits each deploy brought in: for deploy N, the commits reachable from its sha that no
 * earlier deploy reached — `previous..deployed` for every commit of the range, not only the head
 * (fourkeys#46), and the same for a deploy after a rollback, whose range would otherwise count
 * again the commits that were deployed, rolled back and deployed anew.
 *
 * The walk stops at commits already attributed and at commits outside `commits` (reachable from the
 * baseline), so the whole history is walked once: O(commits + parents).
 */
function attributeChanges(events, commits, include) {
    const owner = new Set();
    const changes = new Map();
    for (const e of events) {
        if (!include(e))
            continue;
        const mine = [];
        const stack = [e.deploy.sha];
        while (stack.length > 0) {
            const sha = stack.pop();
            if (owner.has(sha))
                continue;
            const c = commits.get(sha);
            if (!c)
                continue;
            owner.add(sha);
            mine.push(sha);
            for (const p of c.parents)
                if (!owner.has(p))
                    stack.push(p);
        }
        changes.set(e, mine);
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/metrics/failures.ts

function findFailures(events, commits) {
    // Reverts name a commit: the deploy that first tried to ship it, whatever its status, is the culprit.
    const attempted = attributeChanges(events, commits, () => true);
    const introducedBy = new Map();
    for (const [e, shas] of attempted)
        for (const sha of shas)
            introducedBy.set(sha, e);
    const failures = new Map();
    const mark = (e, signal, restoredBy) => {
        if (!e)
            return;
        let f = failures.get(e);
        if (!f) {
            f = { event: e, signals: [] };
            failures.set(e, f);
        }
        if (!f.signals.includes(signal))
            f.signals.push(signal);
        if (restoredBy && (!f.restoredBy || restoredBy.at < f.restoredBy.at))
            f.restoredBy = restoredBy;
    };
    const nextSuccess = (i, after) => events.slice(i + 1).find((n) => n.status === 'success' && n.at >= after);
    let patched;
    for (let i = 0; i < events.length; i++) {
        const e = events[i];
        if (e.status === 'failure')
            mark(e, 'status', nextSuccess(i, e.at));
        if (e.failedLater !== undefined)
            mark(e, 'failed-later', nextSuccess(i, e.failedLater));
        if (e.status !== 'success')
            continue;
        const brought = (attempted.get(e) ?? []).map((sha) => commits.get(sha));
        const rolledBack = new Set(e.deploy.rollbackOf ? [e.deploy.rollbackOf] : []);
        for (const c of brought)
            for (const sha of c.rollbackOf)
                rolledBack.add(sha);
        for (const sha of rolledBack)
            mark(newestDeployOf(events, i, sha, introducedBy), 'rollback', e);
        for (const c of brought) {
            for (const reverted of c.reverts) {
                const culprit = introducedBy.get(reverted);
                // A commit reverted before it ever shipped alone harmed no deploy.
                if (culprit && culprit !== e)
                    mark(culprit, 'revert', e);
            }
        }
        if (brought.some((c) => c.hotfix)) {
            mark(patched, 'hotfix', e);
        }
        else if (rolledBack.size === 0) {
            patched = e;
        }
    }
    return [...failures.values()].sort((a, b) => a.event.at - b.event.at);
}
/** The deploy a `Rollback-Of: <sha>` names: the newest earlier deploy of that sha, or the one that brought it in. */
function newestDeployOf(events, before, sha, introducedBy) {
    for (let j = before - 1; j >= 0; j--) {
        const d = events[j].deploy.sha;
        if (d === sha || (sha.length < d.length && d.startsWith(sha)))
            return events[j];
    }
    return introducedBy.get(sha);
}

;// CONCATENATED MODULE: ./src/metrics/lead-time.ts



function leadTime(events, commits) {
    const deployed = attributeChanges(events, commits, (e) => e.status === 'success');
    const times = [];
    for (const [e, shas] of deployed) {
        if (!e.measured)
            continue;
        for (const sha of shas)
            times.push(Math.max(0, e.at - commits.get(sha).authorTime));
    }
    const med = median(times);
    return {
        commits: times.length,
        medianMs: med,
        p90Ms: percentile(times, 90),
        band: med === undefined ? undefined : leadTimeBand(med),
    };
}

;// CONCATENATED MODULE: ./src/metrics/time-to-restore.ts


function timeToRestore(failures, until) {
    const times = [];
    let open = 0;
    for (const f of failures) {
        if (!f.event.measured)
            continue;
        if (f.restoredBy && f.restoredBy.at <= until)
            times.push(f.restoredBy.at - f.event.at);
        else
            open++;
    }
    const med = median(times);
    return {
        restored: times.length,
        open,
        medianMs: med,
        p90Ms: percentile(times, 90),
        band: med === undefined ? undefined : restoreBand(med),
    };
}

;// CONCATENATED MODULE: ./src/metrics/compute.ts






function computeMetrics(facts) {
    const events = deployEvents(facts);
    const failures = findFailures(events, facts.commits);
    const notes = [];
    if (facts.baselineIsFirstDeploy && facts.baseline) {
        notes.push(`The first recorded deploy (${facts.baseline.sha.slice(0, 7)} at ${facts.baseline.at}) is the baseline: the history before it is not counted as its lead time.`);
    }
    if (!events.some((e) => e.measured))
        notes.push(`No deploy of ${facts.environment} is recorded in this window.`);
    return {
        environment: facts.environment,
        since: iso(facts.since),
        until: iso(facts.until),
        deploymentFrequency: deploymentFrequency(events, facts.since, facts.until),
        leadTime: leadTime(events, facts.commits),
        changeFailureRate: changeFailureRate(events, failures),
        timeToRestore: timeToRestore(failures, facts.until),
        failures: failures
            .filter((f) => f.event.measured)
            .map((f) => ({
            sha: f.event.deploy.sha,
            at: f.event.deploy.at,
            signals: f.signals,
            ...(f.restoredBy ? { restoredBy: f.restoredBy.deploy.sha, restoredAt: f.restoredBy.deploy.at } : {}),
        })),
        notes,
    };
}
function iso(ms) {
    return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

// EXTERNAL MODULE: ./src/semver/merge-subject.ts
var merge_subject = __webpack_require__(7761);
;// CONCATENATED MODULE: ./src/metrics/facts.ts

const NONE = [];
const REVERT = /This reverts commit ([0-9a-f]{40}(?:[0-9a-f]{24})?)/g;
async function gatherMetricsFacts(req) {
    const newestFirst = await req.reader.history(req.environment);
    const deploys = newestFirst
        .filter((d) => Date.parse(d.at) <= req.until)
        .reverse()
        // Records written in one second keep their log order (the sort is stable).
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const inWindow = (d) => Date.parse(d.at) >= req.since;
    const before = deploys.filter((d) => !inWindow(d) && d.status === 'success');
    let baseline = before[before.length - 1];
    const baselineIsFirstDeploy = baseline === undefined;
    baseline ??= deploys.find((d) => inWindow(d) && d.status === 'success');
    const tips = [...new Set(deploys.filter(inWindow).map((d) => d.sha))];
    const commits = new Map();
    if (tips.length > 0) {
        for (const sha of tips)
            req.git.assumeCommit(sha);
        readCommits(req.git, tips, baseline?.sha, commits);
    }
    return {
        environment: req.environment,
        since: req.since,
        until: req.until,
        deploys,
        commits,
        baseline,
        baselineIsFirstDeploy: baselineIsFirstDeploy && baseline !== undefined,
    };
}
/**
 * One `git log` over `tips ^baseline`, the revisions given on stdin (five years of daily deploys
 * are ~2,000 shas): parents, author time, subject, body (for git's revert line) and the
 * Rollback-Of trailer of every commit deployed since the baseline.
 */
function readCommits(git, tips, baseline, into) {
    const format = ['%H', '%P', '%at', '%s', '%b', '%(trailers:key=Rollback-Of,valueonly,separator=%x20)'].join('%x00');
    const input = `${tips.join('\n')}\n${baseline ? `^${baseline}\n` : ''}`;
    const out = git
        // --ignore-missing: a recorded sha this clone lacks (a shallow clone, a deploy of a commit
        // since garbage-collected) brings in no commits, rather than failing the whole report.
        .execGit(['log', '-z', `--format=${format}`, '--ignore-missing', '--stdin', '--end-of-options', '--'], { input })
        .stdout.toString('utf8');
    const parts = out.split('\x00');
    for (let i = 0; i + 6 <= parts.length; i += 6) {
        const sha = parts[i].replace(/^\n/, '');
        if (!sha)
            break;
        const subject = parts[i + 3];
        const body = parts[i + 4];
        const parents = parts[i + 1].split(' ').filter(Boolean);
        // Most commits revert nothing and name no rollback: they share one empty list.
        const reverts = body.includes('This reverts commit') ? [...body.matchAll(REVERT)].map((m) => m[1]) : NONE;
        const rollback = parts[i + 5];
        const merge = parents.length > 1 ? (0,merge_subject/* parseMergeSubject */.E)(subject) : null;
        into.set(sha, {
            sha,
            parents,
            authorTime: Number(parts[i + 2]) * 1000,
            reverts,
            rollbackOf: rollback ? rollback.split(' ').filter((s) => /^[0-9a-f]{7,64}$/.test(s)) : NONE,
            hotfix: merge?.type === 'hotfix',
        });
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/metrics/format.ts


/** The reports of `metrics`: text for a terminal, JSON for tools, markdown for a job summary. */
const percent = (rate) => (rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);
const band = (b) => b ?? '—';
/** Three decimals below ten a day, so 364 deploys in 365 days do not read as 1.00 beside "high". */
const rate = (perDay) => perDay.toFixed(perDay < 10 ? 3 : 1);
function metricsText(all) {
    const out = [];
    for (const m of all) {
        const df = m.deploymentFrequency;
        const lt = m.leadTime;
        const cfr = m.changeFailureRate;
        const ttr = m.timeToRestore;
        out.push(`${m.environment}: ${m.since.slice(0, 10)} to ${m.until.slice(0, 10)} (${df.days} days)`);
        out.push(`  deployment frequency   ${rate(df.perDay)}/day, ${df.perWeek.toFixed(1)}/week (${df.deploys} successful deploys)   ${band(df.band)}`);
        out.push(`  lead time for changes  median ${formatDuration(lt.medianMs)}, p90 ${formatDuration(lt.p90Ms)} (${lt.commits} commits)   ${band(lt.band)}`);
        out.push(`  change failure rate    ${percent(cfr.rate)} (${cfr.failed} of ${cfr.deploys} deploys)   ${band(cfr.band)}`);
        out.push(`  time to restore        median ${formatDuration(ttr.medianMs)}, p90 ${formatDuration(ttr.p90Ms)} (${ttr.restored} restored, ${ttr.open} open)   ${band(ttr.band)}`);
        for (const note of m.notes)
            out.push(`  note: ${note}`);
        out.push('');
    }
    return `${out.join('\n').trimEnd()}\n`;
}
function metricsJson(all) {
    return `${JSON.stringify({ environments: all }, null, 2)}\n`;
}
/**
 * The job-summary section (the Action's `metrics: true`) and `--format markdown`: one table row per
 * key per environment. Environment names and notes are escaped; everything else is numbers.
 */
function metricsMarkdown(all) {
    const out = ['### DORA metrics', ''];
    for (const m of all) {
        const df = m.deploymentFrequency;
        const lt = m.leadTime;
        const cfr = m.changeFailureRate;
        const ttr = m.timeToRestore;
        out.push(`**${(0,markdown/* escapeMarkdown */.F)(m.environment)}**, ${m.since.slice(0, 10)} to ${m.until.slice(0, 10)}`, '');
        out.push('| key | value | level |', '|---|---|---|');
        out.push(`| Deployment frequency | ${rate(df.perDay)}/day, ${df.perWeek.toFixed(1)}/week (${df.deploys} deploys) | ${band(df.band)} |`);
        out.push(`| Lead time for changes | median ${stats_formatDuration(lt.medianMs)}, p90 ${stats_formatDuration(lt.p90Ms)} (${lt.commits} commits) | ${band(lt.band)} |`);
        out.push(`| Change failure rate | ${percent(cfr.rate)} (${cfr.failed} of ${cfr.deploys} deploys) | ${band(cfr.band)} |`);
        out.push(`| Time to restore | median ${stats_formatDuration(ttr.medianMs)}, p90 ${stats_formatDuration(ttr.p90Ms)} (${ttr.restored} restored, ${ttr.open} open) | ${band(ttr.band)} |`);
        for (const note of m.notes)
            out.push('', `_${(0,markdown/* escapeMarkdown */.F)(note)}_`);
        out.push('');
    }
    out.push('Levels: the 2023 Accelerate State of DevOps report. Definitions: docs/metrics.md.', '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/metrics/summary.ts



/** 90 days, DORA's and GitLab's usual window. */
const DEFAULT_WINDOW_DAYS = 90;
/** Gathers and computes the metrics of each environment: the one entry point for every door. */
async function measure(req) {
    const until = req.until ?? Date.now();
    const since = req.since ?? until - DEFAULT_WINDOW_DAYS * 86_400_000;
    const all = [];
    for (const environment of req.environments) {
        all.push(computeMetrics(await gatherMetricsFacts({ git: req.git, reader: req.reader, environment, since, until })));
    }
    return all;
}
/** The Action's job-summary section: `core.summary.addRaw(await metricsSummary({...}))`. */
async function metricsSummary(req) {
    return metricsMarkdown(await measure(req));
}


/***/ }),

/***/ 8694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kT: () => (/* binding */ sanitizeLabel),
/* harmony export */   n4: () => (/* binding */ classifyBranch),
/* harmony export */   qt: () => (/* binding */ shortBranchName)
/* harmony export */ });
/* unused harmony exports versionFromName, versionInBranchName */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

const PREFIXES = [
    ['releases/', 'release'],
    ['release/', 'release'],
    ['release-', 'release'],
    ['release_', 'release'],
    ['hotfixes/', 'hotfix'],
    ['hotfix/', 'hotfix'],
    ['hotfix-', 'hotfix'],
    ['hotfix_', 'hotfix'],
    ['features/', 'feature'],
    ['feature/', 'feature'],
    ['support/', 'support'],
    ['support-', 'support'],
    ['support_', 'support'],
];
const MAIN = new Set(['main', 'master']);
const DEVELOP = new Set(['develop', 'development', 'dev']);
/** Strips `refs/heads/`, `refs/remotes/<remote>/` and a leading `origin/`. */
function shortBranchName(name) {
    let n = name.trim();
    if (n.startsWith('refs/heads/'))
        return n.slice('refs/heads/'.length);
    if (n.startsWith('refs/remotes/')) {
        n = n.slice('refs/remotes/'.length);
        const slash = n.indexOf('/');
        return slash === -1 ? n : n.slice(slash + 1);
    }
    if (n.startsWith('origin/'))
        return n.slice('origin/'.length);
    return n;
}
/**
 * A version written in a branch name or merge subject: `1.2.0`, `v1.2.0`, `V1.2.0` or `1.2`
 * (read as `1.2.0`). Pre-release and build parts are accepted and dropped: `release/1.2.0-rc.1`
 * is the release of 1.2.0. Returns `X.Y.Z`, or undefined for anything else.
 */
function versionFromName(text) {
    let t = text;
    if (t.startsWith('v') || t.startsWith('V'))
        t = t.slice(1);
    if (t.length === 0 || t.length > 256)
        return undefined;
    // `1.2` → `1.2.0`: exactly one dot and digits only on both sides.
    const dot = t.indexOf('.');
    if (dot > 0 && t.indexOf('.', dot + 1) === -1 && /^\d+\.\d+$/.test(t))
        t = `${t}.0`;
    const parsed = semver.parse(t);
    if (!parsed)
        return undefined;
    return `${parsed.major}.${parsed.minor}.${parsed.patch}`;
}
const SEGMENT_VERSION = /^[vV]?(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})(?:\.(0|[1-9]\d{0,14}))?$/;
const SEGMENT_LINE = /^[vV]?(0|[1-9]\d{0,14})(?:\.(0|[1-9]\d{0,14}))?\.[xX*]$/;
/**
 * What a pre-release suffix looks like when a branch is named for one: a label then numbers
 * (`alpha`, `rc.1`, `beta2`, `preview.3.1`). Free words (`release/1.2.0-login-fix`) are not one.
 */
const BRANCH_PRERELEASE = /^(?:alpha|beta|rc|pre|preview|next|canary|dev|m|milestone)(?:\.?(?:0|[1-9]\d{0,8}))?(?:\.(?:0|[1-9]\d{0,8}))*$/i;
/**
 * The version written in what follows `release`/`hotfix`/`support` in a branch name, wherever it
 * sits: the text is split on `/`, `-` and `_`, and the first segment that starts with a digit
 * (after an optional `v`) decides. It counts when it is `X.Y` (read `X.Y.0`) or `X.Y.Z`; `X.x`
 * and `X.Y.x` name a maintenance line. So `release-1.0.26`, `hotfix-0.2.10` and `v1.2` name
 * versions, while `0-28.1` does not name 28.1.0 (its first numeric segment is `0`) and
 * `1.7.39.1` names nothing. Linear: one split, two anchored regexes per segment at most.
 */
function versionInBranchName(text) {
    if (text.length === 0 || text.length > 256)
        return undefined;
    const segments = text.split(/[/_-]/);
    let offset = 0;
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i];
        const end = offset + segment.length;
        offset = end + 1;
        const start = segment.startsWith('v') || segment.startsWith('V') ? segment.slice(1) : segment;
        if (!startsWithDigit(start))
            continue;
        const line = SEGMENT_LINE.exec(segment);
        if (line) {
            const out = { line: { major: Number(line[1]) } };
            if (line[2] !== undefined)
                out.line.minor = Number(line[2]);
            return out;
        }
        const m = SEGMENT_VERSION.exec(segment);
        if (!m)
            return undefined;
        const out = { version: `${m[1]}.${m[2]}.${m[3] ?? '0'}` };
        // `4.8.2-alpha.1`: the split cut the pre-release off at its `-`; it is everything after it.
        const rest = text.slice(end + 1);
        if (text[end] === '-' && BRANCH_PRERELEASE.test(rest))
            out.prerelease = rest;
        return out;
    }
    return undefined;
}
function startsWithDigit(text) {
    const c = text.charCodeAt(0);
    return c >= 48 && c <= 57;
}
function classifyBranch(branch) {
    const name = shortBranchName(branch);
    const lower = name.toLowerCase();
    if (MAIN.has(lower))
        return { kind: 'main', name };
    if (DEVELOP.has(lower))
        return { kind: 'develop', name };
    for (const [prefix, kind] of PREFIXES) {
        if (lower.startsWith(prefix) && name.length > prefix.length) {
            const suffix = name.slice(prefix.length);
            const info = { kind, name, suffix };
            if (kind === 'release' || kind === 'hotfix') {
                const named = versionInBranchName(suffix);
                if (named?.version)
                    info.version = named.version;
                if (named?.prerelease)
                    info.prerelease = named.prerelease;
                if (named?.line)
                    info.line = named.line;
            }
            if (kind === 'support') {
                const named = versionInBranchName(suffix);
                if (named?.line)
                    info.line = named.line;
                else if (named?.version) {
                    const [major, minor] = named.version.split('.').map(Number);
                    info.line = { major, minor };
                }
            }
            return info;
        }
    }
    // A branch named only for a version (`3.1.0`, `v2.4`) is that version's release branch.
    const bare = SEGMENT_VERSION.exec(name);
    if (bare)
        return { kind: 'release', name, suffix: name, version: `${bare[1]}.${bare[2]}.${bare[3] ?? '0'}` };
    return { kind: 'other', name };
}
/**
 * Turns a branch name into one dot-separated semver pre-release identifier string:
 * characters outside `[0-9A-Za-z-]` become `-`, runs of `-` collapse, and purely numeric
 * identifiers lose leading zeros (semver forbids them). `feature/JIRA-12_login` → `JIRA-12-login`.
 */
function sanitizeLabel(name) {
    let out = '';
    for (const ch of name.slice(0, 200)) {
        const ok = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '-';
        const c = ok ? ch : '-';
        if (c === '-' && out.endsWith('-'))
            continue;
        out += c;
    }
    out = out.replace(/^-+/, '').replace(/-+$/, '');
    if (out === '')
        return 'branch';
    if (/^\d+$/.test(out))
        return out.replace(/^0+(?=\d)/, '');
    return out;
}


/***/ }),

/***/ 7761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseMergeSubject)
/* harmony export */ });
/* harmony import */ var _branch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8694);

const MAX_SUBJECT = 4096;
/** The text between the first pair of single quotes at the start of `s`, and what follows it. */
function quoted(s) {
    if (!s.startsWith("'"))
        return undefined;
    const end = s.indexOf("'", 1);
    if (end <= 1)
        return undefined;
    return [s.slice(1, end), s.slice(end + 1)];
}
/** ` into main`, ` into 'master'` → the target branch. */
function intoTarget(rest) {
    const r = rest.trim();
    if (!r.startsWith('into '))
        return undefined;
    const t = r.slice(5).trim();
    const q = quoted(t);
    const target = q ? q[0] : t.split(' ', 1)[0];
    return target || undefined;
}
function dropFirstSegment(name) {
    const slash = name.indexOf('/');
    return slash === -1 ? name : name.slice(slash + 1);
}
function result(branch, into, typeOverride) {
    const info = (0,_branch_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyBranch */ .n4)(branch);
    let type = 'other';
    if (info.kind === 'release' || info.kind === 'hotfix' || info.kind === 'develop' || info.kind === 'feature') {
        type = info.kind;
    }
    const out = { type: typeOverride ?? type, branch };
    if (info.version && (out.type === 'release' || out.type === 'hotfix')) {
        out.version = info.version;
        if (info.prerelease)
            out.prerelease = info.prerelease;
    }
    if (into)
        out.into = into;
    if (typeOverride === 'other' || info.kind === 'main')
        out.backMerge = true;
    return out;
}
/**
 * Parses a merge subject, or returns null when the line is not one git, GitHub, GitLab or
 * Bitbucket writes for a branch merge:
 *
 * - `Merge branch 'release/1.2.0'`, `... into main`, `... into 'master'`, `... of <url>`
 * - `Merge remote-tracking branch 'origin/hotfix/1.2.1'` (the remote is dropped)
 * - `Merge pull request #12 from org/release/1.2.0` (the owner is dropped)
 * - `Merged in release/1.2.0 (pull request #12)`
 * - `Merge tag 'v1.2.0' into develop` → type `other`, branch `v1.2.0` (a back-merge)
 * - `Merge 'release-6.3.0' into 'master' using only contents from 'release-6.3.0'`
 * A branch named only for a version (`Merge branch '3.1.0'`) is read as that release's branch.
 */
function parseMergeSubject(subject) {
    const s = subject.length > MAX_SUBJECT ? subject.slice(0, MAX_SUBJECT) : subject;
    const line = s.split('\n', 1)[0]?.trim() ?? '';
    if (line.startsWith('Merge branch ')) {
        const q = quoted(line.slice('Merge branch '.length));
        if (!q)
            return null;
        return result(q[0], intoTarget(q[1]));
    }
    if (line.startsWith('Merge remote-tracking branch ')) {
        const q = quoted(line.slice('Merge remote-tracking branch '.length));
        if (!q)
            return null;
        return result(dropFirstSegment(q[0]), intoTarget(q[1]));
    }
    if (line.startsWith('Merge pull request #')) {
        const rest = line.slice('Merge pull request #'.length);
        const from = rest.indexOf(' from ');
        if (from === -1)
            return null;
        const source = rest
            .slice(from + ' from '.length)
            .trim()
            .split(' ', 1)[0] ?? '';
        if (!source)
            return null;
        return result(dropFirstSegment(source), undefined);
    }
    if (line.startsWith('Merged in ')) {
        const rest = line.slice('Merged in '.length);
        const name = rest.split(' ', 1)[0] ?? '';
        if (!name)
            return null;
        return result(name, undefined);
    }
    // `Merge 'release-6.3.0' into 'master' using only contents from …`, as some tools write it.
    if (line.startsWith("Merge '")) {
        const q = quoted(line.slice('Merge '.length));
        if (!q)
            return null;
        return result(q[0], intoTarget(q[1]));
    }
    if (line.startsWith('Merge tag ')) {
        const q = quoted(line.slice('Merge tag '.length));
        if (!q)
            return null;
        return result(q[0], intoTarget(q[1]), 'other');
    }
    return null;
}


/***/ })

};
