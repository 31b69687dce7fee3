// The app config of a Firebase project that does not exist, around a Google API key.
import { perText } from './own.js';

/**
 * A Firebase app config (GoogleService-Info.plist, google-services.json, a web app's firebaseConfig) of a
 * project that does not exist: Firebase's demo projects (`demo-` ids, which its emulators serve and which
 * reach no real resource), the quickstarts' mock project (`mockproject-1234`, sender 123456789000) that
 * thousands of samples and forks carry, and stand-in sender numbers. Its API key is made up with it.
 */
const STAND_IN_PROJECT =
  /(?:project_?id|PROJECT_ID)["']?(?:<\/key>\s{0,8}<string>|\s{0,4}[:=]\s{0,4}["'])(?:demo-[a-z0-9]|mock[-_]?project|fake[-_]?project|your[-_]project|example[-_]project)/i;
const STAND_IN_SENDER = /(?:GCM_SENDER_ID|messagingSenderId|project_number)["']?(?:<\/key>\s{0,8}<string>|\s{0,4}[:=]\s{0,4}["']?)(?:1234567890{0,3}|0{6,12}|1{6,12})(?![\d])/i;
/** How far around the key its config's project id and sender number are looked for. */
const CONFIG_REACH = 3000;

/** Whether the text names a stand-in project anywhere: one pass per text, so that a file of thousands of keys reads each window only when it does. */
const namesStandInProject = perText((text) => STAND_IN_PROJECT.test(text) || STAND_IN_SENDER.test(text));

function inStandInFirebaseProject(text: string, at: number): boolean {
  if (!namesStandInProject(text)) return false;
  const around = text.slice(Math.max(0, at - CONFIG_REACH), Math.min(text.length, at + CONFIG_REACH));
  return STAND_IN_PROJECT.test(around) || STAND_IN_SENDER.test(around);
}

/** A Google API key (`AIza…`) at `at` in the app config of a Firebase project that does not exist: google-api-key's and the generic detector's judge. */
export function isStandInFirebaseKey(value: string, text: string, at: number): boolean {
  return value.startsWith('AIza') && inStandInFirebaseProject(text, at);
}
