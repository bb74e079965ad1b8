import { main } from './main.js';

// Bundled as CommonJS (see launcher.cjs), so no top-level await.
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
  process.exitCode = code;
});
