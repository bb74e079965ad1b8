import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { removeTestDirs, TEST_ENV, TestRepo } from './repo.js';

describe('tests leave no temporary folders behind', () => {
  it('every test process (and what it spawns) writes under the run’s own folder, removed at the end', () => {
    expect(tmpdir()).toMatch(/gitops-test-run-[^/]+$/);
    expect(TEST_ENV.TMPDIR).toBe(tmpdir());
  });

  it('a test file removes the repositories it made', () => {
    const repo = TestRepo.create();
    expect(repo.dir.startsWith(tmpdir())).toBe(true);
    expect(existsSync(repo.dir)).toBe(true);
    removeTestDirs();
    expect(existsSync(repo.dir)).toBe(false);
    expect(existsSync(TEST_ENV.HOME!)).toBe(false);
  });
});
