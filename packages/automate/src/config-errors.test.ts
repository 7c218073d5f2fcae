import { describeConfigErrorSuite } from '@psagate/core/testing';
import { createAutomateClient } from './client/create-automate-client';
import { automateProvider } from './provider/automate-provider';

/** Every wrong or missing setting of the Automate provider: see describeConfigErrorSuite. */
const SECRET = 'canary-AUTOMATE-config-4e6a8c0b2d1f';
const VALID = { baseUrl: 'https://automate.example.com', username: 'integrator', password: SECRET, clientId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' };
const REQUIRED = ['baseUrl', 'username', 'password', 'clientId'];
/** One wrong value per provider setting, and where the problem is reported (the shared settings come from the suite). */
const WRONG: Record<string, readonly [unknown, string]> = {
  baseUrl: [`https://integrator:${SECRET}@automate.example.com`, 'baseUrl'],
  username: [' ', 'username'],
  password: ['', 'password'],
  clientId: ['my client', 'clientId'],
  twoFactorPasscode: [' ', 'twoFactorPasscode'],
  requestsPerMinute: [-1, 'requestsPerMinute'],
  maxConcurrency: [65, 'maxConcurrency'],
  refreshWindowMs: [0, 'refreshWindowMs'],
};
/** Every variable of the provider's own, set to something unusable (the PSAGATE_* ones come from the suite). */
const WRONG_ENV = {
  AUTOMATE_BASE_URL: 'automate.example.com',
  AUTOMATE_USERNAME: '',
  AUTOMATE_PASSWORD: '',
  AUTOMATE_CLIENT_ID: 'my client',
  AUTOMATE_REQUESTS_PER_MINUTE: '-1',
  AUTOMATE_MAX_CONCURRENCY: 'many',
};

describeConfigErrorSuite({
  provider: automateProvider,
  createClient: (config) => createAutomateClient(config as never),
  secret: SECRET,
  validConfig: VALID,
  requiredSettings: REQUIRED,
  wrongSettings: WRONG,
  wrongEnv: WRONG_ENV,
});
