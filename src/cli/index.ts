import { EXIT, main } from './main.js';

// Bundled as CommonJS (see launcher.cjs), so no top-level await. That also means node would exit
// 0 if the command's promise never settled (an ES module would exit 13): a push must never pass
// that way, so an unsettled run ends as an internal error.
let settled = false;
process.on('exit', () => {
  if (settled) return;
  process.stderr.write('gitops-action: internal error: the command ended without an answer\n');
  process.exitCode = EXIT.internal;
});

void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // A getter: creating process.stdin costs start-up, and only pre-push may need it.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
}).then((code) => {
  settled = true;
  process.exitCode = code;
});
