"use strict";
exports.id = 204;
exports.ids = [204];
exports.modules = {

/***/ 7204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prePush: () => (/* binding */ prePush),
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(610);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(776);


const spec = {
    name: 'pre-push',
    summary: "git's pre-push hook: checks each pushed ref before it leaves (refs that deploy get the whole policy)",
    positionals: [
        { name: 'REMOTE', description: "the remote's name, as git passes it" },
        { name: 'URL', description: "the remote's URL, as git passes it" },
    ],
    options: {
        config: {
            type: 'string',
            value: 'FILE',
            description: 'a policy file on disk, as it stands',
            defaultText: ".gitops.yml from the branch's remote state",
        },
    },
    examples: [
        'gitops-action pre-push "$@"              # the line in .husky/pre-push (git writes the refs on stdin)',
        'echo "refs/heads/main $(git rev-parse HEAD) refs/heads/main $(git rev-parse origin/main)" | gitops-action pre-push origin url',
    ],
    notes: [
        'Reads git\'s lines "<local ref> <local sha> <remote ref> <remote sha>" on stdin. Exit 1 stops the push; `git push --no-verify` skips the hook once.',
    ],
};
const prePush = async (argv, io) => {
    const parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommand */ .RM)(spec, argv, io.stdout);
    if (!parsed)
        return _main_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
    const { prePushCommand } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(912), __webpack_require__.e(39), __webpack_require__.e(218), __webpack_require__.e(75), __webpack_require__.e(282)]).then(__webpack_require__.bind(__webpack_require__, 7282));
    return prePushCommand({ positionals: parsed.positionals, config: parsed.values.config }, io);
};
prePush.spec = spec;


/***/ })

};
;