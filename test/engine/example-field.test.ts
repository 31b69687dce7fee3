// A secret that is the value of a field named for an example (an API description's sample request) is
// reported as sample material, whichever detector found it: context test, one severity lower, not dropped.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { compileDetectors, detectBlob } from '../../src/engine/detect-blob.js';

const compiled = compileDetectors(allDetectors);

function found(text: string, path: string): { id: string; sample: boolean }[] {
  return detectBlob(compiled, path, Buffer.from(text)).findings.map((f) => ({ id: (allDetectors[f.detector] as { id: string }).id, sample: f.sample === true }));
}

describe('secrets in example fields', () => {
  const token = tokenOf('github-token');

  it('are sample material in an OpenAPI example, a springdoc attribute and a pydantic field', () => {
    for (const [text, path] of [
      [`components:\n  parameters:\n    auth:\n      name: Authorization\n      in: header\n      example: Bearer ${token}\n`, 'docs/openapi.yaml'],
      [`{"name": "token", "example": "${token}"}`, 'api/schema.json'],
      [`  @Schema(description = "Personal token", example = "${token}")\n`, 'src/main/java/app/TokenDto.java'],
      [`    token: str = Field(examples=["${token}"])\n`, 'app/models.py'],
      [`    value: SecretStr = Field(\n        examples=["plain", {"login": "jdoe", "token": "${token}"}],\n    )\n`, 'app/blocks.py'],
      [`    'LoginReq':\n      'type': 'object'\n      'example':\n        'name': 'operator'\n        'token': '${token}'\n`, 'openapi/api.yaml'],
      [`      requestBody:\n        content:\n          application/json:\n            examples:\n              login:\n                summary: A login\n                value:\n                  token: ${token}\n`, 'spec/openapi.yml'],
      [`    @Operation(requestBody = @RequestBody(content = @Content(\n        schema = @Schema(type = "object"),\n        examples = @ExampleObject('''{\n    "token": "${token}",\n    "config": {}\n}''')\n    )))\n`, 'grails-app/controllers/HookController.groovy'],
      [`    @Content(examples = {\n        @ExampleObject(name = "login", value = "{\\"token\\": \\"${token}\\"}")\n    })\n`, 'src/main/java/app/LoginApi.java'],
    ]) {
      const got = found(text as string, path as string);
      expect(got.length, path).toBeGreaterThan(0);
      expect(got.every((f) => f.sample), path).toBe(true);
    }
  });

  it("are sample material after a token's colon-separated labels in an example field", () => {
    const got = found(`        client_secret:\n            type: string\n            example: 'secret-token:acme.example:v1:${token}'\n`, 'packages/catalog/providers.yaml');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((f) => f.sample)).toBe(true);
  });

  it("are sample material in a Vitest configuration's env block: what the tests run with", () => {
    const head = "/// <reference types=\"vitest\" />\nimport { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n    test: {\n        setupFiles: './tests/setup.ts',\n        env: {\n";
    for (const [text, path] of [
      [`${head}            LOG_LEVEL: 'silent',\n            GH_TOKEN: '${token}',\n        },\n    },\n});\n`, 'vite.config.ts'],
      [`${head}            // the suite's own token\n            GH_TOKEN: '${token}'\n        }\n    }\n});\n`, 'vitest.integration.config.mts'],
    ]) {
      const got = found(text as string, path as string);
      expect(got.length, path).toBeGreaterThan(0);
      expect(got.every((f) => f.sample), path).toBe(true);
    }
    // not without Vitest, not outside env, not in a file named otherwise
    for (const [text, path] of [
      [`import { defineConfig } from 'vite';\nexport default defineConfig({\n  define: {\n    env: {\n      GH_TOKEN: '${token}',\n    },\n  },\n});\n`, 'vite.config.ts'],
      [`${head}        },\n        provide: {\n            GH_TOKEN: '${token}',\n        },\n    },\n});\n`, 'vite.config.ts'],
      [`${head}            GH_TOKEN: '${token}',\n        },\n    },\n});\n`, 'src/config.ts'],
    ]) {
      const got = found(text as string, path as string);
      expect(got.length, path).toBeGreaterThan(0);
      expect(got.some((f) => f.sample), `${path}: ${(text as string).slice(0, 30)}`).toBe(false);
    }
  });

  it('are findings as they stand anywhere else: a setting, an exampled name, a comment after the value', () => {
    for (const [text, path] of [
      [`github:\n  token: ${token}\n`, 'config/ci.yaml'],
      [`EXAMPLE_TOKEN=${token}\n`, 'deploy/.env'],
      [`token = "${token}"  # example: how the token looks\n`, 'ci/config.py'],
      [`    name: str = Field(examples=[{"login": "jdoe"}])\n    token = "${token}"\n`, 'app/settings.py'],
      [`services:\n  example:\n    image: registry.local/app:1\n    environment:\n      GH_TOKEN: ${token}\n`, 'deploy/compose.yaml'],
      [`    'LoginReq':\n      'type': 'object'\n      'example':\n        'name': 'operator'\n    'Deploy':\n      'token': '${token}'\n`, 'openapi/api.yaml'],
    ]) {
      const got = found(text as string, path as string);
      expect(got.length, path).toBeGreaterThan(0);
      expect(got.some((f) => f.sample), path).toBe(false);
    }
  });
});

/** The secret of a detector's first positive example (its own well-formed fake). */
function tokenOf(id: string): string {
  const d = allDetectors.find((x) => x.id === id);
  if (!d) throw new Error(`no detector ${id}`);
  const ex = d.examples.positive[0] as { text: string };
  const m = [...d.detect({ path: 'x.txt', text: ex.text })][0];
  if (!m?.secret) throw new Error(`no secret in ${id}'s example`);
  return m.secret;
}
