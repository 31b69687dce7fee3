import type { Detector } from '../../src/types.js';
import { logFileSecret } from './log-file-secret.js';
import { loggingCallSecret } from './logging-call-secret.js';

/** Secrets in committed logs and in logging calls. */
export const logDetectors: readonly Detector[] = [logFileSecret, loggingCallSecret];
