"use strict";
exports.id = 484;
exports.ids = [484];
exports.modules = {

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


/***/ }),

/***/ 4790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ notifyAgainCommand),
  k: () => (/* binding */ notifyFailure)
});

// EXTERNAL MODULE: ./src/jira/ca.ts
var jira_ca = __webpack_require__(162);
// EXTERNAL MODULE: ./src/jira/transport.ts
var transport = __webpack_require__(1665);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
;// CONCATENATED MODULE: ./src/notify/email.ts

/**
 * A bare `local@domain` address as RFC 5321's `RCPT TO` takes it, without quoting or comments:
 * what a descriptor's `notify.email` and the policy's `to` are for. Anything else is refused
 * rather than repaired: a repaired address is one nobody wrote.
 */
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
function validAddress(address) {
    return address.length <= 254 && ADDRESS.test(address) && !address.includes('..');
}
/** Splits addresses into those to send to (deduplicated, in order, letter case aside) and those refused. */
function recipients(addresses) {
    const seen = new Set();
    const to = [];
    const invalid = [];
    for (const a of addresses) {
        const address = a.trim();
        if (!validAddress(address)) {
            invalid.push(a);
            continue;
        }
        const key = address.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        to.push(address);
    }
    return { to, invalid };
}
class EmailError extends Error {
}
async function sendEmail(config, credentials, mail, options) {
    const redactor = new redact/* Redactor */.p();
    if (credentials)
        redactor.add(credentials.password, credentials.user);
    if (credentials && config.tls === 'none') {
        // Refused before connecting: SMTP AUTH without TLS would send the password in the clear.
        throw new EmailError(`SMTP_USER and SMTP_PASSWORD are set, but notify.email.tls is none: the password is never sent without TLS`);
    }
    const { createTransport } = await __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 6739));
    const transport = createTransport({
        host: config.host,
        port: config.port,
        secure: config.tls === 'implicit',
        requireTLS: config.tls === 'starttls',
        ignoreTLS: config.tls === 'none',
        auth: credentials ? { user: credentials.user, pass: credentials.password } : undefined,
        connectionTimeout: options.timeoutMs,
        greetingTimeout: options.timeoutMs,
        socketTimeout: options.timeoutMs,
        // Node's roots, plus the hooks' extra CA file; never `rejectUnauthorized: false`.
        tls: options.ca ? { ca: options.ca } : undefined,
        disableFileAccess: true,
        disableUrlAccess: true,
    });
    try {
        const info = await transport.sendMail({
            from: config.from,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            // The envelope is given, not derived from headers, so RCPT TO is exactly the checked list.
            envelope: { from: envelopeFrom(config.from), to: mail.to },
            headers: { 'Auto-Submitted': 'auto-generated' },
        });
        const rejectedErrors = info
            .rejectedErrors;
        const rejected = (info.rejected ?? []).map((r) => {
            const address = typeof r === 'string' ? r : r.address;
            const reply = rejectedErrors?.find((e) => e.recipient === address)?.response ?? 'refused';
            return { address, reply: redactor.redact(reply) };
        });
        const accepted = (info.accepted ?? []).map((r) => typeof r === 'string' ? r : r.address);
        return { accepted, rejected };
    }
    catch (err) {
        throw new EmailError(`SMTP ${config.host}:${config.port}: ${redactor.redact(describe(err))}`);
    }
    finally {
        transport.close();
    }
}
/** The address inside `Name <address>`, or the whole value. */
function envelopeFrom(from) {
    const m = /<([^<>]+)>\s*$/.exec(from);
    return (m ? m[1] : from).trim();
}
/** nodemailer's error, in one line: its message (which holds the server's reply), never a stack. */
function describe(err) {
    const e = err;
    const message = (e.message ?? String(err)).replace(/\s+/g, ' ').trim().slice(0, 300);
    return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/descriptors/plan.ts + 12 modules
var descriptors_plan = __webpack_require__(1322);
// EXTERNAL MODULE: ./src/descriptors/read.ts + 4 modules
var read = __webpack_require__(2356);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/notify/facts.ts






const MAX_COMMITS = 50;
async function gatherFailureFacts(req) {
    const { git, failed } = req;
    const history = await req.reader.history(failed.environment);
    const at = Date.parse(failed.at);
    const previous = history.find((d) => d.status === 'success' && d.sha !== failed.sha && Date.parse(d.at) <= at);
    const range = previous ? [failed.sha, `^${previous.sha}`] : [failed.sha];
    const commits = git.log(range, { maxCount: MAX_COMMITS + 1 });
    const head = commits[0] ?? git.log([failed.sha], { maxCount: 1 })[0];
    const env = req.config.environments[failed.environment];
    const destructive = (env?.rules ?? req.config.rules).destructive;
    const globs = destructive ? destructive.descriptors : [...defaults/* RULE_DEFAULTS */.k.destructive.descriptors];
    const isDescriptor = picomatch_default()(globs, { dot: true });
    const after = git.readFiles(failed.sha, git.listFiles(failed.sha).filter((p) => isDescriptor(p)));
    const changed = new Set(git.changedFiles(previous?.sha, failed.sha));
    const all = serviceContacts(after);
    const touched = all.filter((s) => changed.has(s.file));
    let plan;
    let planProblem;
    if (destructive && previous) {
        // The plan as `plan --from previous --to failed` shows it: rendered where the policy says
        // `render:`. A render that fails costs the notice its plan, never the notice.
        try {
            plan = (0,descriptors_plan.planRead)((0,read.readDescriptorInput)(git, destructive, previous.sha, failed.sha, false), destructive);
        }
        catch (err) {
            if (!(err instanceof errors/* UsageError */.e))
                throw err;
            planProblem = err.message;
        }
    }
    return {
        environment: failed.environment,
        failed,
        previous,
        commits: commits.slice(0, MAX_COMMITS),
        moreCommits: commits.length > MAX_COMMITS,
        head,
        services: touched.length > 0 ? touched : all,
        plan,
        ...(planProblem ? { planProblem } : {}),
        runUrl: req.runUrl ?? failed.url,
        repositoryUrl: req.repositoryUrl,
    };
}
/** Service descriptors (`service:` at the top of the file) and whom they name. Other YAML is skipped. */
function serviceContacts(files) {
    const out = [];
    for (const [file, text] of files) {
        let doc;
        try {
            doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        }
        catch {
            continue;
        }
        if (!doc || typeof doc !== 'object' || Array.isArray(doc))
            continue;
        const d = doc;
        if (typeof d.service !== 'string')
            continue;
        const notify = d.notify && typeof d.notify === 'object' ? d.notify : {};
        const list = (v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).filter((c) => typeof c === 'string' && c.length > 0);
        const contact = { service: d.service, file, slack: list(notify.slack), email: list(notify.email) };
        if (typeof d.maintainer === 'string')
            contact.maintainer = d.maintainer;
        out.push(contact);
    }
    return out.sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/notify/http.ts

function sendJson(url, req) {
    const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
    const headers = { Accept: 'application/json', ...req.headers };
    if (payload) {
        headers['Content-Type'] = 'application/json; charset=utf-8';
        headers['Content-Length'] = String(payload.length);
    }
    return (0,transport/* httpSend */.v0)(url, {
        method: req.method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(req.timeoutMs),
        secureContext: req.secureContext,
    });
}
/** A short, single-line excerpt of an answer's body for an error message: never a whole HTML page. */
function excerpt(body) {
    return body.replace(/\s+/g, ' ').trim().slice(0, 200);
}

;// CONCATENATED MODULE: ./src/notify/jira-issues.ts

class JiraRequestError extends Error {
}
class JiraIssues {
    options;
    base;
    auth;
    constructor(options) {
        this.options = options;
        this.base = options.url.replace(/\/+$/, '');
        this.auth = options.user
            ? `Basic ${Buffer.from(`${options.user}:${options.token}`).toString('base64')}`
            : `Bearer ${options.token}`;
    }
    async call(method, path, body) {
        let answer;
        try {
            answer = await sendJson(this.base + path, {
                method,
                headers: { Authorization: this.auth },
                body,
                timeoutMs: this.options.timeoutMs,
                secureContext: this.options.secureContext,
            });
        }
        catch (err) {
            throw new JiraRequestError(`${method} ${path.split('?')[0]}: ${err.message}`);
        }
        if (answer.status < 200 || answer.status >= 300) {
            let detail = excerpt(answer.body);
            try {
                const j = JSON.parse(answer.body);
                const parts = [...(j.errorMessages ?? []), ...Object.entries(j.errors ?? {}).map(([k, v]) => `${k}: ${v}`)];
                if (parts.length > 0)
                    detail = excerpt(parts.join('; '));
            }
            catch { }
            const hint = answer.status === 401 || answer.status === 403 ? ' (check JIRA_USER and JIRA_TOKEN)' : '';
            throw new JiraRequestError(`${method} ${path.split('?')[0]} answered ${answer.status}${hint}: ${detail}`);
        }
        try {
            return answer.body ? JSON.parse(answer.body) : undefined;
        }
        catch {
            throw new JiraRequestError(`${method} ${path.split('?')[0]} answered ${answer.status} with a body that is not JSON`);
        }
    }
    /**
     * The account whose email is `email`. Jira matches the query against names and emails, and
     * leaves `emailAddress` out for users whose profile hides it: only an active account whose
     * visible email is exactly this one is taken, so an issue is never assigned to the wrong person.
     */
    async findAccount(email) {
        const users = (await this.call('GET', `/rest/api/3/user/search?query=${encodeURIComponent(email)}&maxResults=10`));
        const people = (users ?? []).filter((u) => u.accountId && u.accountType !== 'app' && u.active !== false);
        const exact = people.filter((u) => u.emailAddress?.toLowerCase() === email.toLowerCase());
        if (exact.length === 1)
            return { accountId: exact[0].accountId };
        if (exact.length > 1)
            return { missing: 'ambiguous' };
        return { missing: people.some((u) => u.emailAddress === undefined) ? 'hidden' : 'not-found' };
    }
    /** The newest issue of `project` with `label` whose status is not in the Done category. */
    async findOpenIssue(project, label) {
        const jql = `project = "${project}" AND labels = "${label}" AND statusCategory != Done ORDER BY created DESC`;
        const found = (await this.call('GET', `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&maxResults=1&fields=summary,status`));
        return found?.issues?.[0]?.key;
    }
    async createIssue(fields) {
        const created = (await this.call('POST', '/rest/api/3/issue', {
            fields: {
                project: { key: fields.project },
                issuetype: { name: fields.issueType },
                summary: fields.summary,
                description: fields.description,
                labels: fields.labels,
                ...(fields.accountId ? { assignee: { accountId: fields.accountId } } : {}),
            },
        }));
        if (!created?.key)
            throw new JiraRequestError('POST /rest/api/3/issue answered without an issue key');
        return created.key;
    }
    async comment(key, body) {
        await this.call('POST', `/rest/api/3/issue/${encodeURIComponent(key)}/comment`, { body });
    }
}

// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(877);
;// CONCATENATED MODULE: ./src/notify/adf.ts
const doc = (...content) => ({ version: 1, type: 'doc', content });
const paragraph = (...content) => ({ type: 'paragraph', content });
const heading = (level, text) => ({
    type: 'heading',
    attrs: { level },
    content: [plain(text)],
});
function plain(text) {
    // ADF text nodes must not be empty.
    return { type: 'text', text: text === '' ? ' ' : text };
}
const strong = (text) => ({ type: 'text', text, marks: [{ type: 'strong' }] });
const code = (text) => ({ type: 'text', text, marks: [{ type: 'code' }] });
/** A link, or plain text when the target is not http(s) (a record's run URL is untrusted text). */
function adf_link(text, href) {
    if (!href || !/^https?:\/\//i.test(href))
        return plain(text);
    return { type: 'text', text, marks: [{ type: 'link', attrs: { href } }] };
}
const bulletList = (items) => ({
    type: 'bulletList',
    content: items.map((inline) => ({ type: 'listItem', content: [paragraph(...inline)] })),
});
const codeBlock = (text) => ({ type: 'codeBlock', content: [plain(text)] });

;// CONCATENATED MODULE: ./src/notify/message.ts



/**
 * The words of a failure notice, as pure functions of the facts: the Jira summary, the issue's
 * description and a repeat failure's comment (ADF), and the Slack text (mrkdwn). Commit subjects,
 * names and descriptor values are untrusted: ADF carries them as data, and Slack's three
 * control characters are escaped.
 */
/** The label that finds an environment's open failure issue again. */
function failureLabel(environment) {
    return `gitops-failure-${environment}`;
}
function what(f) {
    return `${f.failed.version ? `${f.failed.version} (${(0,commit/* shortSha */.Fu)(f.failed.sha)})` : (0,commit/* shortSha */.Fu)(f.failed.sha)}`;
}
/** One line, at most 255 characters (Jira's limit for a summary). */
function issueSummary(f) {
    const line = `Deploy to ${f.environment} failed: ${what(f)} ${f.head.subject}`.replace(/[\r\n\t]+/g, ' ');
    return (0,fit/* clipText */.gL)(line, 255);
}
function commitUrl(f, sha) {
    return f.repositoryUrl ? `${f.repositoryUrl.replace(/\/+$/, '')}/commit/${sha}` : undefined;
}
function body(f, assigneeNote) {
    const nodes = [];
    nodes.push(paragraph(plain(`The deploy of ${what(f)} to `), strong(f.environment), plain(` failed at ${f.failed.at}. `), adf_link('The run', f.runUrl), plain(f.runUrl && /^https?:\/\//i.test(f.runUrl) ? '.' : ': no link was recorded.')));
    nodes.push(paragraph(plain('Still deployed: '), f.previous
        ? code(`${(0,commit/* shortSha */.Fu)(f.previous.sha)}${f.previous.version ? ` (${f.previous.version})` : ''}`)
        : plain('nothing recorded'), plain(f.previous ? `, since ${f.previous.at}.` : '.')));
    if (assigneeNote)
        nodes.push(paragraph(strong('Not assigned: '), plain(assigneeNote)));
    nodes.push(heading(3, `Commits (${f.commits.length}${f.moreCommits ? '+' : ''})`));
    nodes.push(bulletList(f.commits.map((c) => [
        adf_link((0,commit/* shortSha */.Fu)(c.sha), commitUrl(f, c.sha)),
        plain(` ${c.subject} `),
        plain(`(${c.committer.name} <${c.committer.email}>)`),
    ])));
    if (f.services.length > 0) {
        nodes.push(heading(3, 'Services'));
        nodes.push(bulletList(f.services.map((s) => [
            strong(s.service),
            plain(` (${s.file})`),
            plain(s.maintainer ? `, maintainer ${s.maintainer}` : ', no maintainer named'),
        ])));
    }
    const plan = planLines(f);
    if (plan) {
        nodes.push(heading(3, 'Plan'));
        nodes.push(codeBlock(plan.join('\n')));
    }
    return nodes;
}
/** The plan as lines: an object a line (at most 30), then the summary. */
function planLines(f) {
    if (f.planProblem)
        return [`No plan: ${f.planProblem.split('\n')[0]}`];
    if (!f.plan)
        return undefined;
    const s = f.plan.summary;
    const lines = f.plan.objects.slice(0, 30).map((o) => `${o.action.padEnd(6)} ${o.id} (${o.file})`);
    if (f.plan.objects.length > 30)
        lines.push(`… and ${f.plan.objects.length - 30} more`);
    lines.push(`Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy, ${s.destructive} destructive.`);
    return lines;
}
function issueDescription(f, assigneeNote) {
    return doc(...body(f, assigneeNote));
}
function repeatComment(f, assigneeNote) {
    return doc(paragraph(strong('Failed again.')), ...body(f, assigneeNote));
}
/** Slack's mrkdwn: `&`, `<` and `>` are its only control characters. */
function slackEscape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function slackText(f, issueKey, jiraUrl) {
    const run = f.runUrl && /^https?:\/\//i.test(f.runUrl) ? ` (<${slackEscape(f.runUrl)}|run>)` : '';
    const lines = [
        `:x: Deploy to *${slackEscape(f.environment)}* failed: \`${slackEscape(what(f))}\` ${slackEscape(f.head.subject)}${run}`,
        `Committed by ${slackEscape(`${f.head.committer.name} <${f.head.committer.email}>`)}.`,
    ];
    const maintainers = [...new Set(f.services.map((s) => s.maintainer).filter((m) => !!m))];
    if (f.services.length > 0) {
        lines.push(`Services: ${f.services.map((s) => slackEscape(s.service)).join(', ')}.`);
    }
    if (maintainers.length > 0)
        lines.push(`Maintainer: ${maintainers.map(slackEscape).join(', ')}.`);
    if (issueKey) {
        const url = jiraUrl ? `${jiraUrl.replace(/\/+$/, '')}/browse/${issueKey}` : undefined;
        lines.push(`Jira: ${url ? `<${slackEscape(url)}|${issueKey}>` : issueKey}.`);
    }
    return lines.join('\n');
}
/**
 * Text for a single line of plain text: C0 and C1 controls (CR and LF among them, so nothing can
 * start a new header or line), DEL and the Unicode line and paragraph separators become spaces.
 */
function oneLine(text) {
    return text
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
}
/** The email's Subject: one line, whatever the commit subject holds, at most 200 characters. */
function emailSubject(f) {
    const line = oneLine(`Deploy to ${f.environment} failed: ${what(f)} ${f.head.subject}`);
    return (0,fit/* clipText */.gL)(line, 200);
}
/**
 * The email's plain-text body: what the Slack message says (environment, version, commit,
 * committer, services, maintainer, Jira issue, run) and what the Jira issue lists (the commits,
 * the plan). Untrusted text goes in one line each (`oneLine`): plain text has no markup to escape,
 * but a line of its own must not be forged.
 */
function emailText(f, issueKey, jiraUrl) {
    const out = [];
    out.push(`The deploy of ${oneLine(what(f))} to ${oneLine(f.environment)} failed at ${f.failed.at}.`);
    out.push(f.runUrl && /^https?:\/\//i.test(f.runUrl) ? `Run: ${oneLine(f.runUrl)}` : 'Run: no link was recorded.');
    out.push(`Still deployed: ${f.previous
        ? `${(0,commit/* shortSha */.Fu)(f.previous.sha)}${f.previous.version ? ` (${oneLine(f.previous.version)})` : ''}, since ${f.previous.at}`
        : 'nothing recorded'}.`);
    out.push(`Committed by: ${oneLine(`${f.head.committer.name} <${f.head.committer.email}>`)}.`);
    const maintainers = [...new Set(f.services.map((s) => s.maintainer).filter((m) => !!m))];
    if (maintainers.length > 0)
        out.push(`Maintainer: ${maintainers.map(oneLine).join(', ')}.`);
    if (issueKey) {
        const url = jiraUrl ? ` ${jiraUrl.replace(/\/+$/, '')}/browse/${issueKey}` : '';
        out.push(`Jira: ${issueKey}${url}`);
    }
    out.push('', `Commits (${f.commits.length}${f.moreCommits ? '+' : ''}):`);
    for (const c of f.commits) {
        out.push(`  ${(0,commit/* shortSha */.Fu)(c.sha)} ${oneLine(c.subject)} (${oneLine(`${c.committer.name} <${c.committer.email}>`)})`);
        const url = commitUrl(f, c.sha);
        if (url)
            out.push(`          ${url}`);
    }
    if (f.services.length > 0) {
        out.push('', 'Services:');
        for (const s of f.services) {
            out.push(`  ${oneLine(s.service)} (${oneLine(s.file)}), ${s.maintainer ? `maintainer ${oneLine(s.maintainer)}` : 'no maintainer named'}`);
        }
    }
    const plan = planLines(f);
    if (plan) {
        out.push('', 'Plan:');
        for (const l of plan)
            out.push(`  ${oneLine(l)}`);
    }
    out.push('', '-- ', "Sent by gitops-action for a failed deploy, by the policy's notify.email.");
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/notify/slack.ts

async function postMessage(apiUrl, token, channel, text, options) {
    const answer = await sendJson(`${apiUrl.replace(/\/+$/, '')}/chat.postMessage`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: { channel, text, unfurl_links: false },
        ...options,
    });
    let reply = {};
    try {
        reply = JSON.parse(answer.body);
    }
    catch { }
    if (answer.status !== 200 || reply.ok !== true) {
        throw new Error(`chat.postMessage to ${channel}: ${reply.error ?? `HTTP ${answer.status} ${excerpt(answer.body)}`}`);
    }
}
async function postWebhook(url, text, options) {
    const answer = await sendJson(url, { method: 'POST', headers: {}, body: { text }, ...options });
    if (answer.status !== 200) {
        // The webhook URL is the credential: never repeat it.
        throw new Error(`the incoming webhook answered ${answer.status}: ${excerpt(answer.body)}`);
    }
}

;// CONCATENATED MODULE: ./src/notify/failure.ts







/** The command that tells people again, once a channel that failed is fixed. */
function notifyAgainCommand(failed) {
    return `gitops-action notify --env ${failed.environment} --sha ${failed.sha.slice(0, 12)}`;
}
async function notifyFailure(req) {
    const repositoryUrl = req.repositoryUrl ??
        (req.env.GITHUB_SERVER_URL && req.env.GITHUB_REPOSITORY
            ? `${req.env.GITHUB_SERVER_URL}/${req.env.GITHUB_REPOSITORY}`
            : undefined);
    const facts = await gatherFailureFacts({
        git: req.git,
        config: req.config,
        failed: req.failed,
        reader: req.reader,
        runUrl: req.runUrl,
        repositoryUrl,
    });
    const ca = (0,jira_ca/* stashedExtraCa */.D)(req.env);
    const secureContext = ca.pem ? (0,transport/* trustWith */.hw)(ca.pem) : undefined;
    const timeoutMs = req.timeoutMs ?? 10_000;
    const jira = await toJira(req, facts, { timeoutMs, secureContext });
    const slack = await toSlack(req, facts, jira.issue, { timeoutMs, secureContext });
    const email = await toEmail(req, facts, jira.issue, { timeoutMs, ca: ca.pem });
    return [jira, slack, email];
}
async function toJira(req, facts, t) {
    const config = req.config.notify.jira;
    if (!config)
        return { channel: 'jira', status: 'skipped', detail: 'notify.jira is not configured' };
    const token = req.env.JIRA_TOKEN;
    if (!token) {
        return { channel: 'jira', status: 'failed', detail: 'JIRA_TOKEN is not set (and JIRA_USER, for Jira Cloud)' };
    }
    const client = new JiraIssues({ url: config.url, user: req.env.JIRA_USER || undefined, token, ...t });
    const label = failureLabel(facts.environment);
    try {
        const email = facts.head.committer.email;
        const match = await client.findAccount(email);
        const note = 'accountId' in match
            ? undefined
            : match.missing === 'hidden'
                ? `Jira hides the email of the account that may be ${email}, the committer of ${facts.head.sha.slice(0, 7)}; assign it by hand.`
                : match.missing === 'ambiguous'
                    ? `more than one Jira account has the email ${email}; assign it by hand.`
                    : `no Jira account has the email ${email}, the committer of ${facts.head.sha.slice(0, 7)}; assign it by hand.`;
        const open = await client.findOpenIssue(config.project, label);
        if (req.dryRun) {
            return {
                channel: 'jira',
                status: 'dry-run',
                detail: open
                    ? `would comment on ${open}`
                    : `would open an issue in ${config.project}${note ? ', unassigned' : ''}`,
                ...(open ? { issue: open } : {}),
            };
        }
        if (open) {
            await client.comment(open, repeatComment(facts, note));
            return { channel: 'jira', status: 'sent', detail: `commented on ${open}, the open failure issue`, issue: open };
        }
        const key = await client.createIssue({
            project: config.project,
            issueType: config['issue-type'],
            summary: issueSummary(facts),
            description: issueDescription(facts, note),
            labels: [...new Set([label, ...config.labels])],
            accountId: 'accountId' in match ? match.accountId : undefined,
        });
        const who = 'accountId' in match ? `assigned to the committer (${email})` : `unassigned: ${note}`;
        return { channel: 'jira', status: 'sent', detail: `opened ${key}, ${who}`, issue: key };
    }
    catch (err) {
        return { channel: 'jira', status: 'failed', detail: err.message };
    }
}
async function toSlack(req, facts, issue, t) {
    const config = req.config.notify.slack;
    if (!config)
        return { channel: 'slack', status: 'skipped', detail: 'notify.slack is false' };
    const channels = [...new Set([...facts.services.flatMap((s) => s.slack), ...config.channels])];
    const jiraUrl = req.config.notify.jira ? req.config.notify.jira.url : undefined;
    const text = slackText(facts, issue, jiraUrl);
    const token = req.env.SLACK_BOT_TOKEN;
    const webhook = req.env.SLACK_WEBHOOK_URL;
    if (!token && !webhook) {
        return { channel: 'slack', status: 'skipped', detail: 'neither SLACK_BOT_TOKEN nor SLACK_WEBHOOK_URL is set' };
    }
    if (token && channels.length === 0) {
        return {
            channel: 'slack',
            status: 'skipped',
            detail: 'no channel: the services name none in notify.slack, and notify.slack.channels is empty',
        };
    }
    if (req.dryRun) {
        return {
            channel: 'slack',
            status: 'dry-run',
            detail: token ? `would post to ${channels.join(', ')}` : 'would post to the incoming webhook',
        };
    }
    if (!token) {
        try {
            await postWebhook(webhook, text, t);
            return { channel: 'slack', status: 'sent', detail: 'posted to the incoming webhook' };
        }
        catch (err) {
            return { channel: 'slack', status: 'failed', detail: err.message };
        }
    }
    const sent = [];
    const failed = [];
    for (const channel of channels) {
        try {
            await postMessage(config['api-url'], token, channel, text, t);
            sent.push(channel);
        }
        catch (err) {
            failed.push(err.message);
        }
    }
    if (failed.length === 0)
        return { channel: 'slack', status: 'sent', detail: `posted to ${sent.join(', ')}` };
    return {
        channel: 'slack',
        status: 'failed',
        detail: `${sent.length > 0 ? `posted to ${sent.join(', ')}; ` : ''}${failed.join('; ')}`,
    };
}
async function toEmail(req, facts, issue, t) {
    const config = req.config.notify.email;
    if (!config)
        return { channel: 'email', status: 'skipped', detail: 'notify.email is not configured' };
    const { to, invalid } = recipients([...facts.services.flatMap((s) => s.email), ...config.to]);
    // An address that is not one is named (as JSON, so no control character reaches the output) and left out.
    const ignored = invalid.length > 0 ? `; not addresses, left out: ${invalid.map((a) => JSON.stringify(a)).join(', ')}` : '';
    if (to.length === 0) {
        return {
            channel: 'email',
            status: invalid.length > 0 ? 'failed' : 'skipped',
            detail: `no address: the services name none in notify.email, and notify.email.to is empty${ignored}`,
        };
    }
    const user = req.env.SMTP_USER;
    const password = req.env.SMTP_PASSWORD;
    if (!user !== !password) {
        return {
            channel: 'email',
            status: 'failed',
            detail: `${user ? 'SMTP_USER is set without SMTP_PASSWORD' : 'SMTP_PASSWORD is set without SMTP_USER'}; set both, or neither for a server that takes mail without login`,
        };
    }
    const server = `${config.host}:${config.port}`;
    if (req.dryRun) {
        return {
            channel: 'email',
            status: 'dry-run',
            detail: `would send to ${to.join(', ')} through ${server}${ignored}`,
        };
    }
    const jiraUrl = req.config.notify.jira ? req.config.notify.jira.url : undefined;
    try {
        const delivery = await sendEmail(config, user && password ? { user, password } : undefined, { to, subject: emailSubject(facts), text: emailText(facts, issue, jiraUrl) }, t);
        const sent = delivery.accepted.length > 0 ? `sent to ${delivery.accepted.join(', ')} through ${server}` : '';
        const refused = delivery.rejected.map((r) => `${r.address} refused: ${r.reply}`).join('; ');
        const detail = [sent, refused].filter(Boolean).join('; ') + ignored;
        return { channel: 'email', status: refused || invalid.length > 0 ? 'failed' : 'sent', detail };
    }
    catch (err) {
        // sendEmail's own errors are redacted already; anything else (the module failing to load) holds no secret.
        return { channel: 'email', status: 'failed', detail: `${err.message}${ignored}` };
    }
}


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

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gL: () => (/* binding */ clipText)
/* harmony export */ });
/* unused harmony exports SUMMARY_MAX_BYTES, COMMENT_MAX_CHARS, fitMarkdown */
/**
 * GitHub's limits on what the Action writes: a step's job summary is at most 1 MiB (a larger one
 * is refused and the step fails to upload it), an issue or pull request comment at most 65,536
 * characters (a larger one is a 422). Untrusted text (a 512k-character email, a million-line
 * commit message) must not turn a report into an error, so every report is fitted before it goes.
 */
const SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const COMMENT_MAX_CHARS = 65_536;
/** A single untrusted value shown in a report: at most `max` characters, marked when cut. */
function clipText(text, max) {
    const s = String(text);
    if (s.length <= max)
        return s;
    // Never split a surrogate pair: the half left behind would render as garbage.
    let end = max - 1;
    const code = s.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${s.slice(0, end)}…`;
}
/**
 * Markdown cut to at most `maxBytes` bytes of UTF-8 (so also at most that many characters), at a
 * line boundary, with any `<details>` left open closed and a last line saying that it was cut and
 * where the whole report is.
 */
function fitMarkdown(markdown, maxBytes, where) {
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
        return markdown;
    const tail = `\n\n_The report was cut here: it is longer than GitHub allows in ${where} (${formatSize(maxBytes)}). The whole report is in the job log._\n`;
    // Room for the tail and for closing every <details> that may be open.
    const budget = maxBytes - Buffer.byteLength(tail, 'utf8') - 64 * '\n</details>'.length;
    let kept = Buffer.from(markdown, 'utf8').subarray(0, Math.max(0, budget)).toString('utf8');
    // A cut inside a multi-byte character decodes to U+FFFD at the end; the line cut below drops it.
    const lastLine = kept.lastIndexOf('\n');
    kept = lastLine >= 0 ? kept.slice(0, lastLine) : '';
    const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
    const closes = '\n</details>'.repeat(Math.min(64, Math.max(0, open)));
    return `${kept}${closes}${tail}`;
}
function formatSize(bytes) {
    return bytes % 1024 === 0 && bytes >= 1024 * 1024
        ? `${bytes / 1024 / 1024} MiB`
        : `${bytes.toLocaleString('en-US')} characters`;
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony export redactResult */
/**
 * Removes credentials from text, in every form they come back in: as given, in any letter case
 * (a server that upper-cases what it echoes), URL-encoded, base64 (the `Authorization: Basic`
 * header is base64 of `user:token`), and base64url. Redaction must run before anything is cut
 * short: a cut can leave a secret's first characters, which no longer match the secret.
 */
class Redactor {
    forms = new Set();
    pattern;
    /** Secrets shorter than this are not redacted: they would blank out ordinary words. */
    static MIN_LENGTH = 6;
    constructor(secrets = []) {
        for (const s of secrets)
            this.add(s);
    }
    /** A secret, and the `user:secret` pair it forms a Basic credential with, when a user is given. */
    add(secret, user) {
        const value = secret?.trim();
        if (!value || value.length < Redactor.MIN_LENGTH)
            return this;
        const variants = [value];
        if (user?.trim())
            variants.push(`${user.trim()}:${value}`);
        for (const v of variants) {
            for (const form of [
                v,
                encodeURIComponent(v),
                encodeURI(v),
                Buffer.from(v, 'utf8').toString('base64'),
                Buffer.from(v, 'utf8').toString('base64').replace(/=+$/, ''),
                Buffer.from(v, 'utf8').toString('base64url'),
            ]) {
                if (form.length >= Redactor.MIN_LENGTH)
                    this.forms.add(form);
            }
        }
        this.pattern = undefined;
        return this;
    }
    get empty() {
        return this.forms.size === 0;
    }
    redact(text) {
        if (this.forms.size === 0 || !text)
            return text;
        if (!this.pattern) {
            // Longest first, so a Basic credential is replaced whole rather than around the token in it.
            const alternatives = [...this.forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
            this.pattern = new RegExp(alternatives.join('|'), 'gi');
        }
        return text.replace(this.pattern, '***');
    }
    /** Every string inside a JSON-like value, redacted; other values as they are. */
    redactDeep(value) {
        if (this.forms.size === 0)
            return value;
        return this.walk(value, new WeakMap());
    }
    walk(value, seen) {
        if (typeof value === 'string')
            return this.redact(value);
        if (value === null || typeof value !== 'object')
            return value;
        const known = seen.get(value);
        if (known !== undefined)
            return known;
        if (Array.isArray(value)) {
            const out = [];
            seen.set(value, out);
            for (const v of value)
                out.push(this.walk(v, seen));
            return out;
        }
        if (value instanceof Map) {
            const out = new Map();
            seen.set(value, out);
            for (const [k, v] of value)
                out.set(k, this.walk(v, seen));
            return out;
        }
        if (value instanceof Set) {
            const out = new Set();
            seen.set(value, out);
            for (const v of value)
                out.add(this.walk(v, seen));
            return out;
        }
        const out = {};
        seen.set(value, out);
        for (const [k, v] of Object.entries(value))
            out[k] = this.walk(v, seen);
        return out;
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * A check's result with every text that reaches a report redacted: findings (Jira's answers end up
 * in their messages), the Jira lookups, the plan, notes, and the commits' subjects and identities.
 * The doors call this once, before any report is cut or formatted. A commit's whole `message` is
 * left as it is: no report shows it, and it may be hundreds of megabytes.
 */
function redactResult(result, redactor) {
    if (redactor.empty)
        return result;
    const r = (text) => redactor.redact(text);
    const out = {
        ...result,
        ref: r(result.ref),
        refName: r(result.refName),
        findings: redactor.redactDeep(result.findings),
        configSource: r(result.configSource),
        notes: result.notes.map(r),
        commits: result.commits.map((c) => ({
            ...c,
            subject: r(c.subject),
            author: { ...c.author, name: r(c.author.name), email: r(c.author.email) },
            committer: { ...c.committer, name: r(c.committer.name), email: r(c.committer.email) },
        })),
    };
    if (result.plan)
        out.plan = redactor.redactDeep(result.plan);
    if (result.jira)
        out.jira = redactor.redactDeep(result.jira);
    if (result.skipReason !== undefined)
        out.skipReason = r(result.skipReason);
    if (result.version)
        out.version = redactor.redactDeep(result.version);
    if (result.baseline)
        out.baseline = redactor.redactDeep(result.baseline);
    return out;
}


/***/ }),

/***/ 1791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   by: () => (/* binding */ useColor),
/* harmony export */   iF: () => (/* binding */ style),
/* harmony export */   kJ: () => (/* binding */ terminalSafe)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Whether to colour, by the rules other CLIs follow, in this order:
 * - `NO_COLOR` set and not empty: never (https://no-color.org);
 * - `FORCE_COLOR`: `0` or `false` turns colour off, any other value (empty included) on, as Node
 *   and chalk read it;
 * - `TERM=dumb`: a terminal that cannot show escape sequences;
 * - otherwise only on a TTY.
 */
function useColor(stream = process.stdout, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined)
        return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
/**
 * Node's own `util.styleText` does the escape codes. It is told not to look at the stream itself
 * (`validateStream: false`): the door decided with `useColor`, which also reads `FORCE_COLOR=0`
 * and `TERM=dumb`, and which stream (stdout or stderr) is the one written to.
 */
const paint = (format) => (s) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(format, s, { validateStream: false });
function style(color) {
    if (!color) {
        const id = (s) => s;
        return { red: id, yellow: id, green: id, dim: id, bold: id };
    }
    return { red: paint('red'), yellow: paint('yellow'), green: paint('green'), dim: paint('dim'), bold: paint('bold') };
}
/**
 * Commit text is untrusted: an escape sequence in a subject must not repaint the user's terminal.
 * Control characters (but tab) are shown as `\xNN`.
 */
function terminalSafe(text) {
    return text.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** "1 commit", "2 commits", "0 errors": counts as people write them. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ })

};
;