"use strict";
exports.id = 81;
exports.ids = [81];
exports.modules = {

/***/ 8081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitMsg: () => (/* binding */ commitMsg),
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(610);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(776);


const spec = {
    name: 'commit-msg',
    summary: "git's commit-msg hook: the message rules (Jira keys) before the commit exists",
    positionals: [
        {
            name: 'FILE',
            description: 'the file holding the proposed message (git passes .git/COMMIT_EDITMSG)',
            required: true,
        },
    ],
    options: {
        config: {
            type: 'string',
            value: 'FILE',
            description: 'a policy file on disk, as it stands',
            defaultText: '.gitops.yml from the trusted ref',
        },
    },
    examples: [
        'gitops-action commit-msg "$1"                # the line in .husky/commit-msg',
        'echo "OPS-12: fix the probe" > /tmp/msg && gitops-action commit-msg /tmp/msg',
    ],
    notes: [
        'When any environment requires Jira keys, every commit on every branch is asked for one here, where the fix is a re-typed message rather than a rebase later. Exit 1 refuses the commit and keeps the message.',
    ],
};
const commitMsg = async (argv, io) => {
    const parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommand */ .RM)(spec, argv, io.stdout);
    if (!parsed)
        return _main_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
    const { commitMsgCommand } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(912), __webpack_require__.e(39), __webpack_require__.e(218), __webpack_require__.e(485)]).then(__webpack_require__.bind(__webpack_require__, 6485));
    return commitMsgCommand({ positionals: parsed.positionals, config: parsed.values.config }, io);
};
commitMsg.spec = spec;


/***/ })

};
;