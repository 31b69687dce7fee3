// Every verifier's simulated vendor, by verifier id.
import { simulations as aiDevPayments } from './ai-dev-payments.js';
import { simulations as cloudComms } from './cloud-comms.js';
import { coreSimulations } from './core.js';
import { simulations as registriesSaas } from './registries-saas.js';
import type { Simulation } from './types.js';

export const allSimulations: readonly Simulation[] = [...coreSimulations, ...aiDevPayments, ...cloudComms, ...registriesSaas];
