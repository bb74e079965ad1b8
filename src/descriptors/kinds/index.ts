import type { DestructiveKind } from '../../config/types.js';
import { firewallNarrowed } from './firewall-narrowed.js';
import { firewallWidened } from './firewall-widened.js';
import { healthcheckRemoved } from './healthcheck-removed.js';
import { limitsExceeded } from './limits-exceeded.js';
import { portOpened } from './port-opened.js';
import { serviceRemoved } from './service-removed.js';
import type { KindCheck } from './types.js';
import { versionDowngrade } from './version-downgrade.js';

/**
 * The destructive kinds, one module each, named as the kind: "where is port-opened decided" is
 * `kinds/port-opened.ts`. The order is the order findings of one object are listed in.
 */
export const KIND_CHECKS: Record<DestructiveKind, KindCheck> = {
  'service-removed': serviceRemoved,
  'version-downgrade': versionDowngrade,
  'port-opened': portOpened,
  'firewall-widened': firewallWidened,
  'firewall-narrowed': firewallNarrowed,
  'limits-exceeded': limitsExceeded,
  'healthcheck-removed': healthcheckRemoved,
};
