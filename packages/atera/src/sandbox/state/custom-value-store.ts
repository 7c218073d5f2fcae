import { SeededRandom } from '../seeded-random';
import { CUSTOM_FIELD_TARGETS, type CustomFieldTarget } from './custom-fields';
import type { CustomFieldRecord, CustomValueRecord } from './records';
import { isoMinutesBeforeEpoch } from './seed-time';

/** A value checked against its field's data type: the text to store, or why it does not fit. */
export type NormalizedCustomValue = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

/** Checks `raw` against a field's data type; options may be named by their text or their value. */
export function normalizeCustomValue(field: CustomFieldRecord, raw: string): NormalizedCustomValue {
  switch (field.DataType) {
    case 'Boolean': {
      const lowered = raw.trim().toLowerCase();
      return lowered === 'true' || lowered === 'false' ? { ok: true, value: lowered } : { ok: false, reason: 'must be true or false' };
    }
    case 'Numeric':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? { ok: true, value: String(Number(raw)) } : { ok: false, reason: 'must be a number' };
    case 'Date':
      return Number.isNaN(Date.parse(raw)) ? { ok: false, reason: 'must be a date such as 2026-01-31' } : { ok: true, value: new Date(Date.parse(raw)).toISOString() };
    case 'Options':
    case 'OptionsWithDependencies': {
      const wanted = raw.trim().toLowerCase();
      const option = (field.PossibleValues ?? []).find((candidate) => candidate.Text?.toLowerCase() === wanted || candidate.Value === raw.trim());
      const choices = (field.PossibleValues ?? []).map((candidate) => JSON.stringify(candidate.Text)).join(', ');
      return option?.Text ? { ok: true, value: option.Text } : { ok: false, reason: `must be one of ${choices}` };
    }
    default:
      return { ok: true, value: raw };
  }
}

/**
 * Custom field values of every target. Seeded values are made from (seed, field, item) when read;
 * values set through the API override them (null clears one). Each value's `Id` is a GUID that
 * encodes its field and item, so `GET /customvalues/{id}` finds seeded values without an index.
 */
export class CustomValueStore {
  readonly #seed: number;
  readonly #fields: readonly CustomFieldRecord[];
  readonly #itemExists: (target: CustomFieldTarget, itemId: number) => boolean;
  readonly #written = new Map<string, string | null>();

  constructor(seed: number, fields: readonly CustomFieldRecord[], itemExists: (target: CustomFieldTarget, itemId: number) => boolean) {
    this.#seed = seed;
    this.#fields = fields;
    this.#itemExists = itemExists;
  }

  fieldsOf(target: CustomFieldTarget): CustomFieldRecord[] {
    return this.#fields.filter((field) => field.Target === target);
  }

  /** The field of a target with this name, compared without case as Atera does. */
  field(target: CustomFieldTarget, fieldName: string): CustomFieldRecord | undefined {
    const wanted = fieldName.trim().toLowerCase();
    return this.fieldsOf(target).find((field) => field.Name?.toLowerCase() === wanted);
  }

  itemExists(target: CustomFieldTarget, itemId: number): boolean {
    return this.#itemExists(target, itemId);
  }

  value(target: CustomFieldTarget, itemId: number, fieldName: string): CustomValueRecord | undefined {
    const field = this.field(target, fieldName);
    return field === undefined ? undefined : this.#valueOf(field, itemId);
  }

  values(target: CustomFieldTarget, itemId: number): CustomValueRecord[] {
    return this.fieldsOf(target).flatMap((field) => this.#valueOf(field, itemId) ?? []);
  }

  /** Stores a value already checked with `normalizeCustomValue`; null clears it. */
  set(field: CustomFieldRecord, itemId: number, value: string | null): void {
    this.#written.set(this.#key(field, itemId), value);
  }

  /** The value a `CustomValueDto.Id` names, if its item still exists and it has a value. */
  byId(id: string): CustomValueRecord | undefined {
    const match = /^[0-9a-f]{8}-([0-9a-f]{4})-4([0-9a-f]{3})-8000-([0-9a-f]{12})$/.exec(id.toLowerCase());
    if (match === null) return undefined;
    const fieldIndex = Number.parseInt(match[2] ?? '', 16);
    const itemId = Number.parseInt(match[3] ?? '', 16);
    const field = this.#fields[fieldIndex];
    if (field === undefined || this.#valueId(fieldIndex, itemId) !== id.toLowerCase()) return undefined;
    if (!this.#itemExists(field.Target as CustomFieldTarget, itemId)) return undefined;
    return this.#valueOf(field, itemId);
  }

  #key(field: CustomFieldRecord, itemId: number): string {
    return `${String(this.#fields.indexOf(field))}:${String(itemId)}`;
  }

  #valueId(fieldIndex: number, itemId: number): string {
    const field = this.#fields[fieldIndex];
    const targetIndex = CUSTOM_FIELD_TARGETS.indexOf((field?.Target ?? 'Customer') as CustomFieldTarget);
    const hash = Math.floor(SeededRandom.for(this.#seed, `custom-value-id-${String(fieldIndex)}`, itemId).next() * 0x1_0000_0000);
    return [
      hash.toString(16).padStart(8, '0'),
      targetIndex.toString(16).padStart(4, '0'),
      `4${fieldIndex.toString(16).padStart(3, '0')}`,
      '8000',
      itemId.toString(16).padStart(12, '0'),
    ].join('-');
  }

  #valueOf(field: CustomFieldRecord, itemId: number): CustomValueRecord | undefined {
    const key = this.#key(field, itemId);
    const stored = this.#written.has(key) ? this.#written.get(key) : this.#seededValue(field, itemId);
    if (stored === null || stored === undefined) return undefined;
    const fieldIndex = this.#fields.indexOf(field);
    const option = (field.PossibleValues ?? []).find((candidate) => candidate.Text === stored);
    return {
      ItemId: itemId,
      Id: this.#valueId(fieldIndex, itemId),
      FieldName: field.Name,
      ValueAsString: stored,
      ValueAsDecimal: field.DataType === 'Numeric' ? Number(stored) : 0,
      ValueAsDateTime: field.DataType === 'Date' ? stored : null,
      ValueAsBool: field.DataType === 'Boolean' ? stored === 'true' : false,
      OptionId: option?.Value ?? null,
    };
  }

  #seededValue(field: CustomFieldRecord, itemId: number): string | null {
    const random = SeededRandom.for(this.#seed, `custom-value-${String(this.#fields.indexOf(field))}`, itemId);
    if (!random.chance(0.6)) return null;
    switch (field.DataType) {
      case 'Boolean':
        return random.chance(0.5) ? 'true' : 'false';
      case 'Numeric':
        return String(random.pick([4, 8, 24, 200]));
      case 'Date':
        return isoMinutesBeforeEpoch(random.int(-400, 400) * 24 * 60);
      case 'Options':
      case 'OptionsWithDependencies':
        return (field.PossibleValues ?? []).length === 0 ? null : (random.pick(field.PossibleValues ?? []).Text ?? null);
      default:
        return `${(field.Name ?? 'value').replace(/ /g, '-').toUpperCase()}-${String(random.int(1_000, 9_999))}`;
    }
  }
}
