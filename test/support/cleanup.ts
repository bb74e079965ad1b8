import { afterAll } from 'vitest';
import { removeTestDirs } from './repo.js';

// Each test file removes the repositories it made once its tests are done (see test/support/repo.ts).
afterAll(() => removeTestDirs());
