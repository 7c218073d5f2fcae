import type { CustomFieldRecord } from './records';

/** What a custom field can be attached to, as `CustomFieldDto.Target` names it. */
export const CUSTOM_FIELD_TARGETS = ['Customer', 'Ticket', 'Contact', 'Contract', 'SLA', 'Agent', 'SNMPDevice', 'TCPDevice', 'HTTPDevice', 'GenericDevice'] as const;
export type CustomFieldTarget = (typeof CUSTOM_FIELD_TARGETS)[number];

const options = (values: readonly string[], parent: string | null = null): CustomFieldRecord['PossibleValues'] =>
  values.map((text, position) => ({ Value: String(position + 1), Text: text, ParentName: parent }));

function field(target: CustomFieldTarget, name: string, dataType: string, possibleValues: CustomFieldRecord['PossibleValues'] = null, parent: string | null = null): CustomFieldRecord {
  return { Name: name, DataType: dataType, Target: target, PossibleValues: possibleValues, ParentAttributeName: parent };
}

/** The account's custom fields: a few of every data type, spread over every target. */
export const SANDBOX_CUSTOM_FIELDS: readonly CustomFieldRecord[] = [
  field('Customer', 'Contract Tier', 'Options', options(['Bronze', 'Silver', 'Gold'])),
  field('Customer', 'Onboarding Date', 'Date'),
  field('Customer', 'Account Manager', 'Text'),
  field('Ticket', 'Root Cause', 'Options', options(['Hardware', 'Software', 'User error', 'Network'])),
  field('Ticket', 'Billable Override', 'Boolean'),
  field('Ticket', 'External Reference', 'Text'),
  field('Contact', 'Preferred Channel', 'Options', options(['Email', 'Phone', 'Portal'])),
  field('Contact', 'VIP', 'Boolean'),
  field('Contract', 'PO Number', 'Text'),
  field('Contract', 'Renewal Date', 'Date'),
  field('SLA', 'Response Target Hours', 'Numeric'),
  field('SLA', 'Covers Weekends', 'Boolean'),
  field('Agent', 'Asset Tag', 'Text'),
  field('Agent', 'Warranty Expiry', 'Date'),
  field('Agent', 'Building', 'Options', options(['Headquarters', 'Warehouse'])),
  field('Agent', 'Floor', 'OptionsWithDependencies', [...(options(['Ground', 'First'], 'Headquarters') ?? []), { Value: '3', Text: 'Loading dock', ParentName: 'Warehouse' }], 'Building'),
  field('SNMPDevice', 'Rack Location', 'Text'),
  field('TCPDevice', 'Service Owner', 'Text'),
  field('HTTPDevice', 'Expected Status Code', 'Numeric'),
  field('GenericDevice', 'Asset Tag', 'Text'),
];
