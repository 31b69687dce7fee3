// False-positive classes met in Python and data applications: a code sample inside documentation text that a
// non-prose file holds (a Markdown fence in a YAML block scalar, a reStructuredText code block in a docstring).
// Values here are typed for the test.
import { describe, expect, it } from 'vitest';
import { genericSecretAssignment } from '../../../detectors/secrets/generic/generic-secret-assignment.js';
import type { Match } from '../../../src/types.js';

const strong = (path: string, text: string): Match[] => [...genericSecretAssignment.detect({ path, text })];

describe('generic-secret-assignment in a code sample inside documentation text', () => {
  it.each([
    [
      'app/core/settings.yaml',
      '  DRIVER_ARGS:\n    details: |-\n      Example:\n\n      ```python\n      DRIVER_ARGS = {\n          \'api_key\': \'9c41e07be2d6af35b18f04dc7a62e953\',\n          \'port\': 2222,\n      }\n      ```\n',
    ],
    [
      'app/engines/relay.py',
      'def fetch(params):\n    """Send the query.\n\n    The page posts this payload:\n\n    .. code-block:: javascript\n\n        var data = {\n            query: "weather",\n            authorization: "5e0b7d1c94a2f8e63b7c0d19a4e8f2b6c3d5a7e9f1b3c5d7e9a1b3c5d7e9f1a3",\n        };\n\n    It expires in minutes.\n    """\n',
    ],
    ['docs_src/client.py', '    """Authenticate.\n\n    Usage::\n\n        client = Client(api_key="Kq8ZxW2mR5tN9pL3vB7cF1hJ")\n    """\n'],
  ])('%s: reported as sample material', (path, text) => {
    const found = strong(path, text);
    expect(found).toHaveLength(1);
    expect(found[0]?.sample).toBe(true);
  });

  it.each([
    ['config/app.yml', 'notes: |\n  ```\n  run it\n  ```\nsecret_key: Ej8WqZM4GV8a6LpxDJJs4LuL6IKZ\n'],
    ['app/settings.py', 'class Config:\n    SECRET_KEY = "Ej8WqZM4GV8a6LpxDJJs4LuL6IKZ"\n'],
    ['app/settings.py', 'OPTIONS = """\nsee below::\n"""\nAPI_KEY = "Ej8WqZM4GV8a6LpxDJJs4LuL6IKZ"\n'],
  ])('%s: a plain finding', (path, text) => {
    const found = strong(path, text);
    expect(found).toHaveLength(1);
    expect(found[0]?.sample).toBeUndefined();
  });
});
