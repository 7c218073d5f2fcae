import type { AteraRoute } from '../routes/atera-route';

const INTEGER = /^-?\d{1,10}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

export type PathParamsCheck =
  | { readonly ok: true; readonly params: Readonly<Record<string, string>> }
  /** The first value that does not fit its parameter, decoded when it could be. */
  | { readonly ok: false; readonly value: string };

/**
 * Decodes path parameters and checks them as Atera's model binding does: `integer` ones must be
 * 32-bit integers, `uuid` ones GUIDs, `string` ones anything that decodes.
 */
export function checkPathParams(route: AteraRoute, rawParams: Readonly<Record<string, string>>): PathParamsCheck {
  const params: Record<string, string> = {};
  for (const { name, kind } of route.pathParams) {
    const raw = rawParams[name] ?? '';
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return { ok: false, value: raw };
    }
    if (kind === 'integer' && !isInt32(value)) return { ok: false, value };
    if (kind === 'uuid' && !GUID.test(value)) return { ok: false, value };
    params[name] = value;
  }
  return { ok: true, params };
}

function isInt32(value: string): boolean {
  if (!INTEGER.test(value)) return false;
  const number = Number(value);
  return number >= INT32_MIN && number <= INT32_MAX;
}
