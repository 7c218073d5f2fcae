/**
 * HaloPSA native records as psagate's neutral ones, exported as the namespace `haloMapping`
 * (`haloMapping.toTicket(ticket, reference)`): tickets, actions as comments, alert tickets, assets
 * as devices and clients as customers; the other way for assets and clients; and what the mapping
 * reads the instance's names with.
 */
export { toTicket, toComment, toAlert } from './ticket-mapping';
export { toDevice, toAssetFromDevice, assetFieldValue } from './asset-mapping';
export type { AssetFieldNames } from './asset-mapping';
export { toCustomer, toClientFromCustomer } from './customer-mapping';
export { ReferenceData } from './reference-data';
export type { ReferenceOverrides } from './reference-data';
export { neutralStatusOfName, neutralPriorityOfName } from './neutral-names';
export { haloDateOrNull, ticketTargetDate } from './halo-dates';
