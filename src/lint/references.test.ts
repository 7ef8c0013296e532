import { describe, expect, it } from 'vitest';
import { envVarReferences, errorCodeReferences } from './references';

const names = (refs: { name: string }[]) => refs.map((r) => r.name);

describe('envVarReferences', () => {
  it('finds $NAME, ${NAME}, env: NAME, env = "NAME" and NAME= forms, first occurrence each', () => {
    const code = [
      'data = "${DATA_DIR}/x"',
      'home = "$APP_HOME"',
      '--port <P>  [env: APP_PORT=]',
      'token_env = "ignored"',
      'env = "APP_TOKEN"',
      'APP_MODE=dev app-server',
      'again = "$APP_HOME"',
    ].join('\n');
    const refs = envVarReferences(code, []);
    expect(names(refs)).toEqual(['DATA_DIR', 'APP_HOME', 'APP_PORT', 'APP_TOKEN', 'APP_MODE']);
    expect(refs[0]!.offset).toBe(code.indexOf('DATA_DIR'));
  });
  it('leaves out system variables and lower-case names', () => {
    expect(names(envVarReferences('a = "$HOME/$XDG_CONFIG_HOME" b = "$path" env: lower', []))).toEqual([]);
  });
  it('counts bare words that share a documented prefix', () => {
    expect(names(envVarReferences('# override with LOOM_SERVER_PORT, not OTHER_THING', ['LOOM_DATA_DIR']))).toEqual(['LOOM_SERVER_PORT']);
  });
});

describe('errorCodeReferences', () => {
  it('finds E + digits and ERR_ names', () => {
    expect(names(errorCodeReferences('return Err(E1234); // ERR_NOT_FOUND, not E12 or HE1234', []))).toEqual(['E1234', 'ERR_NOT_FOUND']);
  });
  it('finds words shaped like documented codes', () => {
    expect(names(errorCodeReferences('AUTH-042 and AUTH-1 and XAUTH-001', ['AUTH-001']))).toEqual(['AUTH-042']);
  });
});
