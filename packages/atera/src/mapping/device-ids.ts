import { ValidationError } from '@psagate/core';

/** The kinds of device Atera keeps, each in its own list with its own id space. */
export const ateraDeviceKinds = ['agent', 'snmp', 'http', 'tcp', 'generic'] as const;
export type AteraDeviceKind = (typeof ateraDeviceKinds)[number];

/** A device id taken apart: which list it lives in, and its id there. */
export interface AteraDeviceRef {
  readonly kind: AteraDeviceKind;
  readonly id: number;
}

const DEVICE_ID = /^(?:(snmp|http|tcp|generic):)?(\d{1,18})$/i;

/**
 * Agents keep their plain `AgentID` (`"42"`); monitored devices, whose ids overlap with agents',
 * carry their kind (`"snmp:7"`, `"http:7"`, `"tcp:7"`, `"generic:7"`).
 */
export function formatDeviceId(kind: AteraDeviceKind, id: number | string): string {
  return kind === 'agent' ? String(id) : `${kind}:${id}`;
}

export function parseDeviceId(value: string, operation = 'devices.get'): AteraDeviceRef {
  const match = DEVICE_ID.exec(value.trim());
  if (!match) {
    throw new ValidationError(
      `atera ${operation}: ${JSON.stringify(value)} is not an Atera device id. Use an agent's AgentID ("42") or a monitored device's kind and id ("snmp:7", "http:7", "tcp:7", "generic:7"). Nothing was sent.`,
      { provider: 'atera', operation, code: 'INVALID_ID', issues: [{ path: 'id', message: 'must be digits, or snmp:/http:/tcp:/generic: followed by digits' }] },
    );
  }
  const [, kind, digits] = match;
  return { kind: (kind?.toLowerCase() as AteraDeviceKind | undefined) ?? 'agent', id: Number(digits) };
}
