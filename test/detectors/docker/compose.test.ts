import { describe, expect, it } from 'vitest';
import { composePrivileged, composeRootUser, composeSecretEnvironment } from '../../../detectors/docker/compose.js';
import type { Detector } from '../../../src/types.js';

function found(detector: Detector, lines: readonly string[]): string[] {
  const text = lines.join('\n');
  return [...detector.detect({ path: 'docker-compose.yml', text })].map((m) => {
    const line = text.slice(0, m.start).split('\n').length;
    return `${line}:${text.slice(m.start, m.end)}`;
  });
}

describe('compose detectors', () => {
  const file = [
    'version: "3.9"', // 1
    'x-common: &common', // 2
    '  user: root', // 3  not a service
    'services:', // 4
    '  # the API', // 5
    '  api:', // 6
    '    image: app', // 7
    '    user: "0:0"', // 8
    '    environment:', // 9
    '      - NODE_ENV=production', // 10
    '      - "DB_PASSWORD=nLXG7byyUbirF7bn"', // 11
    '      - API_KEY=${API_KEY}', // 12
    '      - SESSION_SECRET # passed through', // 13
    '    command: |', // 14
    '      user: root', // 15  inside a block scalar
    '  worker:', // 16
    '    privileged: true', // 17
    '    user: app', // 18
    '    environment:', // 19
    "      JWT_SECRET: 'RAIWhCDlXnXItpSy4LD3X3Yjoq1871qb' # rotate me", // 20
    '      REDIS_URL: redis://cache:6379', // 21
    '      user: root', // 22  an environment variable named user
    '  db:', // 23
    '    user: root:root', // 24
    '    privileged: false', // 25
    'volumes:', // 26
    '  data:', // 27
    '    user: root', // 28  not a service
  ];

  it('reports root users per service', () => {
    expect(found(composeRootUser, file)).toEqual(['8:0:0', '24:root:root']);
  });

  it('reports privileged services', () => {
    expect(found(composePrivileged, file)).toEqual(['17:true']);
  });

  it('reports literal secrets in list and map environments', () => {
    expect(found(composeSecretEnvironment, file)).toEqual(['11:nLXG7byyUbirF7bn', '20:RAIWhCDlXnXItpSy4LD3X3Yjoq1871qb']);
  });

  it('follows four-space indentation and CRLF line ends', () => {
    const text = 'services:\r\n    web:\r\n        user: root\r\n        environment:\r\n            - DB_PASS=Tr7kQ2mvX9pL\r\n';
    expect([...composeRootUser.detect({ path: 'compose.yaml', text })].length).toBe(1);
    expect([...composeSecretEnvironment.detect({ path: 'compose.yaml', text })].map((m) => m.secret)).toEqual(['Tr7kQ2mvX9pL']);
  });

  it('is linear on 1 MiB of environment entries', () => {
    const entry = '      - API_KEY=${API_KEY}\n      PASSWORD: changeme\n';
    const text = 'services:\n  api:\n    environment:\n' + entry.repeat(Math.ceil((1 << 20) / entry.length));
    const t = performance.now();
    expect([...composeSecretEnvironment.detect({ path: 'compose.yml', text })]).toEqual([]);
    const ms = performance.now() - t;
    console.log(`compose-secret-environment on 1 MiB: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(1500); // linear: about 100 ms; quadratic bookkeeping per service took 9 s
  });
});
