export const id = 253;
export const ids = [253];
export const modules = {

/***/ 6253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JiraClient: () => (/* binding */ JiraClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUT_MS, DEFAULT_CONCURRENCY, DEFAULT_RETRIES, BACKOFF_BASE_MS, MAX_WAIT_MS, MAX_KEYS_PER_RUN, MAX_RATE_LIMITED, parseRetryAfter, backoffMs, latestDecision */
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(649);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2315);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1665);
/**
 * A small Jira REST client: does an issue exist, in which status and project, and (with Jira
 * Service Management) is its latest approval approved.
 *
 * It speaks HTTP through `transport.ts` (node:https, which takes extra CA certificates). Every call has a timeout; 429 and 5xx answers and network errors
 * are retried a bounded number of times with exponential backoff that honours `Retry-After`; each
 * key is looked up once per client; at most `concurrency` requests are in flight. Credentials go in
 * the `Authorization` header only and never into any message this module produces.
 */



const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_CONCURRENCY = 4;
const DEFAULT_RETRIES = 3;
/** The first backoff; it doubles on each retry (500 ms, 1 s, 2 s...). */
const BACKOFF_BASE_MS = 500;
/** No single wait, `Retry-After` included, is longer than this. */
const MAX_WAIT_MS = 30_000;
/**
 * Distinct keys looked up at most a run: the keys come from commit messages, which the pusher
 * writes, and 200 keys would be 200 requests (800 against a Jira that answers 429).
 */
const MAX_KEYS_PER_RUN = 50;
/**
 * 429 answers taken in a run before Jira counts as unreachable for the rest of it: a rate limit
 * is the whole site's, so retrying key after key only spends more of it.
 */
const MAX_RATE_LIMITED = 4;
/** Approval pages followed at most, per key. */
const MAX_APPROVAL_PAGES = 20;
/** Characters of a Jira error text kept in a message. */
const MAX_DETAIL = 200;
const CREDENTIALS_HINT = 'check JIRA_USER and JIRA_TOKEN (in the Action, its jira-user and jira-token inputs): JIRA_USER + JIRA_TOKEN for Jira Cloud (an API token), JIRA_TOKEN alone for a Data Center personal access token';
/**
 * The wait asked for by a `Retry-After` header, in milliseconds: a number of seconds, or an HTTP
 * date. `undefined` when the header is absent or unreadable.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (text === '')
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // An HTTP date names its weekday and month; anything else (`-1`, `soon`) is unreadable.
    if (!/[a-z]/i.test(text))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** The wait before retry number `attempt + 1`: `Retry-After` if given, else exponential; capped. */
function backoffMs(attempt, retryAfterMs) {
    const wait = retryAfterMs ?? BACKOFF_BASE_MS * 2 ** attempt;
    return Math.min(Math.max(0, wait), MAX_WAIT_MS);
}
class JiraClient {
    /** HTTP requests sent, retries and approval pages included. */
    requestCount = 0;
    base;
    apiVersion;
    approval;
    timeoutMs;
    concurrency;
    retries;
    sleep;
    secureContext;
    caProblem;
    // Private fields (#) so that the credentials never show in JSON.stringify or util.inspect.
    #authorization;
    #hasUser;
    #redactor;
    maxKeys;
    rateLimited = 0;
    cache = new Map();
    active = 0;
    waiting = [];
    /** Set once Jira could not be reached at all: later calls do not try again. */
    down;
    constructor(options) {
        const redactor = new _report_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .Redactor */ .p();
        let parsed;
        try {
            parsed = new URL(options.url);
        }
        catch {
            throw new TypeError('jira.verify.url is not a URL; write it as https://example.atlassian.net');
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
            throw new TypeError(`jira.verify.url must be an http(s) URL, not ${parsed.protocol}`);
        }
        // Credentials in the URL would be refused by fetch, and would leak into messages: drop them.
        if (parsed.username || parsed.password)
            redactor.add(decodeURIComponent(parsed.password), parsed.username);
        parsed.username = '';
        parsed.password = '';
        parsed.search = '';
        parsed.hash = '';
        this.base = parsed.href.replace(/\/+$/, '');
        this.apiVersion = options.apiVersion === 3 ? 3 : 2;
        this.approval = options.approval;
        this.timeoutMs = options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
        this.concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
        this.retries = Math.max(0, Math.floor(options.retries ?? DEFAULT_RETRIES));
        this.maxKeys = Math.max(0, Math.floor(options.maxKeys ?? MAX_KEYS_PER_RUN));
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.secureContext = options.extraCa ? (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .trustWith */ .hw)(options.extraCa) : undefined;
        this.caProblem = options.caProblem;
        const user = options.user?.trim() || undefined;
        const token = options.token?.trim() || undefined;
        this.#hasUser = user !== undefined;
        if (token && user) {
            const basic = Buffer.from(`${user}:${token}`, 'utf8').toString('base64');
            this.#authorization = `Basic ${basic}`;
        }
        else if (token) {
            this.#authorization = `Bearer ${token}`;
        }
        // The token, the Basic credential `user:token`, and their encodings, in any letter case.
        redactor.add(token, user);
        this.#redactor = redactor;
    }
    /**
     * Looks up each distinct key once (per client, across calls); the map has every given key. The
     * first `maxKeys` distinct keys are looked up; the rest are answered `over-limit` without a request.
     */
    async lookup(keys) {
        const distinct = [...new Set(keys)];
        const results = await Promise.all(distinct.map((key) => this.lookupOnce(key)));
        return new Map(distinct.map((key, i) => [key, results[i]]));
    }
    lookupOnce(key) {
        let pending = this.cache.get(key);
        if (!pending && this.cache.size >= this.maxKeys) {
            return Promise.resolve({
                key,
                exists: false,
                error: { kind: 'over-limit', message: `not looked up: a run verifies at most ${this.maxKeys} distinct keys` },
            });
        }
        if (!pending) {
            pending = this.lookupKey(key).catch((error) => ({
                key,
                exists: false,
                error: { kind: 'http', message: this.redact(`looking up ${key} failed: ${String(error)}`) },
            }));
            this.cache.set(key, pending);
        }
        return pending;
    }
    async lookupKey(key) {
        if (!(0,_key_js__WEBPACK_IMPORTED_MODULE_0__/* .isJiraKey */ .__)(key)) {
            return { key, exists: false, error: { kind: 'not-found', message: `${JSON.stringify(key)} is not a Jira key` } };
        }
        const path = `/rest/api/${this.apiVersion}/issue/${encodeURIComponent(key)}?fields=status,issuetype,project`;
        const answer = await this.get(path);
        if (answer.kind === 'unreachable')
            return { key, exists: false, error: { kind: 'unreachable', message: answer.message } };
        const failed = this.failure(key, answer, 'issue');
        if (failed)
            return failed;
        const issue = parseJson(answer.body);
        const fields = objectAt(issue, 'fields');
        if (!fields)
            return this.notJson(key, answer.body, 'issue');
        const lookup = { key, exists: true };
        // Whatever Jira says is untrusted text, and a Jira (or a proxy) may echo the credentials.
        const status = this.redactOptional(stringAt(objectAt(fields, 'status'), 'name'));
        const project = this.redactOptional(stringAt(objectAt(fields, 'project'), 'key'));
        const issueType = this.redactOptional(stringAt(objectAt(fields, 'issuetype'), 'name'));
        if (status !== undefined)
            lookup.status = status;
        if (project !== undefined)
            lookup.project = project;
        if (issueType !== undefined)
            lookup.issueType = issueType;
        if (this.approval)
            return this.withApproval(lookup);
        return lookup;
    }
    async withApproval(lookup) {
        const key = lookup.key;
        const values = [];
        let start = 0;
        for (let page = 0; page < MAX_APPROVAL_PAGES; page++) {
            const path = `/rest/servicedeskapi/request/${encodeURIComponent(key)}/approval${page === 0 ? '' : `?start=${start}`}`;
            const answer = await this.get(path);
            if (answer.kind === 'unreachable') {
                return { ...lookup, error: { kind: 'unreachable', message: answer.message } };
            }
            if (answer.kind === 'response' && answer.status === 404) {
                // Not a Jira Service Management request, so it has no approvals.
                return { ...lookup, approval: 'none' };
            }
            const failed = this.failure(key, answer, 'approvals');
            if (failed)
                return { ...lookup, error: failed.error };
            const body = parseJson(answer.body);
            const pageValues = isObject(body) && Array.isArray(body.values) ? body.values : undefined;
            if (!isObject(body) || !pageValues) {
                const bad = this.notJson(key, answer.body, 'approvals');
                return { ...lookup, error: bad.error };
            }
            values.push(...pageValues);
            const size = typeof body.size === 'number' ? body.size : pageValues.length;
            const from = typeof body.start === 'number' ? body.start : start;
            if (body.isLastPage !== false || size <= 0)
                break;
            start = from + size;
        }
        return { ...lookup, approval: latestDecision(values) };
    }
    /** The lookup for an answer that is not a 2xx, or undefined when it is one. */
    failure(key, answer, what) {
        const { status } = answer;
        if (status >= 200 && status < 300)
            return undefined;
        if (status === 404) {
            const detail = jiraErrorText(answer.body, (t) => this.redact(t));
            const permission = this.#authorization
                ? 'or the account behind JIRA_TOKEN may not be allowed to browse it'
                : 'or, with no JIRA_TOKEN set, the issue is not visible anonymously';
            return {
                key,
                exists: false,
                error: {
                    kind: 'not-found',
                    message: this.redact(`${key} does not exist in ${this.base} (${permission})${detail ? `: ${detail}` : ''}`),
                },
            };
        }
        if (status === 401 || status === 403) {
            const given = this.#authorization
                ? `Jira refused the credentials (HTTP ${status}) when reading the ${what} of ${key}`
                : `Jira asks for credentials (HTTP ${status}) to read the ${what} of ${key}, and ${this.#hasUser ? 'JIRA_USER is set but JIRA_TOKEN is not' : 'none are set'}`;
            return { key, exists: false, error: { kind: 'auth', message: this.redact(`${given}; ${CREDENTIALS_HINT}`) } };
        }
        if (status >= 300 && status < 400) {
            const to = answer.location ? ` to ${this.redact(safeLocation(answer.location))}` : '';
            return {
                key,
                exists: false,
                error: {
                    kind: 'http',
                    message: `Jira redirected the ${what} request of ${key} (HTTP ${status})${to}; check jira.verify.url (${this.base})`,
                },
            };
        }
        const detail = jiraErrorText(answer.body, (t) => this.redact(t));
        return {
            key,
            exists: false,
            error: {
                kind: 'http',
                message: this.redact(`Jira answered HTTP ${status} for the ${what} of ${key}${detail ? `: ${detail}` : ''}`),
            },
        };
    }
    notJson(key, body, what) {
        const start = body.trimStart().slice(0, 1);
        const looksHtml = start === '<';
        return {
            key,
            exists: false,
            error: {
                kind: 'http',
                message: `Jira's answer for the ${what} of ${key} is not the expected JSON${looksHtml ? ' (an HTML page: a login page or a proxy? check jira.verify.url)' : ''}`,
            },
        };
    }
    /** One GET with retries; `unreachable` when it never got a final answer. */
    async get(path) {
        let last = '';
        for (let attempt = 0;; attempt++) {
            if (this.down)
                return { kind: 'unreachable', message: this.down };
            const result = await this.once(path);
            if (result.kind === 'down')
                return { kind: 'unreachable', message: result.message };
            let retryAfter;
            if (result.kind === 'timeout') {
                // A call that hangs once will likely hang again: no retry, so that a hook waits at most
                // about one timeout for a Jira that is down.
                this.down = `Jira at ${this.base} did not answer within ${this.timeoutMs} ms`;
                return { kind: 'unreachable', message: this.down };
            }
            if (result.kind === 'network') {
                last = `Jira at ${this.base} could not be reached (${result.message})`;
            }
            else if (result.status === 429 || result.status >= 500) {
                last = `Jira at ${this.base} answered HTTP ${result.status}${result.status === 429 ? ' (rate limited)' : ''}`;
                retryAfter = parseRetryAfter(result.retryAfter);
                if (result.status === 429 && ++this.rateLimited >= MAX_RATE_LIMITED) {
                    // Rate limited again and again: an outage for the rest of the run, not one retry loop per key.
                    this.down = `Jira at ${this.base} kept answering HTTP 429 (rate limited), ${this.rateLimited} times in this run`;
                    return { kind: 'unreachable', message: this.down };
                }
            }
            else {
                const answer = { kind: 'response', status: result.status, body: result.body };
                if (result.location)
                    answer.location = result.location;
                return answer;
            }
            if (attempt >= this.retries) {
                const message = `${last}, after ${attempt + 1} ${attempt === 0 ? 'try' : 'tries'}`;
                // A host that cannot be connected to is down for every key; an HTTP error may be per issue.
                if (result.kind === 'network')
                    this.down = message;
                return { kind: 'unreachable', message };
            }
            await this.sleep(backoffMs(attempt, retryAfter));
        }
    }
    /** One HTTP request, holding one of the `concurrency` slots while it runs. */
    async once(path) {
        await this.acquire();
        try {
            if (this.down)
                return { kind: 'down', message: this.down };
            this.requestCount++;
            const headers = { Accept: 'application/json' };
            if (this.#authorization)
                headers.Authorization = this.#authorization;
            const signal = AbortSignal.timeout(this.timeoutMs);
            try {
                // Redirects are not followed, so the Authorization header never goes to another host.
                const response = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .httpGet */ .lx)(`${this.base}${path}`, { headers, signal, secureContext: this.secureContext });
                return {
                    kind: 'response',
                    status: response.status,
                    body: response.body,
                    retryAfter: headerText(response.headers['retry-after']),
                    location: headerText(response.headers.location),
                };
            }
            catch (error) {
                if (signal.aborted)
                    return { kind: 'timeout' };
                const reason = networkReason(error);
                const message = this.redact(this.caProblem ? `${reason}; ${this.caProblem}` : reason);
                // A certificate nobody trusts stays untrusted: no retry, and no further call tries.
                if (isUntrustedCert(error)) {
                    this.down = `Jira at ${this.base} could not be reached (${message})`;
                    return { kind: 'down', message: this.down };
                }
                return { kind: 'network', message };
            }
        }
        finally {
            this.release();
        }
    }
    async acquire() {
        if (this.active < this.concurrency) {
            this.active++;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
    }
    release() {
        const next = this.waiting.shift();
        // The slot passes straight to the next waiter, so `active` stays the same.
        if (next)
            next();
        else
            this.active--;
    }
    /** Removes every form of the credentials from a text, before it is cut or formatted. */
    redact(text) {
        return this.#redactor.redact(text);
    }
    redactOptional(text) {
        return text === undefined ? undefined : this.redact(text);
    }
}
/** The latest approval's decision: by `createdDate.epochMillis` where every one has it, else the last listed. */
function latestDecision(values) {
    const approvals = values.filter(isObject);
    if (approvals.length === 0)
        return 'none';
    const millis = approvals.map((a) => numberAt(objectAt(a, 'createdDate'), 'epochMillis'));
    let latest = approvals.length - 1;
    if (millis.every((m) => m !== undefined)) {
        latest = 0;
        for (let i = 1; i < approvals.length; i++) {
            if (millis[i] >= millis[latest])
                latest = i;
        }
    }
    const decision = approvals[latest].finalDecision;
    if (decision === 'approved' || decision === 'declined' || decision === 'pending')
        return decision;
    // An unknown decision is not an approval.
    return 'pending';
}
function headerText(value) {
    if (value === undefined)
        return null;
    return Array.isArray(value) ? value.join(', ') : value;
}
/** TLS verification failures, which a CA file (NODE_EXTRA_CA_CERTS) fixes. */
const UNTRUSTED_CERT = new Set([
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);
function isUntrustedCert(error) {
    const code = error instanceof Error ? error.code : undefined;
    return typeof code === 'string' && UNTRUSTED_CERT.has(code);
}
function networkReason(error) {
    if (error instanceof Error) {
        const code = error.code;
        if (isUntrustedCert(error)) {
            return `${code}: the server's certificate is not trusted; point NODE_EXTRA_CA_CERTS at your CA's PEM file`;
        }
        if (typeof code === 'string' && code !== 'ABORT_ERR')
            return code;
        const cause = error.cause;
        if (isObject(cause)) {
            if (typeof cause.code === 'string')
                return cause.code;
            if (typeof cause.message === 'string')
                return cause.message;
        }
        return error.message;
    }
    return String(error);
}
function safeLocation(location) {
    try {
        const url = new URL(location, 'http://relative.invalid');
        url.username = '';
        url.password = '';
        url.search = '';
        return url.host === 'relative.invalid' ? url.pathname : url.href;
    }
    catch {
        return '(unreadable location)';
    }
}
/** Jira's `{errorMessages: [...], errors: {...}}`, as one short line: redacted first, then cut. */
function jiraErrorText(body, redact) {
    const parsed = parseJson(body);
    if (!isObject(parsed))
        return '';
    const parts = [];
    if (Array.isArray(parsed.errorMessages)) {
        for (const m of parsed.errorMessages)
            if (typeof m === 'string')
                parts.push(m);
    }
    if (isObject(parsed.errors)) {
        for (const [field, m] of Object.entries(parsed.errors))
            if (typeof m === 'string')
                parts.push(`${field}: ${m}`);
    }
    const text = redact(parts.join('; ').replace(/\s+/g, ' ').trim());
    return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}...` : text;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function objectAt(value, name) {
    if (!isObject(value))
        return undefined;
    const inner = value[name];
    return isObject(inner) ? inner : undefined;
}
function stringAt(value, name) {
    const inner = value?.[name];
    return typeof inner === 'string' ? inner : undefined;
}
function numberAt(value, name) {
    const inner = value?.[name];
    return typeof inner === 'number' && Number.isFinite(inner) ? inner : undefined;
}


/***/ }),

/***/ 1665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hw: () => (/* binding */ trustWith),
/* harmony export */   lx: () => (/* binding */ httpGet),
/* harmony export */   v0: () => (/* binding */ httpSend)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Node's own roots plus the extra certificates (PEM), built once per client: a `ca` option per
 * request would parse all of them for every connection.
 */
function trustWith(extraCa) {
    return (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext)({ ca: [...node_tls__WEBPACK_IMPORTED_MODULE_2__.rootCertificates, extraCa] });
}
function httpGet(url, options) {
    return httpSend(url, { ...options, method: 'GET' });
}
/**
 * One request of any method (the notifiers POST), the same way: no redirects, the given trust,
 * the whole body read as UTF-8.
 */
function httpSend(url, options) {
    const target = new URL(url);
    const tls = target.protocol === 'https:';
    const send = tls ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    return new Promise((resolve, reject) => {
        const req = send(target, {
            method: options.method,
            headers: options.headers,
            signal: options.signal,
            ...(tls && options.secureContext ? { secureContext: options.secureContext } : {}),
        }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end(options.body);
    });
}


/***/ })

};
