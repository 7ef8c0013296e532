/** `schema`: the JSON Schema of the spec JSON, generated from the zod schemas (never hand-written). */
import { z } from 'zod';
import { specSchema } from '../../spec';
import { expectOperands, parseCommandArgs } from '../args';
import { EXIT } from '../errors';
import type { CliIO } from '../io';

/** Prints `z.toJSONSchema(specSchema)` as indented JSON. */
export async function run(args: string[], io: CliIO): Promise<number> {
  expectOperands(parseCommandArgs(args, []).positionals, []);
  io.stdout(`${JSON.stringify(z.toJSONSchema(specSchema), null, 2)}\n`);
  return EXIT.ok;
}
