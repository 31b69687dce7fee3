// The catalogue `secret-hygiene detectors` prints: every detector has a kind, every vendor detector a vendor.
import { describe, expect, it } from 'vitest';
import { catalogueEntry, summarize } from '../../detectors/catalogue.js';
import { allDetectors } from '../../detectors/index.js';

describe('detector catalogue', () => {
  it('places every detector in a kind, and every detector of a vendor kind names its vendor', () => {
    const vendorKinds = new Set(['cloud', 'ci-and-dev-tools', 'registries', 'payments', 'communications', 'ai', 'data', 'saas']);
    for (const d of allDetectors) {
      const { kind, vendor } = catalogueEntry(d);
      expect(kind, d.id).not.toBe('custom');
      // the detector's own field: fingerprints read it (a vendor's secrets are generated, not chosen)
      if (vendorKinds.has(kind)) {
        expect(d.vendor, d.id).toMatch(/^\S(.*\S)?$/);
        expect(vendor).toBe(d.vendor);
      } else {
        expect(vendor, d.id).toBeUndefined();
      }
    }
  });

  it('names vendors as their users write them', () => {
    const byId = new Map(allDetectors.map((d) => [d.id, catalogueEntry(d).vendor]));
    expect(byId.get('datadog-api-key')).toBe('Datadog');
    expect(byId.get('aws-access-key-id')).toBe('AWS');
    expect(byId.get('azure-storage-account-key')).toBe('Microsoft Azure');
    expect(byId.get('phpmailer-smtp-password')).toBe('PHPMailer');
    expect(byId.get('private-key')).toBeUndefined();
  });

  it('counts by policy and kind add up to the list', () => {
    const s = summarize(allDetectors);
    expect(Object.values(s.byPolicy).reduce((a, b) => a + b, 0)).toBe(allDetectors.length);
    expect(Object.values(s.byKind).reduce((a, b) => a + b, 0)).toBe(allDetectors.length);
    expect(s.vendors).toBeGreaterThan(50);
  });
});
