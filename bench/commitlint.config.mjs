// The peer's rule set for the benchmarks: config-conventional, as its users run it.
export default { extends: ['@commitlint/config-conventional'] };
