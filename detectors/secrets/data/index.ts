import type { Detector } from '../../../src/types.js';
import { mongodbAtlasApiKey, mongodbAtlasServiceAccountSecret } from './mongodb-atlas.js';
import { planetscalePassword, planetscaleToken } from './planetscale.js';
import { supabaseAccessToken, supabaseSecretKey, supabaseServiceRoleKey } from './supabase.js';

/** Databases and data platforms. */
export const dataDetectors: readonly Detector[] = [
  mongodbAtlasApiKey,
  mongodbAtlasServiceAccountSecret,
  planetscalePassword,
  planetscaleToken,
  supabaseAccessToken,
  supabaseSecretKey,
  supabaseServiceRoleKey,
];
