import { createRequire } from 'node:module';

// The bundle gets the version inlined at build time (scripts/build.mjs); from sources it is read
// from package.json, one folder above src/.
declare const __SECRET_HYGIENE_VERSION__: string | undefined;

function sourceVersion(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

export const TOOL = {
  name: 'secret-hygiene',
  version: typeof __SECRET_HYGIENE_VERSION__ === 'string' ? __SECRET_HYGIENE_VERSION__ : sourceVersion(),
} as const;
