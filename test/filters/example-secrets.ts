// Well-formed fake secrets taken from the detectors' own examples at test time, so that no test
// file holds a literal secret (the project scans itself).
import { awsAccessKeyId } from '../../detectors/secrets/cloud/aws.js';
import { githubToken } from '../../detectors/secrets/ci-and-dev-tools/github.js';

function pick(text: string | undefined, pattern: RegExp): string {
  const found = text?.match(pattern)?.[0];
  if (!found) throw new Error(`no example secret matches ${pattern}`);
  return found;
}

/** A GitHub token with a valid checksum. */
export const GITHUB_TOKEN = pick(githubToken.examples.positive[0]?.text, /ghp_\w+/);
/** A second, different GitHub token (a server-to-server one from the examples). */
export const OTHER_GITHUB_TOKEN = pick(githubToken.examples.positive.map((e) => e.text).join('\n'), /gh[ousr]_\w+/);
/** An AWS access key id. */
export const AWS_KEY_ID = pick(awsAccessKeyId.examples.positive[0]?.text, /AKIA[A-Z0-9]{16}/);
