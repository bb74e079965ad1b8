export const id = 745;
export const ids = [745];
export const modules = {

/***/ 5745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_START_LOOKUPS: () => (/* binding */ MAX_START_LOOKUPS),
/* harmony export */   pullRequestStarts: () => (/* binding */ pullRequestStarts)
/* harmony export */ });
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);

/**
 * The most commits asked about their pull requests for the lead time in one run: each costs one
 * call, and a second when it is a squash merge. The newest come first; the rest keep their
 * commit's author time, and the report says so.
 */
const MAX_START_LOOKUPS = 50;
/**
 * For the lead time of squash and rebase merges: a squash commit's author time is when the pull
 * request was merged, so the change would look a few minutes old. For each candidate (single-
 * parent commits on the deployed first-parent line, see src/metrics/squash-candidates.ts),
 * GitHub names the pull request it came from (`GET /repos/{o}/{r}/commits/{sha}/pulls`); when
 * that pull request was merged as this very commit (`merge_commit_sha`: a squash, or a rebase
 * merge's last commit), the first page of its commits (`GET /repos/{o}/{r}/pulls/{n}/commits`,
 * oldest first) gives the earliest author date, which becomes the change's start.
 */
async function pullRequestStarts(api, candidates, limit = MAX_START_LOOKUPS) {
    const starts = new Map();
    const notes = [];
    for (const sha of candidates.slice(0, limit)) {
        try {
            const { data: pulls } = await api.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { commit_sha: sha, per_page: 100 }, `the pull requests of commit ${sha.slice(0, 12)}`);
            const pull = pulls.find((p) => p.merged_at && p.merge_commit_sha === sha);
            if (!pull)
                continue;
            const { data: commits } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { pull_number: pull.number, per_page: 100 }, `the commits of pull request #${pull.number}`);
            const times = commits.map((c) => Date.parse(c.commit.author?.date ?? '')).filter((t) => !Number.isNaN(t));
            if (times.length > 0)
                starts.set(sha, Math.min(...times));
        }
        catch (err) {
            if (!(err instanceof _github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS) || (err.status !== 403 && err.status !== 404))
                throw err;
            notes.push(`GitHub answered ${err.status} when asked for a commit's pull request, so squash merges start at their commit time: give the job \`permissions: pull-requests: read\`.`);
            return { starts, notes };
        }
    }
    if (candidates.length > limit) {
        notes.push(`The pull requests of the ${limit} newest of ${candidates.length} commits that may be squash merges were looked up (at most ${limit} a run); the others start at their commit time.`);
    }
    return { starts, notes };
}


/***/ })

};
