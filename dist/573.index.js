export const id = 573;
export const ids = [573];
export const modules = {

/***/ 2573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSince: () => (/* binding */ parseSince),
/* harmony export */   parseTime: () => (/* binding */ parseTime)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * `--since`: a length back from `--until` (`90d`, `12w`, `6m` for 30-day months, `1y` for 365
 * days) or a date (`2026-01-01`, or a full ISO 8601 time). Returns epoch milliseconds.
 */
function parseSince(text, until) {
    const m = /^(\d{1,5})([dwmy])$/.exec(text.trim());
    if (m) {
        const days = Number(m[1]) * { d: 1, w: 7, m: 30, y: 365 }[m[2]];
        if (days === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`--since ${text} is an empty window`, 'Give at least one day, e.g. --since 90d.');
        return until - days * 86_400_000;
    }
    return parseTime(text, '--since');
}
/** `--until`: a date or an ISO 8601 time; a bare date means the end of that day (UTC). */
function parseTime(text, option) {
    const t = text.trim();
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(t) ? Date.parse(`${t}T00:00:00Z`) : Date.parse(t);
    if (!/^\d{4}-\d{2}-\d{2}/.test(t) || Number.isNaN(ms)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${option} ${JSON.stringify(text)} is neither a length like 90d nor a date`, `Give ${option} as 90d, 12w, 6m, 1y, or a date such as 2026-01-01.`);
    }
    return ms;
}


/***/ })

};
