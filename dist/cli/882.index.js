export const id = 882;
export const ids = [882];
export const modules = {

/***/ 3882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   versionCommand: () => (/* binding */ versionCommand)
/* harmony export */ });
/* harmony import */ var _policy_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7353);
/* harmony import */ var _semver_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7027);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8455);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2541);




/** `version [--ref REV]`: the semver version git-flow gives the ref. */
async function versionCommand(args, io) {
    const git = (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h)(io.cwd);
    const rev = args.ref ?? 'HEAD';
    const sha = git.revParse(rev);
    const config = (0,_policy_check_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTrustedConfig */ .CT)({ git, from: sha, configPath: args.config });
    // With --ref the versioning derives the branch from the name itself; without it, HEAD's branch counts.
    const result = (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .computeVersion */ .E)(git, {
        ref: rev,
        branch: args.ref === undefined ? git.currentBranch() : undefined,
        config: config.versioning,
    });
    if (args.format === 'json') {
        io.stdout.write(`${JSON.stringify({
            version: result.version,
            'previous-version': result.previousVersion,
            bump: result.bump,
            tag: result.tag,
            source: result.source,
            branch: result.branch,
            sha: result.sha,
            'commits-since-base': result.commitsSinceBase,
        }, null, 2)}\n`);
    }
    else {
        io.stdout.write(`${result.version}\n`);
    }
    return _main_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
}


/***/ })

};
