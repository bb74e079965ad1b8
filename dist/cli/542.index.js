"use strict";
exports.id = 542;
exports.ids = [542];
exports.modules = {

/***/ 2542:
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
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
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
/**
 * The median and one percentile with a single sort, in place: a typed array sorts numerically
 * without a comparator, so five years of lead times (~100k) sort in a few milliseconds.
 */
function medianAndPercentile(values, p) {
    const n = values.length;
    if (n === 0)
        return { median: undefined, percentile: undefined };
    const s = values.sort();
    const mid = n >> 1;
    const median = n % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    return { median, percentile: s[Math.max(1, Math.ceil((p / 100) * n)) - 1] };
}
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** `42 min`, `5.3 h`, `3.2 d`: one unit, the largest that keeps the figure above one. */
function formatDuration(ms) {
    if (ms === undefined)
        return '—';
    if (ms < HOUR_MS)
        return `${Math.round(ms / 60_000)} min`;
    if (ms < DAY_MS)
        return `${(ms / HOUR_MS).toFixed(1)} h`;
    return `${(ms / DAY_MS).toFixed(1)} d`;
}

;// CONCATENATED MODULE: ./src/metrics/format.ts


/** The reports of `metrics`: text for a terminal, JSON for tools, markdown for a job summary. */
const percent = (rate) => (rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);
const band = (b) => b ?? '—';
/** Three decimals below ten a day, so 364 deploys in 365 days do not read as 1.00 beside "high". */
const rate = (perDay) => perDay.toFixed(perDay < 10 ? 3 : 1);
/** `736 commits`, and how many started at their pull request's first commit when any did. */
const changes = (lt) => `${lt.commits} commits${lt.fromPullRequests ? `, ${lt.fromPullRequests} from pull requests` : ''}`;
function metricsText(all) {
    const out = [];
    for (const m of all) {
        const df = m.deploymentFrequency;
        const lt = m.leadTime;
        const cfr = m.changeFailureRate;
        const ttr = m.timeToRestore;
        out.push(`${m.environment}: ${m.since.slice(0, 10)} to ${m.until.slice(0, 10)} (${df.days} days)`);
        out.push(`  deployment frequency   ${rate(df.perDay)}/day, ${df.perWeek.toFixed(1)}/week (${df.deploys} successful deploys)   ${band(df.band)}`);
        out.push(`  lead time for changes  median ${formatDuration(lt.medianMs)}, p90 ${formatDuration(lt.p90Ms)} (${changes(lt)})   ${band(lt.band)}`);
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
function format_metricsMarkdown(all) {
    const out = ['### DORA metrics', ''];
    for (const m of all) {
        const df = m.deploymentFrequency;
        const lt = m.leadTime;
        const cfr = m.changeFailureRate;
        const ttr = m.timeToRestore;
        out.push(`**${(0,markdown/* escapeMarkdown */.F)(m.environment)}**, ${m.since.slice(0, 10)} to ${m.until.slice(0, 10)}`, '');
        out.push('| key | value | level |', '|---|---|---|');
        out.push(`| Deployment frequency | ${rate(df.perDay)}/day, ${df.perWeek.toFixed(1)}/week (${df.deploys} deploys) | ${band(df.band)} |`);
        out.push(`| Lead time for changes | median ${formatDuration(lt.medianMs)}, p90 ${formatDuration(lt.p90Ms)} (${changes(lt)}) | ${band(lt.band)} |`);
        out.push(`| Change failure rate | ${percent(cfr.rate)} (${cfr.failed} of ${cfr.deploys} deploys) | ${band(cfr.band)} |`);
        out.push(`| Time to restore | median ${formatDuration(ttr.medianMs)}, p90 ${formatDuration(ttr.p90Ms)} (${ttr.restored} restored, ${ttr.open} open) | ${band(ttr.band)} |`);
        for (const note of m.notes)
            out.push('', `_${(0,markdown/* escapeMarkdown */.F)(note)}_`);
        out.push('');
    }
    out.push('Levels: the 2023 Accelerate State of DevOps report. Definitions: docs/metrics.md.', '');
    return out.join('\n');
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

;// CONCATENATED MODULE: ./src/metrics/changes.ts
function attributeChanges(events, graph, include) {
    const owner = new Int32Array(graph.idCount).fill(-1);
    const notable = new Map();
    let stack = new Int32Array(64);
    for (let i = 0; i < events.length; i++) {
        const e = events[i];
        if (!include(e))
            continue;
        const tip = graph.find(e.deploy.sha);
        if (tip === undefined || owner[tip] !== -1)
            continue;
        let top = 0;
        stack[top++] = tip;
        while (top > 0) {
            const id = stack[--top];
            if (owner[id] !== -1 || !graph.has(id))
                continue;
            owner[id] = i;
            if (graph.notable(id)) {
                const list = notable.get(i);
                if (list)
                    list.push(id);
                else
                    notable.set(i, [id]);
            }
            const n = graph.parentCount(id);
            if (top + n > stack.length) {
                const grown = new Int32Array(stack.length * 2 + n);
                grown.set(stack);
                stack = grown;
            }
            for (let k = 0; k < n; k++) {
                const p = graph.parent(id, k);
                if (owner[p] === -1)
                    stack[top++] = p;
            }
        }
    }
    return { owner, notable };
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

;// CONCATENATED MODULE: ./src/metrics/failures.ts

function findFailures(events, graph, attempted = attributeChanges(events, graph, () => true)) {
    // Reverts name a commit: the deploy that first tried to ship it, whatever its status, is the culprit.
    const introducedBy = (sha) => {
        const id = graph.find(sha);
        const i = id === undefined ? -1 : attempted.owner[id];
        return i === -1 ? undefined : events[i];
    };
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
    const nextSuccess = (i, after) => {
        for (let j = i + 1; j < events.length; j++) {
            const n = events[j];
            if (n.status === 'success' && n.at >= after)
                return n;
        }
        return undefined;
    };
    let patched;
    for (let i = 0; i < events.length; i++) {
        const e = events[i];
        if (e.status === 'failure')
            mark(e, 'status', nextSuccess(i, e.at));
        if (e.failedLater !== undefined)
            mark(e, 'failed-later', nextSuccess(i, e.failedLater));
        if (e.status !== 'success')
            continue;
        const brought = attempted.notable.get(i) ?? [];
        const rolledBack = new Set(e.deploy.rollbackOf ? [e.deploy.rollbackOf] : []);
        for (const id of brought)
            for (const sha of graph.rollbackOf(id))
                rolledBack.add(sha);
        for (const sha of rolledBack)
            mark(newestDeployOf(events, i, sha, introducedBy), 'rollback', e);
        for (const id of brought) {
            for (const reverted of graph.reverts(id)) {
                const culprit = introducedBy(reverted);
                // A commit reverted before it ever shipped alone harmed no deploy.
                if (culprit && culprit !== e)
                    mark(culprit, 'revert', e);
            }
        }
        if (brought.some((id) => graph.hotfix(id))) {
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
    return introducedBy(sha);
}

;// CONCATENATED MODULE: ./src/metrics/lead-time.ts


function leadTime(events, graph, deployed, starts) {
    const owner = deployed.owner;
    const times = new Float64Array(owner.length);
    let n = 0;
    let fromPullRequests = 0;
    for (let id = 0; id < owner.length; id++) {
        const i = owner[id];
        if (i === -1)
            continue;
        const e = events[i];
        if (!e.measured)
            continue;
        let start = graph.authorTime(id);
        const pr = starts?.get(graph.sha(id));
        if (pr !== undefined && pr < start) {
            start = pr;
            fromPullRequests++;
        }
        times[n++] = Math.max(0, e.at - start);
    }
    const { median: med, percentile: p90 } = medianAndPercentile(times.subarray(0, n), 90);
    const out = {
        commits: n,
        medianMs: med,
        p90Ms: p90,
        band: med === undefined ? undefined : leadTimeBand(med),
    };
    if (starts)
        out.fromPullRequests = fromPullRequests;
    return out;
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







function computeMetrics(facts, options = {}) {
    const events = deployEvents(facts);
    // Failures look at what every attempt brought; the lead time at what successes brought. With
    // no failed attempt the two are the same walk.
    const attempted = attributeChanges(events, facts.commits, () => true);
    const deployed = events.every((e) => e.status === 'success')
        ? attempted
        : attributeChanges(events, facts.commits, (e) => e.status === 'success');
    const failures = findFailures(events, facts.commits, attempted);
    const notes = [];
    if (facts.baselineIsFirstDeploy && facts.baseline) {
        notes.push(`The first recorded deploy (${facts.baseline.sha.slice(0, 7)} at ${facts.baseline.at}) is the baseline: the history before it is not counted as its lead time.`);
    }
    if (!events.some((e) => e.measured))
        notes.push(`No deploy of ${facts.environment} is recorded in this window.`);
    notes.push(...(options.notes ?? []));
    return {
        environment: facts.environment,
        since: iso(facts.since),
        until: iso(facts.until),
        deploymentFrequency: deploymentFrequency(events, facts.since, facts.until),
        leadTime: leadTime(events, facts.commits, deployed, options.starts),
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/git/trailers.ts
/**
 * Trailers read from a whole commit message the way git's `%(trailers)` reads them (trailer.c),
 * for callers that take `%B` from git and must not pay for git's trailer parsing on every commit
 * (the metrics read ~100k messages, and `%(trailers:…)` cost git 6% of that read). Pure and
 * linear: messages are untrusted.
 *
 * git's rules, which this follows: the first paragraph is the title and never holds trailers; the
 * block is the last paragraph, read bottom up; it counts when every line in it is a trailer (or a
 * continuation, indented), or when it holds a git-generated line (`Signed-off-by: `, `(cherry
 * picked from commit `) and at least a quarter of its lines are trailers. Comment lines (`#`)
 * are skipped. A trailer line is a key of letters, digits and `-` (then optional blanks) and a
 * `:`; a continuation line is folded into the trailer above it.
 */
const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];
function messageTrailers(message) {
    const lines = message.split('\n');
    // The title: everything up to the first blank line that is not a comment.
    let title = 0;
    while (title < lines.length && (lines[title].startsWith('#') || !isBlank(lines[title])))
        title++;
    const start = blockStart(lines, title);
    if (start < 0)
        return [];
    const trailers = [];
    // A line of the block that is no trailer (a `(cherry picked from …)`, prose under the quarter
    // rule) takes its continuations with it, as git folds them.
    let last;
    for (let i = start; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('#')) {
            // git keeps a comment as a line of the block that takes no continuation.
            last = undefined;
            continue;
        }
        if (isBlank(line))
            continue;
        if (/^[ \t]/.test(line)) {
            if (last)
                last.value = `${last.value} ${line.trim()}`.trim();
            continue;
        }
        const colon = separator(line);
        last = colon < 1 ? undefined : { key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
        if (last)
            trailers.push(last);
    }
    return trailers;
}
/** The values of every trailer whose key is `key`, compared case-insensitively as git does. */
function messageTrailerValues(message, key) {
    const k = key.toLowerCase();
    return messageTrailers(message)
        .filter((t) => t.key.toLowerCase() === k)
        .map((t) => t.value);
}
/** The first line of the trailer block, or -1 when the message has none (trailer.c's loop). */
function blockStart(lines, title) {
    let onlySpaces = true;
    let recognisedPrefix = false;
    let trailerLines = 0;
    let nonTrailerLines = 0;
    let continuations = 0;
    for (let i = lines.length - 1; i >= title; i--) {
        const line = lines[i];
        if (line.startsWith('#')) {
            nonTrailerLines += continuations;
            continuations = 0;
            continue;
        }
        if (isBlank(line)) {
            if (onlySpaces)
                continue;
            nonTrailerLines += continuations;
            if (recognisedPrefix && trailerLines * 3 >= nonTrailerLines)
                return i + 1;
            if (trailerLines > 0 && nonTrailerLines === 0)
                return i + 1;
            return -1;
        }
        onlySpaces = false;
        if (GIT_GENERATED.some((p) => line.startsWith(p))) {
            trailerLines++;
            continuations = 0;
            recognisedPrefix = true;
            continue;
        }
        if (separator(line) >= 1 && !/^[ \t]/.test(line)) {
            trailerLines++;
            continuations = 0;
        }
        else if (/^[ \t]/.test(line)) {
            continuations++;
        }
        else {
            nonTrailerLines += 1 + continuations;
            continuations = 0;
        }
    }
    return -1;
}
/** Where the `:` after a trailer key is (letters, digits, `-`, then optional blanks), or -1. */
function separator(line) {
    let blanks = false;
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 58)
            return i;
        const keyChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
        if (!blanks && keyChar)
            continue;
        if (i > 0 && (c === 32 || c === 9)) {
            blanks = true;
            continue;
        }
        return -1;
    }
    return -1;
}
/** git's is_blank_line: nothing but whitespace. */
function isBlank(line) {
    return /^[ \t\v\f\r]*$/.test(line);
}

// EXTERNAL MODULE: ./src/semver/merge-subject.ts
var merge_subject = __webpack_require__(7761);
;// CONCATENATED MODULE: ./src/metrics/commit-graph.ts
const NONE = [];
/**
 * Shas interned straight from git's output bytes: an open-addressing table whose hash is the
 * sha's own first 32 bits (a hash already), with each key's hex kept in one byte array. No string
 * is made for a sha until someone asks for it, and ~250k look-ups cost a few milliseconds where a
 * `Map<string, number>` of sliced strings took a tenth of the whole run (profiled).
 *
 * Each slot holds the id and the key's hash side by side, so a probe reads one cache line and the
 * key's bytes are compared only when the hashes agree: the table is bigger than the CPU's caches
 * over five years of commits, and every other array a probe touched was another miss (profiled:
 * the look-up was the parse's largest cost).
 */
class ShaTable {
    keys;
    offsets;
    lengths;
    count = 0;
    used = 0;
    /** Pairs: the id (-1 for an empty slot), then the key's hash. */
    slots;
    strings = [];
    /** `expected`: about how many shas will come, so the table is not rebuilt as it fills. */
    constructor(expected) {
        let n = 1 << 10;
        while (n < expected * 2)
            n *= 2;
        this.slots = new Int32Array(2 * n).fill(-1);
        this.keys = new Uint8Array(Math.max(1024, expected * 40));
        this.offsets = new Int32Array(Math.max(1024, expected));
        this.lengths = new Uint8Array(Math.max(1024, expected));
    }
    get size() {
        return this.count;
    }
    /** The id of the hex sha in `bytes[from, to)`, added when new (`add`) or -1. */
    lookup(bytes, from, to, add) {
        const len = to - from;
        const slots = this.slots;
        const mask = (slots.length >> 1) - 1;
        const h = hash(bytes, from, to);
        let slot = h & mask;
        for (;;) {
            const id = slots[2 * slot];
            if (id === -1)
                break;
            if (slots[2 * slot + 1] === h && this.lengths[id] === len && this.equals(id, bytes, from, len))
                return id;
            slot = (slot + 1) & mask;
        }
        if (!add)
            return -1;
        const id = this.count++;
        if (this.used + len > this.keys.length)
            this.keys = grown(this.keys, this.used + len);
        if (id >= this.offsets.length) {
            this.offsets = grown(this.offsets, id + 1);
            this.lengths = grown(this.lengths, id + 1);
        }
        const keys = this.keys;
        for (let i = 0; i < len; i++)
            keys[this.used + i] = bytes[from + i];
        this.offsets[id] = this.used;
        this.lengths[id] = len;
        this.used += len;
        slots[2 * slot] = id;
        slots[2 * slot + 1] = h;
        if (this.count * 2 > mask + 1)
            this.rehash();
        return id;
    }
    sha(id) {
        let s = this.strings[id];
        if (s === undefined) {
            const o = this.offsets[id];
            s = Buffer.from(this.keys.buffer, this.keys.byteOffset + o, this.lengths[id]).toString('latin1');
            this.strings[id] = s;
        }
        return s;
    }
    equals(id, bytes, from, len) {
        const o = this.offsets[id];
        const keys = this.keys;
        for (let i = 0; i < len; i++)
            if (keys[o + i] !== bytes[from + i])
                return false;
        return true;
    }
    rehash() {
        const old = this.slots;
        const slots = new Int32Array(old.length * 2).fill(-1);
        const mask = (slots.length >> 1) - 1;
        for (let s = 0; s < old.length; s += 2) {
            if (old[s] === -1)
                continue;
            let slot = old[s + 1] & mask;
            while (slots[2 * slot] !== -1)
                slot = (slot + 1) & mask;
            slots[2 * slot] = old[s];
            slots[2 * slot + 1] = old[s + 1];
        }
        this.slots = slots;
    }
}
/** A copy of `a` with room for at least `need` items (doubling, so appends stay amortised O(1)). */
function grown(a, need) {
    const b = new a.constructor(Math.max(need, a.length * 2));
    b.set(a);
    return b;
}
/** The first eight hex digits as a number (any bytes work; only the spread matters). */
function hash(bytes, from, to) {
    let h = 0;
    const end = Math.min(to, from + 8);
    for (let i = from; i < end; i++) {
        const c = bytes[i];
        h = (h << 4) | (c <= 57 ? c - 48 : (c | 32) - 87);
    }
    return h | 0;
}
class CommitGraph {
    table;
    /** Author time of each id read, epoch ms; only meaningful where `has(id)`. */
    time;
    /** Where each id's parents start in `edges`, and how many; start -1 for an id not read. */
    start;
    count;
    edges;
    edgeCount = 0;
    /** Only the few commits that say something: most revert nothing, roll nothing back, merge no hotfix. */
    revertsOf = new Map();
    rollbacksOf = new Map();
    hotfixes = new Set();
    /** Commits read. */
    size = 0;
    /** `expected`: about how many commits (and parents) will be added; only a hint. */
    constructor(expected = 1024) {
        this.table = new ShaTable(expected);
        this.time = new Float64Array(expected);
        this.start = new Int32Array(expected).fill(-1);
        this.count = new Int32Array(expected);
        this.edges = new Int32Array(expected);
    }
    /** The id of the sha in `bytes[from, to)` (hex, as git prints it), interned when new. */
    internBytes(bytes, from, to) {
        const id = this.table.lookup(bytes, from, to, true);
        if (id >= this.start.length) {
            const before = this.start.length;
            this.time = grown(this.time, id + 1);
            this.start = grown(this.start, id + 1);
            this.start.fill(-1, before);
            this.count = grown(this.count, id + 1);
        }
        return id;
    }
    /** The id of `sha`, interned when new. */
    intern(sha) {
        const bytes = Buffer.from(sha, 'latin1');
        return this.internBytes(bytes, 0, bytes.length);
    }
    /** The id of a commit that was read, or undefined. */
    find(sha) {
        const bytes = Buffer.from(sha, 'latin1');
        const id = this.table.lookup(bytes, 0, bytes.length, false);
        return id >= 0 && this.start[id] >= 0 ? id : undefined;
    }
    sha(id) {
        return this.table.sha(id);
    }
    /** Adds the commit whose id `internBytes` gave; its parents follow with `addParentId`. */
    addCommitId(id, authorTime) {
        if (this.start[id] >= 0)
            return;
        this.size++;
        this.time[id] = authorTime;
        this.start[id] = this.edgeCount;
    }
    addParentId(child, parent) {
        if (this.edgeCount >= this.edges.length)
            this.edges = grown(this.edges, this.edgeCount + 1);
        this.edges[this.edgeCount++] = parent;
        this.count[child]++;
    }
    /** Adds a commit; its parents follow with `addParent`, before the next commit is added. */
    addCommit(sha, authorTime) {
        const id = this.intern(sha);
        this.addCommitId(id, authorTime);
        return id;
    }
    addParent(child, parentSha) {
        this.addParentId(child, this.intern(parentSha));
    }
    setNotes(id, notes) {
        if (notes.reverts && notes.reverts.length > 0)
            this.revertsOf.set(id, notes.reverts);
        if (notes.rollbackOf && notes.rollbackOf.length > 0)
            this.rollbacksOf.set(id, notes.rollbackOf);
        if (notes.hotfix)
            this.hotfixes.add(id);
    }
    /** Ids so far (read or only named as parents): the length of arrays indexed by id. */
    get idCount() {
        return this.table.size;
    }
    has(id) {
        return this.start[id] >= 0;
    }
    authorTime(id) {
        return this.time[id];
    }
    parentCount(id) {
        return this.count[id];
    }
    /** The k-th parent's id. */
    parent(id, k) {
        return this.edges[this.start[id] + k];
    }
    /** Whether the commit reverts, rolls back or merges a hotfix: the only ones failures look at. */
    notable(id) {
        return this.revertsOf.has(id) || this.rollbacksOf.has(id) || this.hotfixes.has(id);
    }
    reverts(id) {
        return this.revertsOf.get(id) ?? NONE;
    }
    rollbackOf(id) {
        return this.rollbacksOf.get(id) ?? NONE;
    }
    hotfix(id) {
        return this.hotfixes.has(id);
    }
    /** Builds a graph from plain facts, in any order (tests, and sources other than `git log`). */
    static of(facts) {
        const g = new CommitGraph();
        for (const c of facts) {
            const id = g.addCommit(c.sha, c.authorTime);
            for (const p of c.parents)
                g.addParent(id, p);
            g.setNotes(id, c);
        }
        return g;
    }
}

;// CONCATENATED MODULE: ./src/metrics/facts.ts





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
    let commits = new CommitGraph();
    if (tips.length > 0) {
        for (const sha of tips)
            req.git.assumeCommit(sha);
        commits = await readCommits(req.git, tips, baseline?.sha);
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
 * Parents, author time and the whole message. The subject (a hotfix merge), git's revert line and
 * the Rollback-Of trailer are found in the message here, for the few commits that have one: asking
 * git for `%s`, `%b` and `%(trailers:…)` cost it 9% more over five years of commits (measured).
 */
const FORMAT = ['%H', '%P', '%at', '%B'].join('%x00');
/** Below this many deployed shas a second process costs more than it saves. */
const TIPS_PER_PART = 64;
const MAX_PARTS = 4;
/**
 * Every commit deployed since the baseline: `git log <tips> ^<baseline>`, the revisions given on
 * stdin (five years of daily deploys are ~2,000 shas). Git's cost is reading each commit object,
 * so a long history is read in parts side by side, one a core: the tips in deploy order cut into
 * runs, part j being its own tips `^` every earlier tip and the baseline. Each commit is in
 * exactly one part (the first whose tips reach it), and together they are the whole range.
 */
async function readCommits(git, tips, baseline, parts = Math.max(1, Math.min(MAX_PARTS, (0,external_node_os_.availableParallelism)(), Math.floor(tips.length / TIPS_PER_PART)))) {
    const negative = baseline ? [`^${baseline}`] : [];
    const inputs = [];
    for (let j = 0; j < parts; j++) {
        const from = Math.floor((j * tips.length) / parts);
        const to = Math.floor(((j + 1) * tips.length) / parts);
        const earlier = tips.slice(0, from).map((sha) => `^${sha}`);
        inputs.push(`${[...tips.slice(from, to), ...earlier, ...negative].join('\n')}\n`);
    }
    const args = ['log', '-z', `--format=${FORMAT}`, '--ignore-missing', '--stdin', '--end-of-options', '--'];
    // --ignore-missing: a recorded sha this clone lacks (a shallow clone, a deploy of a commit since
    // garbage-collected) brings in no commits, rather than failing the whole report.
    const into = new CommitGraph(16 * 1024);
    await Promise.all(inputs.map(async (input) => {
        const reader = new LogReader(into);
        await git.execGitAsync(args, { input, env: (0,git_git/* bulkReadEnv */.Ej)(), onStdout: (chunk) => reader.push(chunk) });
        reader.end();
    }));
    return into;
}
/**
 * Parses `git log` output as it arrives, chunk by chunk, so the whole log (17 MB for five years)
 * is never joined into one buffer: fresh memory costs a page fault a page on first touch, and the
 * join cost more than the parse. A record cut by a chunk's end waits in a scratch buffer that is
 * reused for every chunk.
 */
class LogReader {
    into;
    scratch = Buffer.allocUnsafe(0);
    /** Bytes of an unfinished record at the start of `scratch`. */
    held = 0;
    constructor(into) {
        this.into = into;
    }
    push(chunk) {
        let buf = chunk;
        if (this.held > 0) {
            this.reserve(this.held + chunk.length);
            chunk.copy(this.scratch, this.held);
            buf = this.scratch.subarray(0, this.held + chunk.length);
        }
        const used = parseCommits(buf, this.into, false);
        const rest = buf.length - used;
        if (rest > 0) {
            if (buf === chunk) {
                this.reserve(rest);
                chunk.copy(this.scratch, 0, used);
            }
            else {
                this.scratch.copyWithin(0, used, buf.length);
            }
        }
        this.held = rest;
    }
    end() {
        if (this.held > 0)
            parseCommits(this.scratch.subarray(0, this.held), this.into, true);
        this.held = 0;
    }
    reserve(size) {
        if (this.scratch.length >= size)
            return;
        const grown = Buffer.allocUnsafe(Math.max(size, this.scratch.length * 2, 128 * 1024));
        this.scratch.copy(grown, 0, 0, this.held);
        this.scratch = grown;
    }
}
const REVERT = /This reverts commit ([0-9a-f]{40}(?:[0-9a-f]{24})?)/g;
const REVERT_LINE = Buffer.from('This reverts commit');
/** `-of` in every case, the tail of a `Rollback-Of` key: a message without one has no such trailer. */
const ROLLBACK_KEY_TAILS = ['-of', '-Of', '-oF', '-OF'].map((s) => Buffer.from(s));
const HOTFIX = /hotfix/i;
const NUL = 0;
/**
 * The next place at or after `from` where any of the needles starts, each needle's own next hit
 * kept so a buffer is scanned once per needle, however many hits there are.
 */
class NeedleScan {
    buf;
    needles;
    next;
    constructor(buf, needles) {
        this.buf = buf;
        this.needles = needles;
        this.next = needles.map((n) => buf.indexOf(n));
    }
    /** The first hit at or after `from`, or -1. */
    from(from) {
        let best = -1;
        for (let k = 0; k < this.needles.length; k++) {
            let at = this.next[k];
            if (at >= 0 && at < from) {
                at = this.buf.indexOf(this.needles[k], from);
                this.next[k] = at;
            }
            if (at >= 0 && (best < 0 || at < best))
                best = at;
        }
        return best;
    }
}
/**
 * Reads `git log -z --format=FORMAT` from the bytes: shas and times as ASCII, and a message
 * decoded only where it matters (a merge's subject, a body that names a reverted commit, a
 * message with a `…-of` that may be a Rollback-Of trailer). Fields are NUL-separated and git
 * refuses NUL bytes in messages, so the split is exact. Returns how many bytes it used: unless
 * `final`, a record the buffer cuts short is left for the next call.
 */
function parseCommits(buf, into, final = true) {
    let revertAt = buf.indexOf(REVERT_LINE);
    const rollbackKeys = new NeedleScan(buf, ROLLBACK_KEY_TAILS);
    let pos = 0;
    while (pos < buf.length) {
        const start = pos;
        // With -z the records are NUL-separated; the newline git ends a record with comes first.
        if (buf[pos] === 10)
            pos++;
        const endSha = buf.indexOf(NUL, pos);
        const endParents = endSha < 0 ? -1 : buf.indexOf(NUL, endSha + 1);
        const endTime = endParents < 0 ? -1 : buf.indexOf(NUL, endParents + 1);
        let endMessage = endTime < 0 ? -1 : buf.indexOf(NUL, endTime + 1);
        // The last record has no separator after it: it ends with the output, and only then.
        if (endMessage < 0 && endTime >= 0 && final)
            endMessage = buf.length;
        if (endMessage < 0)
            return final ? buf.length : start;
        if (endSha === pos)
            return buf.length;
        const id = into.internBytes(buf, pos, endSha);
        into.addCommitId(id, readInt(buf, endParents + 1, endTime) * 1000);
        let parents = 0;
        for (let p = endSha + 1; p < endParents;) {
            let space = p;
            while (space < endParents && buf[space] !== 32)
                space++;
            if (space > p) {
                into.addParentId(id, into.internBytes(buf, p, space));
                parents++;
            }
            p = space + 1;
        }
        const message = endTime + 1;
        while (revertAt >= 0 && revertAt < message)
            revertAt = buf.indexOf(REVERT_LINE, revertAt + 1);
        const revertHere = revertAt >= 0 && revertAt < endMessage;
        // Where git's %b starts: found only for a merge (its subject) or a message with a revert line.
        const body = parents > 1 || revertHere ? bodyStart(buf, message, endMessage) : -1;
        let hotfix = false;
        if (parents > 1) {
            const subject = subjectOf(buf, message, body < 0 ? endMessage : body);
            // Every hotfix branch name holds the word, so most merges need no parse.
            hotfix = HOTFIX.test(subject) && (0,merge_subject/* parseMergeSubject */.E)(subject)?.type === 'hotfix';
        }
        let reverts;
        if (revertHere && body >= 0) {
            // Only the body counts: a subject that quotes the line names nothing.
            const inBody = revertAt >= body ? revertAt : buf.indexOf(REVERT_LINE, body);
            if (inBody >= 0 && inBody < endMessage) {
                reverts = [...buf.toString('utf8', body, endMessage).matchAll(REVERT)].map((m) => m[1]);
            }
        }
        let rollbackOf;
        const key = rollbackKeys.from(message);
        if (key >= 0 && key < endMessage) {
            rollbackOf = messageTrailerValues(buf.toString('utf8', message, endMessage), 'Rollback-Of').filter((s) => /^[0-9a-f]{7,64}$/.test(s));
        }
        if (hotfix || reverts || rollbackOf)
            into.setNotes(id, { hotfix, reverts, rollbackOf });
        pos = endMessage + 1;
    }
    return buf.length;
}
/**
 * Where git's `%b` starts in the message `buf[from, to)`: after the first paragraph (the subject)
 * and the blank lines that end it; -1 when the message is one paragraph.
 */
function bodyStart(buf, from, to) {
    let line = from;
    let paragraphDone = false;
    while (line < to) {
        let end = buf.indexOf(10, line);
        if (end < 0 || end > to)
            end = to;
        let blank = true;
        for (let i = line; i < end; i++) {
            const c = buf[i];
            if (c !== 32 && c !== 9 && c !== 13 && c !== 11 && c !== 12) {
                blank = false;
                break;
            }
        }
        if (blank)
            paragraphDone = true;
        else if (paragraphDone)
            return line;
        line = end + 1;
    }
    return -1;
}
/** git's `%s`: the first paragraph, its lines joined by a space. */
function subjectOf(buf, from, to) {
    return buf
        .toString('utf8', from, to)
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l !== '')
        .join(' ');
}
/** A decimal integer (git's `%at`, possibly negative) from ASCII bytes, without a string. */
function readInt(buf, from, to) {
    let sign = 1;
    let n = 0;
    for (let i = from; i < to; i++) {
        const c = buf[i];
        if (c === 45)
            sign = -1;
        else if (c >= 48 && c <= 57)
            n = n * 10 + (c - 48);
    }
    return sign * n;
}

;// CONCATENATED MODULE: ./src/metrics/squash-candidates.ts


/**
 * The measured changes that may be squash or rebase merges, whose author time is when the pull
 * request was merged rather than when its work began: the single-parent commits on the
 * first-parent line of each successful deploy in the window, within what that deploy brought,
 * newest deploy first. A commit off that line came in through a merge commit, so its pull
 * request's commits are in the history already and keep their own times.
 *
 * Only the Action can ask GitHub which of them are (see src/action/pull-starts.ts); the CLI
 * keeps every commit's author time.
 */
function squashCandidates(facts) {
    const events = deployEvents(facts);
    const graph = facts.commits;
    const { owner } = attributeChanges(events, graph, (e) => e.status === 'success');
    const out = [];
    for (let i = events.length - 1; i >= 0; i--) {
        const e = events[i];
        if (!e.measured || e.status !== 'success')
            continue;
        let id = graph.find(e.deploy.sha);
        while (id !== undefined && owner[id] === i) {
            const n = graph.parentCount(id);
            if (n === 1)
                out.push(graph.sha(id));
            if (n === 0)
                break;
            const first = graph.parent(id, 0);
            id = graph.has(first) ? first : undefined;
        }
    }
    return out;
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
        const facts = await gatherMetricsFacts({ git: req.git, reader: req.reader, environment, since, until });
        const asked = req.changeStarts ? await req.changeStarts(squashCandidates(facts)) : undefined;
        all.push(computeMetrics(facts, asked ?? {}));
    }
    return all;
}
/** The Action's job-summary section: `core.summary.addRaw(await metricsSummary({...}))`. */
async function metricsSummary(req) {
    return metricsMarkdown(await measure(req));
}

;// CONCATENATED MODULE: ./src/metrics/window.ts

/**
 * `--since`: a length back from `--until` (`90d`, `12w`, `6m` for 30-day months, `1y` for 365
 * days) or a date (`2026-01-01`, or a full ISO 8601 time). Returns epoch milliseconds.
 */
function parseSince(text, until) {
    const m = /^(\d{1,5})([dwmy])$/.exec(text.trim());
    if (m) {
        const days = Number(m[1]) * { d: 1, w: 7, m: 30, y: 365 }[m[2]];
        if (days === 0)
            throw new errors/* UsageError */.e(`--since ${text} is an empty window`, 'Give at least one day, e.g. --since 90d.');
        return until - days * 86_400_000;
    }
    return parseTime(text, '--since');
}
/** `--until`: a date or an ISO 8601 time; a bare date means the end of that day (UTC). */
function parseTime(text, option) {
    const t = text.trim();
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(t) ? Date.parse(`${t}T00:00:00Z`) : Date.parse(t);
    if (!/^\d{4}-\d{2}-\d{2}/.test(t) || Number.isNaN(ms)) {
        throw new errors/* UsageError */.e(`${option} ${JSON.stringify(text)} is neither a length like 90d nor a date`, `Give ${option} as 90d, 12w, 6m, 1y, or a date such as 2026-01-01.`);
    }
    return ms;
}

// EXTERNAL MODULE: ./src/record/git-store.ts
var git_store = __webpack_require__(2713);
// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(610);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/repo.ts
var repo = __webpack_require__(9912);
;// CONCATENATED MODULE: ./src/cli/metrics.ts








const spec = {
    name: 'metrics',
    summary: 'the four DORA keys of each environment, from the deploy record and git',
    options: {
        env: {
            type: 'string',
            value: 'NAME',
            description: 'one environment',
            defaultText: 'every environment with a record in this repository',
        },
        since: {
            type: 'string',
            value: 'WHEN',
            description: 'start of the window: a length back from --until (90d, 12w, 6m, 1y) or a date (2026-01-01)',
            default: '90d',
        },
        until: {
            type: 'string',
            value: 'DATE',
            description: 'end of the window, a date or an ISO 8601 time',
            defaultText: 'now',
        },
        format: {
            type: 'string',
            value: 'FORMAT',
            description: "output format (markdown is the Action's job-summary section)",
            choices: ['text', 'json', 'markdown'],
            default: 'text',
        },
    },
    examples: ['gitops-action metrics', 'gitops-action metrics --env production --since 180d --format json'],
    notes: [
        "The record is refs/deploy-log/<env>, written by `gitops-action record`; fetch it first in a clone:\n  git fetch origin 'refs/deploy-log/*:refs/deploy-log/*'",
        'Definitions, and how they differ from fourkeys, Apache DevLake and GitLab: docs/metrics.md.',
    ],
};
const run = async (argv, io) => {
    const parsed = (0,options/* parseCommand */.RM)(spec, argv, io.stdout);
    if (!parsed)
        return main/* EXIT */.dc.ok;
    const values = parsed.values;
    const format = values.format;
    const until = values.until !== undefined ? parseTime(values.until, '--until') : Date.now();
    const since = parseSince(values.since, until);
    if (since >= until)
        throw new errors/* UsageError */.e('--since is not before --until', 'Give a window that ends after it starts.');
    const git = (0,repo/* openRepository */.h)(io.cwd);
    let environments;
    if (values.env !== undefined) {
        (0,git_store/* assertEnvironmentName */.vC)(values.env);
        environments = [values.env];
    }
    else {
        environments = (0,git_store/* recordedEnvironments */.hd)(git);
        if (environments.length === 0) {
            throw new errors/* UsageError */.e('no deploy record in this repository', "Record deploys with `gitops-action record --env NAME --status success`, or fetch them: git fetch origin 'refs/deploy-log/*:refs/deploy-log/*'.");
        }
    }
    const all = await measure({ git, reader: (0,git_store/* gitRecordReader */.j5)(git), environments, since, until });
    io.stdout.write(format === 'json' ? metricsJson(all) : format === 'markdown' ? format_metricsMarkdown(all) : metricsText(all));
    return main/* EXIT */.dc.ok;
};
run.spec = spec;


/***/ }),

/***/ 2713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ DEPLOYED_PREFIX),
/* harmony export */   cK: () => (/* binding */ LOG_PREFIX),
/* harmony export */   hd: () => (/* binding */ recordedEnvironments),
/* harmony export */   j5: () => (/* binding */ gitRecordReader),
/* harmony export */   tN: () => (/* binding */ writeDeploy),
/* harmony export */   vC: () => (/* binding */ assertEnvironmentName),
/* harmony export */   x6: () => (/* binding */ readLog)
/* harmony export */ });
/* unused harmony exports formatRecordMessage, parseRecordMessage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);


/**
 * The deploy record kept in git itself, for hosts other than GitHub and for the CLI:
 *
 * - `refs/deployments/<env>` points at the commit last deployed successfully. It moves only
 *   after a success, so `git log refs/deployments/production` is what production runs.
 * - `refs/deploy-log/<env>` is a chain of record commits (empty tree, one per deploy, success or
 *   failure), newest first, whose messages hold the record as trailers and whose committer date
 *   is the deploy's time. `git log refs/deploy-log/production` is the history.
 *
 * Both are plain refs: `git push origin 'refs/deployments/*' 'refs/deploy-log/*'` shares them.
 */
const DEPLOYED_PREFIX = 'refs/deployments/';
const LOG_PREFIX = 'refs/deploy-log/';
/** Environment names become ref names: a conservative subset of what git allows. */
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const RECORDER = { name: 'gitops-action', email: 'gitops-action@localhost' };
function assertEnvironmentName(env) {
    if (!ENV_NAME.test(env) || env.includes('..') || env.endsWith('.lock') || env.endsWith('.')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`"${env}" cannot name a deploy record`, 'Environment names in the record use letters, digits, ".", "_" and "-".');
    }
}
/** One line, no control characters: record fields are written into a commit message. */
function oneLine(text) {
    return text
        .replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, ' ')
        .trim()
        .slice(0, 500);
}
function formatRecordMessage(d) {
    const lines = [
        `deploy: ${d.environment} ${d.status} ${d.sha.slice(0, 12)}`,
        '',
        `Environment: ${d.environment}`,
        `Deployed-Sha: ${d.sha}`,
        `Status: ${d.status}`,
        `Deployed-At: ${d.at}`,
    ];
    if (d.by)
        lines.push(`Deployed-By: ${oneLine(d.by)}`);
    if (d.version)
        lines.push(`Version: ${oneLine(d.version)}`);
    if (d.rollbackOf)
        lines.push(`Rollback-Of: ${oneLine(d.rollbackOf)}`);
    if (d.url)
        lines.push(`Run-Url: ${oneLine(d.url)}`);
    return `${lines.join('\n')}\n`;
}
/** Reads a record commit's message; undefined when it is not one of ours. */
function parseRecordMessage(message, id) {
    const fields = new Map();
    for (const line of message.split('\n')) {
        const m = /^([A-Za-z-]+): (.*)$/.exec(line);
        if (m)
            fields.set(m[1].toLowerCase(), m[2]);
    }
    const environment = fields.get('environment');
    const sha = fields.get('deployed-sha');
    const status = fields.get('status');
    const at = fields.get('deployed-at');
    if (!environment || !sha || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) || !at)
        return undefined;
    if (status !== 'success' && status !== 'failure')
        return undefined;
    const deploy = { environment, sha, status, at, source: 'git-ref' };
    if (id)
        deploy.id = id;
    const by = fields.get('deployed-by');
    if (by)
        deploy.by = by;
    const version = fields.get('version');
    if (version)
        deploy.version = version;
    const rollbackOf = fields.get('rollback-of');
    if (rollbackOf)
        deploy.rollbackOf = rollbackOf;
    const url = fields.get('run-url');
    if (url)
        deploy.url = url;
    return deploy;
}
/**
 * Appends a deploy to the environment's log and, on success, moves `refs/deployments/<env>`.
 * Both updates are compare-and-swap, so two recorders racing cannot lose a record silently.
 */
function writeDeploy(git, req) {
    assertEnvironmentName(req.environment);
    const sha = git.revParse(req.sha);
    const at = normaliseTime(req.at ?? new Date().toISOString());
    const logRef = LOG_PREFIX + req.environment;
    const previous = git.tryRevParse(logRef);
    if (previous) {
        const newest = readLog(git, req.environment, { limit: 1 })[0];
        if (newest && newest.sha === sha && newest.status === req.status && newest.rollbackOf === req.rollbackOf) {
            return { deploy: newest, created: false };
        }
    }
    const deploy = { environment: req.environment, sha, status: req.status, at, source: 'git-ref' };
    if (req.by)
        deploy.by = oneLine(req.by);
    if (req.version)
        deploy.version = oneLine(req.version);
    if (req.rollbackOf)
        deploy.rollbackOf = oneLine(req.rollbackOf);
    if (req.url)
        deploy.url = oneLine(req.url);
    const tree = git.execGit(['mktree'], { input: '' }).stdout.toString('utf8').trim();
    const parents = previous ? ['-p', previous] : [];
    const record = git
        .execGit(['commit-tree', tree, ...parents, '-F', '-'], {
        input: formatRecordMessage(deploy),
        env: {
            GIT_AUTHOR_NAME: RECORDER.name,
            GIT_AUTHOR_EMAIL: RECORDER.email,
            GIT_COMMITTER_NAME: RECORDER.name,
            GIT_COMMITTER_EMAIL: RECORDER.email,
            GIT_AUTHOR_DATE: at,
            GIT_COMMITTER_DATE: at,
        },
    })
        .stdout.toString('utf8')
        .trim();
    git.execGit(['update-ref', '-m', 'gitops-action record', logRef, record, previous ?? git.zeroSha()]);
    if (req.status === 'success') {
        git.execGit(['update-ref', '-m', 'gitops-action record', DEPLOYED_PREFIX + req.environment, sha]);
    }
    deploy.id = record;
    return { deploy, created: true };
}
/** The environment's deploys, newest first, from `refs/deploy-log/<env>`. */
function readLog(git, environment, options = {}) {
    assertEnvironmentName(environment);
    const logRef = LOG_PREFIX + environment;
    const args = ['log', '-z', '--first-parent', '--format=%H%x00%B'];
    if (options.limit !== undefined)
        args.push(`--max-count=${options.limit}`);
    if (options.since)
        args.push(`--since=${options.since}`);
    args.push(logRef, '--');
    // No rev-parse first: most reads find a record, and only a failed log asks whether it exists.
    // GIT_FLUSH=0: read whole, so git need not write each record on its own (36 → 25 ms for 1,904).
    const result = git.execGit(args, { allowFail: true, env: { GIT_FLUSH: '0' } });
    if (result.status !== 0) {
        if (!git.tryRevParse(logRef))
            return [];
        throw new _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .GitCommandError */ .iR(args, result.stderr);
    }
    const out = result.stdout.toString('utf8');
    const parts = out.split('\x00');
    const deploys = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const id = parts[i].replace(/^\n/, '');
        const d = parseRecordMessage(parts[i + 1], id);
        if (d && d.environment === environment)
            deploys.push(d);
    }
    return deploys;
}
/** Environments that have a record in this repository. */
function recordedEnvironments(git) {
    const names = new Set();
    for (const r of git.refs([DEPLOYED_PREFIX.slice(0, -1), LOG_PREFIX.slice(0, -1)])) {
        names.add(r.ref.replace(/^refs\/(deployments|deploy-log)\//, ''));
    }
    return [...names].sort();
}
/** The git-ref record as a reader, for the CLI and the hooks. */
function gitRecordReader(git) {
    return {
        async lastSuccess(environment) {
            const newest = readLog(git, environment).find((d) => d.status === 'success');
            if (newest)
                return newest;
            // A bare `refs/deployments/<env>` without a log (written by hand, or by another tool).
            const sha = git.tryRevParse(DEPLOYED_PREFIX + environment);
            return sha ? { environment, sha, status: 'success', at: '', source: 'git-ref' } : undefined;
        },
        async history(environment, options) {
            return readLog(git, environment, options);
        },
        async environments() {
            return recordedEnvironments(git);
        },
    };
}
function normaliseTime(at) {
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`"${at}" is not a time`, 'Give an ISO 8601 time, for example 2026-11-29T17:00:00Z.');
    }
    return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* unused harmony export neutraliseInvisible */
/**
 * Untrusted text (commit messages, names, emails, branch names, descriptor values, what Jira
 * answers) as it may appear in what GitHub renders or shows: the job summary, the pull request
 * comment, annotations and outputs.
 */
/**
 * Characters that change how text reads without being seen: bidirectional overrides, embeddings
 * and isolates (U+202A-U+202E, U+2066-U+2069, the "Trojan Source" trick: a name that reads as
 * another), marks (U+200E, U+200F, U+061C), zero-width spaces and joiners, word joiners and
 * invisible operators (U+200B-U+200D, U+2060-U+2064), the byte-order mark, soft hyphen, Hangul
 * fillers, and the Unicode tag characters (U+E0000-U+E007F) that smuggle text past a reader.
 * A zero-width joiner between two emoji (a family, a profession) is kept; anywhere else it goes.
 */
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]|\u034f|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180f|(?<!\p{Extended_Pictographic}(?:\u{fe0f}|\p{Emoji_Modifier})?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
/** Shown where an invisible character was: the reader sees that something was there. */
const REPLACEMENT = '\ufffd';
/**
 * Replaces every invisible or direction-changing character with U+FFFD, and C0/C1 controls and
 * line/paragraph separators other than newline and tab with a space. For text shown as text
 * (annotations, the log, outputs), where markdown does not apply but a reversed name still lies.
 */
function neutraliseInvisible(text) {
    return String(text)
        .replace(INVISIBLE, REPLACEMENT)
        .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, ' ');
}
/**
 * Escapes untrusted text for GitHub-flavoured markdown, inline and inside table cells, so that it
 * renders as the same characters and does nothing else:
 * - markdown and HTML punctuation is backslash-escaped, so nothing opens a link, an image, an
 *   HTML tag, emphasis, code, math (`$`) or a new table cell, and `&` starts no entity;
 * - line breaks become `<br>`, other controls a space, invisible characters U+FFFD;
 * - what GitHub turns into links or notifications *after* markdown (on the rendered text) is broken
 *   with `<wbr>`, an empty element GitHub's sanitizer keeps and that copies as nothing:
 *   `@user`/`@org/team` mentions and `user@host` mail links (after every `@`), bare URLs
 *   (after `scheme:` before `//`, and after `mailto:`/`xmpp:`), `www.` links, and `#123`/`GH-123` issue
 *   references (which would otherwise write a back-reference into that issue).
 *
 * `<br>` and `<wbr>` are the only HTML this emits.
 */
function escapeMarkdown(text) {
    return (neutraliseInvisible(String(text).replace(/\r\n|\r|\n/g, '\n'))
        // Backslash first, so that the escapes added below are not escaped again.
        .replace(/[\\`*_{}[\]()<>#+!|~&$]/g, (c) => `\\${c}`)
        .replace(/\n/g, '<br>')
        .replace(/\t/g, ' ')
        .replace(/@/g, '@<wbr>')
        .replace(/([a-z]):(?=\/\/)|\b(mailto|xmpp):/gi, (m) => `${m}<wbr>`)
        .replace(/(www)\./gi, '$1<wbr>.')
        .replace(/\\#(?=\d)/g, '\\#<wbr>')
        .replace(/\b(gh)-(?=\d)/gi, '$1-<wbr>'));
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
;