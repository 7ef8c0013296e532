/**
 * zod compiles validators with `new Function` where eval is allowed, and probes for that when the first
 * object schema is defined; under the app's CSP (no 'unsafe-eval') the probe is reported as a violation.
 * Imported first by the entry so the setting is in place before any schema module runs.
 */
import { z } from 'zod';

z.config({ jitless: true });
