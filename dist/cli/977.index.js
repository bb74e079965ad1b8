"use strict";
exports.id = 977;
exports.ids = [977];
exports.modules = {

/***/ 6977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _notify_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4790);
/* harmony import */ var _policy_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8218);
/* harmony import */ var _record_git_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2713);
/* harmony import */ var _report_style_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1791);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(610);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(776);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9912);








const spec = {
    name: 'notify',
    summary: 'tell people about a failed deploy (what `record --status failure` does)',
    options: {
        env: { type: 'string', value: 'NAME', description: 'the environment whose failure to announce (required)' },
        sha: {
            type: 'string',
            value: 'SHA',
            description: 'the failed deploy of this commit',
            defaultText: 'the newest failure in the record',
        },
        'run-url': { type: 'string', value: 'URL', description: 'the run to link, when the record has none' },
        'repository-url': {
            type: 'string',
            value: 'URL',
            description: "the repository's web page, for commit links",
            defaultText: 'from GITHUB_SERVER_URL and GITHUB_REPOSITORY when set',
        },
        config: {
            type: 'string',
            value: 'FILE',
            description: 'a policy file on disk, as it stands',
            defaultText: '.gitops.yml from the default branch',
        },
        'dry-run': {
            type: 'boolean',
            description: 'look up the assignee and the open issue, say what would be sent, send nothing',
        },
    },
    examples: [
        'JIRA_USER=ci@example.com JIRA_TOKEN=... SLACK_BOT_TOKEN=... gitops-action notify --env production',
        'gitops-action notify --env staging --sha 1a2b3c4 --dry-run',
    ],
    notes: [
        `What is sent, by the policy's notify: block (see docs/metrics.md, "Failure notifications"):
  Jira   one issue per failing environment, assigned to the committer of the failed head commit;
         a later failure comments on the open issue (label gitops-failure-<env>).
         Credentials: JIRA_USER + JIRA_TOKEN (Cloud), or JIRA_TOKEN alone (Data Center).
  Slack  the affected services' notify.slack channels, naming their maintainer:
         SLACK_BOT_TOKEN (chat.postMessage to each channel) or SLACK_WEBHOOK_URL (the webhook's channel).
  Email  the affected services' notify.email addresses plus notify.email.to, one plain-text mail by SMTP
         (notify.email.host, port, tls, from); SMTP_USER + SMTP_PASSWORD when the server needs a login.`,
        'Exit codes: 0 every configured channel was told (or skipped), 1 a channel failed (the others were still tried), 2 usage or configuration error.',
    ],
};
const run = async (argv, io) => {
    const parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommand */ .RM)(spec, argv, io.stdout);
    if (!parsed)
        return _main_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    const values = parsed.values;
    if (!values.env)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('notify needs --env NAME', 'Name the environment whose deploy failed: --env production.');
    (0,_record_git_store_js__WEBPACK_IMPORTED_MODULE_3__/* .assertEnvironmentName */ .vC)(values.env);
    const git = (0,_repo_js__WEBPACK_IMPORTED_MODULE_7__/* .openRepository */ .h)(io.cwd);
    const reader = (0,_record_git_store_js__WEBPACK_IMPORTED_MODULE_3__/* .gitRecordReader */ .j5)(git);
    const history = await reader.history(values.env);
    const sha = values.sha !== undefined ? git.revParse(values.sha) : undefined;
    const failed = history.find((d) => d.status === 'failure' && (sha === undefined || d.sha === sha));
    if (!failed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`no failed deploy of ${values.env}${sha ? ` at ${sha.slice(0, 7)}` : ''} is recorded`, 'Record it first: gitops-action record --env NAME --status failure --sha SHA.');
    }
    const config = await (0,_policy_check_js__WEBPACK_IMPORTED_MODULE_2__/* .loadTrustedConfig */ .C)({ git, configPath: values.config });
    const outcomes = await (0,_notify_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .notifyFailure */ .k)({
        git,
        config,
        failed,
        reader,
        env: io.env,
        runUrl: values['run-url'],
        repositoryUrl: values['repository-url'],
        dryRun: values['dry-run'],
    });
    io.stdout.write(`Failed deploy of ${values.env}: ${failed.sha.slice(0, 7)} at ${failed.at}\n`);
    for (const o of outcomes)
        io.stdout.write(`  ${o.channel}: ${o.status}: ${(0,_report_style_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalSafe */ .kJ)(o.detail)}\n`);
    return outcomes.some((o) => o.status === 'failed') ? _main_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.blocked : _main_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
};
run.spec = spec;


/***/ })

};
;