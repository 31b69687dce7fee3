// False-positive classes met in Go infrastructure and identity repositories: a usage example in a field
// named for one (a Cobra command's `Example:`, a provider descriptor's `Example = '''`, a JSON Patch adding an
// API description's example). Values here are
// typed for the test.
import { describe, expect, it } from 'vitest';
import { genericSecretAssignment } from '../../../detectors/secrets/generic/generic-secret-assignment.js';
import type { Match } from '../../../src/types.js';

const strong = (path: string, text: string): Match[] => [...genericSecretAssignment.detect({ path, text })];

describe('generic-secret-assignment inside a field that holds a usage example', () => {
  it.each([
    ['cmd/login.go', 'cmd := &cobra.Command{\n\tUse: "login",\n\tExample: `{{ .CommandPath }} --client-id app --client-secret 8bSZb94xjhRs9L6OYmNWUfs0oCLMemgDCCf9Ks1I`,\n}\n'],
    ['providers/dns/acme/acme.toml', "Name = \"Acme DNS\"\nExample = '''\nACME_EMAIL=you@example.org \\\nACME_API_KEY=fed789e7941b975ef699ef1edab32874561d59d6ec7d \\\nlego run --dns acme\n'''\n"],
    ['.schema/openapi/patches/session.yaml', '- op: add\n  path: /paths/~1sessions~1whoami/get/parameters/1/example\n  value: app_session=rysLUgbf1ojXocV9sukKtmdQOhgtiU8bSZb94xjhRs9L6OYmNWUfs0oCLMemgDCCf9Ks1I\n'],
    ['cli/commands.py', 'help_text = dict(\n    example="""\n    tool push --api-token rysLUgbf1ojXocV9sukKtmdQOhgtiU\n    """,\n)\n'],
  ])('%s: reported as sample material', (path, text) => {
    const found = strong(path, text);
    expect(found).toHaveLength(1);
    expect(found[0]?.sample).toBe(true);
  });

  it.each([
    // the example string is closed before the value
    ['cmd/login.go', 'var c = &cobra.Command{\n\tExample: `app login`,\n}\nconst clientSecret = "8bSZb94xjhRs9L6OYmNWUfs0oCLMemgDCCf9Ks1I"\n'],
    ['providers/dns/acme/acme.toml', "Example = '''\nlego run --dns acme\n'''\n[Configuration]\nACME_API_KEY = \"fed789e7941b975ef699ef1edab32874561d59d6ec7d\"\n"],
    // a patch that sets a default, not an example
    ['.schema/openapi/patches/session.yaml', '- op: add\n  path: /components/schemas/session/default\n  value: app_session=rysLUgbf1ojXocV9sukKtmdQOhgtiU8bSZb94xjhRs9L6OYmNWUfs0oCLMemgDCCf9Ks1I\n'],
    // a field named otherwise
    ['cmd/login.go', 'var c = &cobra.Command{\n\tLong: `app login --client-secret 8bSZb94xjhRs9L6OYmNWUfs0oCLMemgDCCf9Ks1I`,\n}\n'],
  ])('%s: a plain finding', (path, text) => {
    const found = strong(path, text);
    expect(found).toHaveLength(1);
    expect(found[0]?.sample).toBeUndefined();
  });
});
