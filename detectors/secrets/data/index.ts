import type { Detector } from '../../../src/types.js';
import { dataVendorsAC } from './vendors-a-c.js';
import { dataVendorsDL } from './vendors-d-l.js';
import { dataVendorsMR } from './vendors-m-r.js';
import { dataVendorsSZ } from './vendors-s-z.js';
import { elasticDetectors } from './elastic.js';
import { mongodbAtlasApiKey, mongodbAtlasServiceAccountSecret } from './mongodb-atlas.js';
import { planetscalePassword, planetscaleToken } from './planetscale.js';
import { searchEngineDetectors } from './search-engines.js';
import { supabaseAccessToken, supabaseSecretKey, supabaseServiceRoleKey } from './supabase.js';
import { upstashDetectors } from './upstash.js';

/** Databases and data platforms. */
export const dataDetectors: readonly Detector[] = [
  ...dataVendorsAC,
  ...dataVendorsDL,
  ...dataVendorsMR,
  ...dataVendorsSZ,
  ...elasticDetectors,
  ...searchEngineDetectors,
  ...upstashDetectors,
  mongodbAtlasApiKey,
  mongodbAtlasServiceAccountSecret,
  planetscalePassword,
  planetscaleToken,
  supabaseAccessToken,
  supabaseSecretKey,
  supabaseServiceRoleKey,
];
