// The files `secret-hygiene init` writes: a starter config (JSON has no comments, so "$comment"
// keys explain each part) and a starter .secretsignore whose comments show every line form.

/** The starter config `init` writes: every key present with its default, explained in "$comment" keys. */
export function starterConfig(baselineFile: string): string {
  const config = {
    $comment: [
      'secret-hygiene configuration. JSON has no comments: keys starting with "$" are comments and are ignored.',
      'Command-line flags override this file (--detector, --policy, --fail-on, --[no-]fail-on-test-context, --max-file-size, --baseline).',
      'Paths to skip go in .secretsignore (or in "ignore" below); accepted findings live in the baseline file.',
    ],
    baseline: baselineFile,
    failOn: 'low',
    $failOnTestContext: 'false: findings in test, fixture, example and docs paths are reported (one severity lower) but never fail the gate.',
    failOnTestContext: true,
    maxFileSize: '10MiB',
    ignore: [],
    detectors: {
      $comment: [
        'disable: detector ids never to run. only: run just these ids (omit to run every detector).',
        'severity: { "detector-id": "critical" | "high" | "medium" | "low" } overrides a detector\'s severity.',
        'custom: your own detectors, e.g. { "id": "acme-api-key", "title": "ACME API key", "pattern": "\\\\b(acme_[a-z0-9]{32})\\\\b",',
        '  "keywords": ["acme_"], "severity": "high", "policy": "no-committed-credentials", "minEntropy": 3 }.',
        "Run 'secret-hygiene detectors' to list ids.",
      ],
      disable: [],
      severity: {},
      custom: [],
    },
    policies: {
      $comment: 'disable: policy ids never to check. only: check just these policies (omit to check all).',
      disable: [],
    },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The starter .secretsignore: no active rule, every line form shown in comments. */
export function starterIgnoreFile(): string {
  return `${[
    '# .secretsignore — what secret-hygiene should not report. One rule per line; "#" starts a comment.',
    '# Keep this file short and give a reason for every rule: a rule hides findings from everyone.',
    '#',
    '# Path rules (gitignore syntax, relative to this folder); matching files are never read:',
    '#   fixtures/                  a folder, at any depth',
    '#   /docs/examples/**          anchored at this folder',
    '#   *.snap                     by name, anywhere',
    '#   !fixtures/real-config.yml  negation: scan this file after all',
    '#',
    '# Silence one detector on some paths (ids from `secret-hygiene detectors`):',
    '#   generic-secret-assignment:test/**   # test data only',
    '#',
    '# Silence one finding wherever it appears (the fingerprint from a JSON or SARIF report):',
    '#   fingerprint:0123456789abcdef0123456789abcdef   # revoked key kept in a tutorial',
    '#',
    '# One line in code can also be allowed with a comment: `secret-hygiene:allow [detector-id]`.',
    '# Accepted existing findings belong in the baseline (.secrets-baseline.json), not here.',
    '',
  ].join('\n')}`;
}
