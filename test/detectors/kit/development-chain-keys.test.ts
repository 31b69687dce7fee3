// The development accounts of local Ethereum chains (Hardhat, Anvil) are published stand-ins: every detector
// that asks isStandIn lets them be, in any spelling, while a random key of the same shape is still reported.
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_CHAIN_KEYS, isDevelopmentChainKey, isStandIn } from '../../../detectors/kit/placeholders.js';
import { genericSecretAssignment } from '../../../detectors/secrets/generic/generic-secret-assignment.js';
import { secp256k1PrivateKey } from '../../../detectors/secrets/generic/wallet-keys.js';
import { randomRun } from '../../helpers/random.js';

const HEX = '0123456789abcdef';

describe('development chain keys', () => {
  const published = [...DEVELOPMENT_CHAIN_KEYS];

  it('lists the twenty keys Hardhat prints, 64 lowercase hex digits each', () => {
    expect(published).toHaveLength(20);
    for (const k of published) expect(k).toMatch(/^[0-9a-f]{64}$/);
  });

  it('knows them with or without 0x and in either case', () => {
    for (const k of published) {
      expect(isDevelopmentChainKey(k)).toBe(true);
      expect(isDevelopmentChainKey(`0x${k}`)).toBe(true);
      expect(isStandIn(`0x${k.toUpperCase()}`)).toBe(true);
    }
    expect(isDevelopmentChainKey(`0x${published[0]}0`)).toBe(false);
  });

  it('does not take a random key for one', () => {
    for (let seed = 1; seed <= 50; seed++) expect(isDevelopmentChainKey(randomRun(HEX, 64, seed))).toBe(false);
  });

  it('lets the generic and wallet detectors pass them, and still report a random key', () => {
    const run = (key: string) => {
      const text = `DEPLOYER_PRIVATE_KEY = "0x${key}"\nwallet = Wallet("${key}")\n`;
      const input = { path: 'scripts/deploy.py', text };
      return [...genericSecretAssignment.detect(input), ...secp256k1PrivateKey.detect(input)].length;
    };
    for (const k of published) expect(run(k), k.slice(0, 6)).toBe(0);
    expect(run(`7${randomRun(HEX, 63, 4242)}`)).toBeGreaterThan(0);
  });
});
