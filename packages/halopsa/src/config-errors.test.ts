import { describeConfigErrorSuite } from '@psagate/core/testing';
import { createHaloClient } from './client/halo-client';
import { haloProvider } from './provider/halo-provider';

/** Every wrong or missing setting of the HaloPSA provider: see describeConfigErrorSuite. */
const SECRET = 'canary-HALO-config-9b1d3f5a7c2e';
const VALID = { baseUrl: 'https://acme.halopsa.com', clientId: 'psagate', clientSecret: SECRET };
const REQUIRED = ['baseUrl', 'clientId', 'clientSecret'];
/** One wrong value per provider setting, and where the problem is reported (the shared settings come from the suite). */
const WRONG: Record<string, readonly [unknown, string]> = {
  baseUrl: [`https://acme.halopsa.com/?secret=${SECRET}`, 'baseUrl'],
  clientId: [' ', 'clientId'],
  clientSecret: ['', 'clientSecret'],
  tenant: ['', 'tenant'],
  tenantIn: ['header', 'tenantIn'],
  scope: [' ', 'scope'],
  authUrl: [`http://acme.halopsa.com/auth`, 'authUrl'],
  alertTicketTypeId: ['alerts', 'alertTicketTypeId'],
  assetFields: [{ operatingSystem: [] }, 'assetFields.operatingSystem'],
  statusMap: [{ 'With Supplier': 'waiting' }, 'statusMap.With Supplier'],
  priorityMap: [{ P1: 'urgent' }, 'priorityMap.P1'],
};
/** Every variable of the provider's own, set to something unusable (the PSAGATE_* ones come from the suite). */
const WRONG_ENV = {
  HALOPSA_BASE_URL: 'ftp://acme.halopsa.com',
  HALOPSA_CLIENT_ID: ' ',
  HALOPSA_CLIENT_SECRET: '',
  HALOPSA_TENANT_IN: 'header',
  HALOPSA_AUTH_URL: 'not a url',
  HALOPSA_ALERT_TICKET_TYPE_ID: 'alerts',
  HALOPSA_REQUESTS_PER_WINDOW: '0',
  HALOPSA_RATE_WINDOW_MS: 'x',
};

describeConfigErrorSuite({
  provider: haloProvider,
  createClient: (config) => createHaloClient(config as never),
  secret: SECRET,
  validConfig: VALID,
  requiredSettings: REQUIRED,
  wrongSettings: WRONG,
  wrongEnv: WRONG_ENV,
});
