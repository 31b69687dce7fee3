// What the detectors cover, by kind of service and by vendor: `secret-hygiene detectors` prints it and
// the README's detector section quotes it. The kind is the folder a detector lives in; the vendor is
// the detector's own `vendor`, which every detector of a vendor kind names
// (test/detectors/catalogue.test.ts): fingerprints rely on it (src/engine/finding.ts).
import type { Detector } from '../src/types.js';
import { dockerDetectors } from './docker/index.js';
import { fileDetectors } from './files/index.js';
import { logDetectors } from './logs/index.js';
import { aiDetectors } from './secrets/ai/index.js';
import { ciAndDevToolsDetectors } from './secrets/ci-and-dev-tools/index.js';
import { cloudDetectors } from './secrets/cloud/index.js';
import { communicationsDetectors } from './secrets/communications/index.js';
import { dataDetectors } from './secrets/data/index.js';
import { genericDetectors } from './secrets/generic/index.js';
import { passwordHashDetectors } from './secrets/hashes/index.js';
import { paymentsDetectors } from './secrets/payments/index.js';
import { registriesDetectors } from './secrets/registries/index.js';
import { saasDetectors } from './secrets/saas/index.js';
import { storeDetectors } from './secrets/stores/index.js';
import { tlsDetectors } from './tls/index.js';

/** Kinds whose detectors belong to a vendor; the others find credentials by shape, slot or file. */
const VENDOR_KINDS = ['cloud', 'ci-and-dev-tools', 'registries', 'payments', 'communications', 'ai', 'data', 'saas'] as const;

const KINDS: readonly (readonly [string, readonly Detector[]])[] = [
  ['cloud', cloudDetectors],
  ['ci-and-dev-tools', ciAndDevToolsDetectors],
  ['registries', registriesDetectors],
  ['payments', paymentsDetectors],
  ['communications', communicationsDetectors],
  ['ai', aiDetectors],
  ['data', dataDetectors],
  ['saas', saasDetectors],
  ['generic', genericDetectors],
  ['password-hashes', passwordHashDetectors],
  ['credential-stores', storeDetectors],
  ['credential-files', fileDetectors],
  ['logs', logDetectors],
  ['docker', dockerDetectors],
  ['tls', tlsDetectors],
];

export interface CatalogueEntry {
  readonly kind: string;
  readonly vendor?: string;
}

let kindOf: Map<string, string> | undefined;

/**
 * The kind and vendor of a detector. By id, not by object: the built CLI's catalogue holds its own
 * descriptions of the built-in detectors (detectors/lazy.ts), and custom detectors' ids never take a
 * built-in's (src/config).
 */
export function catalogueEntry(detector: Detector): CatalogueEntry {
  kindOf ??= new Map(KINDS.flatMap(([kind, list]) => list.map((d) => [d.id, kind] as const)));
  const kind = kindOf.get(detector.id) ?? 'custom';
  return detector.vendor !== undefined && (VENDOR_KINDS as readonly string[]).includes(kind) ? { kind, vendor: detector.vendor } : { kind };
}

export interface CatalogueSummary {
  readonly detectors: number;
  readonly byPolicy: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, number>>;
  /** Distinct vendors with at least one detector. */
  readonly vendors: number;
}

export function summarize(list: readonly Detector[]): CatalogueSummary {
  const byPolicy: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const vendors = new Set<string>();
  for (const d of list) {
    byPolicy[d.policy] = (byPolicy[d.policy] ?? 0) + 1;
    const { kind, vendor } = catalogueEntry(d);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    if (vendor) vendors.add(vendor.toLowerCase());
  }
  return { detectors: list.length, byPolicy, byKind, vendors: vendors.size };
}
