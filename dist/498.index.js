export const id = 498;
export const ids = [498];
export const modules = {

/***/ 8498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  announceFailure: () => (/* binding */ announceFailure)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/jira/ca.ts

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
        return { pem: (0,external_node_fs_.readFileSync)(file, 'utf8') };
    }
    catch (error) {
        return { problem: `${STASHED_CA_ENV} (from NODE_EXTRA_CA_CERTS) could not be read: ${error.message}` };
    }
}

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
    const ca = stashedExtraCa(req.env);
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

// EXTERNAL MODULE: ./src/policy/policy-source.ts + 1 modules
var policy_source = __webpack_require__(1389);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/action/default-branch.ts
var default_branch = __webpack_require__(7936);
// EXTERNAL MODULE: ./src/action/deployments.ts
var deployments = __webpack_require__(5510);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(3566);
;// CONCATENATED MODULE: ./src/action/record-notify.ts








/** The secrets a notice may use: masked in the log before anything can print them. */
const SECRETS = ['JIRA_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_WEBHOOK_URL', 'SMTP_PASSWORD'];
/**
 * `mode: record` with a new failure: tells people, as `gitops-action record --status failure` does,
 * by the notify: block of the default branch's policy (never the deployed commit's: a failed deploy
 * may be the very change that turned notices off). The record is written either way: a missing
 * checkout, a policy that cannot be read, or a channel that fails is a warning, never a failed step.
 * Returns each channel's outcome, or undefined when nothing was tried.
 */
async function announceFailure(req) {
    const { env, failed } = req;
    for (const name of SECRETS)
        if (env[name])
            core/* setSecret */.Pq(env[name]);
    const retry = notifyAgainCommand(failed);
    const git = new git_git/* Git */.TU(env.GITHUB_WORKSPACE || process.cwd());
    if (!git.isRepository()) {
        core/* warning */.$e(`the failure is recorded, but nobody was told: the workspace is not a git repository, so the policy's notify: block cannot be read. Add actions/checkout (fetch-depth: 0) before this step, or run ${retry} where the repository is checked out.`);
        return undefined;
    }
    let outcomes;
    try {
        const name = await (0,default_branch/* defaultBranchName */.p)((0,action_event/* readPayload */.rD)((0,action_event/* eventSourceFromEnv */.hI)(env)), req.github);
        const ref = (0,default_branch/* ensureRemoteDefaultBranch */.M)(git, name);
        const config = await (0,policy_source/* loadTrustedConfig */.C)({
            git,
            trustedRefs: [ref],
            configPath: req.settings.configExplicit ? req.settings.config : undefined,
            configFromRef: true,
            policyCache: false,
        });
        const { jira, slack, email } = config.notify;
        if (!jira && !slack && !email) {
            core/* info */.pq('No notify: channel is set in the policy; nobody was told of the failure.');
            return undefined;
        }
        const notes = [];
        const reader = new deployments/* GitHubDeployments */.Cn({ git, github: req.github, notes });
        outcomes = await notifyFailure({ git, config, failed, reader, env, runUrl: req.runUrl });
        for (const note of notes)
            core/* warning */.$e(note);
    }
    catch (err) {
        core/* warning */.$e((0,markdown/* neutraliseInvisible */.e)(`the failure is recorded, but nobody was told: ${err instanceof Error ? err.message : String(err)}. Once that is fixed, run ${retry}.`));
        return undefined;
    }
    for (const o of outcomes) {
        const line = (0,markdown/* neutraliseInvisible */.e)(`notify ${o.channel}: ${o.status}: ${o.detail}`);
        if (o.status === 'failed')
            core/* warning */.$e(`${line}. Once that is fixed, run ${retry}.`);
        else
            core/* info */.pq(line);
    }
    return outcomes;
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
