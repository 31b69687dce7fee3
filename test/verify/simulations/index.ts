// Every verifier's simulated vendor, by verifier id.
import { simulations as aiDevPayments } from './ai-dev-payments.js';
import { simulations as batch3a } from './batch-3a.js';
import { simulations as batch3b } from './batch-3b.js';
import { simulations as cloudComms } from './cloud-comms.js';
import { simulations as commsCloud2 } from './comms-cloud-2.js';
import { coreSimulations } from './core.js';
import { simulations as devTools2 } from './dev-tools-2.js';
import { simulations as registriesSaas } from './registries-saas.js';
import { simulations as saasAi2 } from './saas-ai-2.js';
import type { Simulation } from './types.js';

export const allSimulations: readonly Simulation[] = [...coreSimulations, ...aiDevPayments, ...cloudComms, ...registriesSaas, ...devTools2, ...commsCloud2, ...saasAi2, ...batch3a, ...batch3b];
