// False-positive classes met in application repositories (PHP, Ruby, Rust): a token shown in a comment's
// example, a decoy bcrypt hash passed to a verify call for constant timing, a sample account whose password is
// its email's name, a project's `.docker/` assets folder. Values here are typed for the test.
import { describe, expect, it } from 'vitest';
import { genericSecretAssignment } from '../../../detectors/secrets/generic/generic-secret-assignment.js';
import { loggingCallSecret } from '../../../detectors/logs/logging-call-secret.js';
import { dockerfileCopiesSecretFile } from '../../../detectors/docker/copies-secret-file.js';
import { passwordHashBcrypt } from '../../../detectors/secrets/hashes/bcrypt.js';
import { urlCredentials } from '../../../detectors/secrets/generic/url-credentials.js';
import type { Match } from '../../../src/types.js';

const strong = (path: string, text: string): Match[] => [...genericSecretAssignment.detect({ path, text })];

describe('generic-secret-assignment in a comment that shows an example', () => {
  it.each([
    ['src/Model/Payload.php', ' * Example: {"type":"shop","url":"https://127.0.0.1:8000","token":"9fq2c7e1bd84a0e6c3f5d27ab"}\n'],
    ['src/client.ts', '// e.g. api_key = "Ej8WqZM4GV8a6LpxDJJs4LuL6IKZ"\n'],
    ['config/app.yml', '# for example: secret_key: Ej8WqZM4GV8a6LpxDJJs4LuL6IKZ\n'],
    ['idp/acme.go', '// GetToken\n/*\n{\n    "code": 0,\n    "data": {\n        "access_token": "Qm7vX2kLp9RtZ4wN8cYb3HfJ6dGs",\n        "expires_in": 7200\n    }\n}\n*/\nfunc GetToken() {}\n'],
    ['roles/ddns/defaults/main.yml', 'ddns_settings: []\n#   - provider: namecheap\n#     domain: example.org\n#     host: "@"\n#     password: 8c1f4e9a27b35d60e4a1c9f2b7d3e850\n'],
    // a JSON document commented out line by line: a push subscription's shape above the code that reads it
    ['push/subscription.py', '    # Format:\n    # {\n    #     "endpoint": "https://fcm.googleapis.com/fcm/send/c1",\n    #     "keys": {\n    #         "auth": "Qm7vX2kLp9RtZ4wN8cYb3H==",\n    #     }\n    # }\n'],
  ])('%s: reported as sample material', (path, text) => {
    const found = strong(path, text);
    expect(found).toHaveLength(1);
    expect(found[0]?.sample).toBe(true);
  });

  it.each([
    ['src/Model/Payload.php', ' * The token: {"token":"9fq2c7e1bd84a0e6c3f5d27ab"}\n'],
    ['config/app.yml', '# for example.com: secret_key: Ej8WqZM4GV8a6LpxDJJs4LuL6IKZ\n'],
    ['config/app.yml', 'secret_key: Ej8WqZM4GV8a6LpxDJJs4LuL6IKZ # example\n'],
    ['idp/acme.go', '/*\n{\n    "code": 0\n}\n*/\nconst cfg = `{"api_key": "Ej8WqZM4GV8a6LpxDJJs4LuL6IKZ"}`\n'],
    ['src/app.js', '/* token settings */\nconst config = {\n  "api_key": "Ej8WqZM4GV8a6LpxDJJs4LuL6IKZ"\n};\n'],
    // a commented JSON member with live code between it and the commented `{`; and one under no opening at all
    ['push/subscription.py', '    # {\n    keys = load()\n    #     "auth": "Qm7vX2kLp9RtZ4wN8cYb3H==",\n'],
    ['push/subscription.py', '    # the last one we sent:\n    #     "auth": "Qm7vX2kLp9RtZ4wN8cYb3H==",\n'],
    // a live line under a comment naming a documentation domain; a commented one with the domain more than 8 lines above
    ['roles/ddns/defaults/main.yml', '# the zone: example.org\nddns_password: 8c1f4e9a27b35d60e4a1c9f2b7d3e850\n'],
    ['roles/ddns/defaults/main.yml', `#     domain: example.org\n${'x\n'.repeat(10)}#     password: 8c1f4e9a27b35d60e4a1c9f2b7d3e850\n`],
  ])('%s: a plain finding', (path, text) => {
    const found = strong(path, text);
    expect(found).toHaveLength(1);
    expect(found[0]?.sample).toBeUndefined();
  });
});


const run = (d: { detect: (i: { path: string; text: string }) => Iterable<Match> }, path: string, text: string): Match[] => [...d.detect({ path, text })];

describe('shell echo of a variable that holds a variable name', () => {
  it('is quiet when the loop variable names the variables it exports', () => {
    const text = 'for secret in "${secrets[@]}"; do\n  f="${secret}_FILE"\n  if [ -f "${!f}" ]; then\n    export "${secret}"="$(< "${!f}")"\n    echo "${secret} was set from ${f}"\n  fi\ndone\n';
    expect(run(loggingCallSecret, 'docker/entrypoint.sh', text)).toEqual([]);
  });
  it('still reports a variable read by indirection elsewhere but echoed itself when it holds a value', () => {
    const text = 'DB_PASSWORD="$(cat /run/secrets/db)"\necho "password is $DB_PASSWORD"\n';
    expect(run(loggingCallSecret, 'docker/entrypoint.sh', text)).toHaveLength(1);
  });
});

describe('decoy bcrypt hashes', () => {
  const hash = '$2b$12$uzzulOg7J3ErXwPPrsPWs.6Frjsf.IXUjYKFYaHYaNOGRn0tOXwDC';
  it('a call the comment above calls a decoy: quiet', () => {
    expect(run(passwordHashBcrypt, 'src/auth.rs', `// constant-time: verify a dummy\nlet _ = verify(&pw,\n  "${hash}");\n`)).toEqual([]);
  });
  it('the same call with no such word, or a seeded hash with the word far away: reported', () => {
    expect(run(passwordHashBcrypt, 'src/auth.rs', `let ok = verify(&pw, "${hash}");\n`)).toHaveLength(1);
    expect(run(passwordHashBcrypt, 'src/seed.rs', `// timing\n\n\n\n\n\nlet admin = User::new("root", "${hash}");\n`)).toHaveLength(1);
  });
});

describe('a Dockerfile copying a folder named .docker', () => {
  it('to where Docker reads it: reported; elsewhere: a project folder', () => {
    expect(run(dockerfileCopiesSecretFile, 'Dockerfile', 'FROM alpine\nCOPY .docker /root/.docker\n')).toHaveLength(1);
    expect(run(dockerfileCopiesSecretFile, 'Dockerfile', 'FROM alpine\nCOPY .docker /assets\n')).toEqual([]);
    expect(run(dockerfileCopiesSecretFile, 'Dockerfile', 'FROM alpine\nCOPY .aws /assets\n')).toHaveLength(1);
  });
});

describe('a URL whose password is its database name', () => {
  it('is a stand-in; a password that is not: reported', () => {
    expect(run(urlCredentials, 'ci.yml', 'url: mysql://root:shopdb@127.0.0.1:3306/shopdb?charset=utf8\n')).toEqual([]);
    expect(run(urlCredentials, 'ci.yml', 'url: mysql://root:Qp7xL2mV9sKc@127.0.0.1:3306/shopdb\n')).toHaveLength(1);
  });
});
