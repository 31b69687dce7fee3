// The file names the Dockerfile and compose detectors apply to.

/** Dockerfiles and Containerfiles, with the usual variant names. */
export const DOCKERFILE_PATHS: readonly string[] = [
  'Dockerfile', 'dockerfile', '*.Dockerfile', 'Dockerfile.*', 'Containerfile', 'Containerfile.*', '*.dockerfile',
];

/** Docker Compose files. */
export const COMPOSE_PATHS: readonly string[] = [
  'docker-compose*.yml', 'docker-compose*.yaml', 'compose.yml', 'compose.yaml', 'compose.*.yml', 'compose.*.yaml',
];
