/** The table of field codecs, one per field kind of the template description. Pure. */
import type { FieldKind } from '../../spec';
import { codeCodec } from './code';
import { keyValueCodec, listCodec, termsCodec } from './list';
import { proseCodec } from './prose';
import { tableCodec } from './table';
import type { FieldCodec } from './types';

export const CODECS: Record<FieldKind['kind'], FieldCodec> = {
  prose: proseCodec,
  code: codeCodec,
  table: tableCodec,
  list: listCodec,
  keyValue: keyValueCodec,
  terms: termsCodec,
};

export type { FieldCodec, FieldRead, ReadContext, WriteOptions } from './types';
