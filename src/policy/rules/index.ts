import type { Rule } from '../rule.js';
import { branches } from './branches.js';
import { committers } from './committers.js';
import { destructive } from './destructive.js';
import { jira } from './jira.js';
import { policyChange } from './policy-change.js';
import { promoteFrom } from './promote-from.js';
import { skipDeploy } from './skip-deploy.js';

/** Every rule, by its name in `.gitops.yml`. A test checks this against the files in this folder. */
export const RULES: readonly Rule[] = [skipDeploy, committers, jira, destructive, branches, promoteFrom, policyChange];
