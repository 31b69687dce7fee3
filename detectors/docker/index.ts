import type { Detector } from '../../src/types.js';
import { composePrivileged, composeRootUser, composeSecretEnvironment } from './compose.js';
import { dockerfileCopiesSecretFile } from './copies-secret-file.js';
import { dockerfileRootUser } from './root-user.js';
import { dockerfileRunCredentials } from './run-credentials.js';
import { dockerfileSecretBuildArg } from './secret-build-arg.js';
import { dockerfileSecretEnv } from './secret-env.js';

/** Dockerfiles and compose files: root containers and secrets baked into images. */
export const dockerDetectors: readonly Detector[] = [
  composePrivileged,
  composeRootUser,
  composeSecretEnvironment,
  dockerfileCopiesSecretFile,
  dockerfileRootUser,
  dockerfileRunCredentials,
  dockerfileSecretBuildArg,
  dockerfileSecretEnv,
];
