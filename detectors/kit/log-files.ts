/**
 * What counts as a committed log file: the log detector applies here, and the engine reports any
 * vendor key found here under no-secrets-in-logs. One list, so the two cannot drift.
 */
export const LOG_FILE_GLOBS: readonly string[] = [
  '*.log', '*.log.[0-9]', '*.log.[0-9][0-9]', 'logs/**', '**/logs/**', '*.har', '*-output.txt', '*_output.txt',
  'build-log*.txt', 'build_log*.txt', 'nohup.out',
];
