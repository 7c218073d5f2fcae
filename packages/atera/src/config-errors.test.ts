import { describeConfigErrorSuite } from '@psagate/core/testing';
import { createAteraClient } from './client/atera-client';
import { ateraProvider } from './provider/atera-provider';

/** Every wrong or missing setting of the Atera provider: see describeConfigErrorSuite. */
const SECRET = 'canary-ATERA-config-6c2e8a41f0b3';
const VALID = { apiKey: SECRET };
const REQUIRED = ['apiKey'];
/** One wrong value per provider setting, and where the problem is reported (the shared settings come from the suite). */
const WRONG: Record<string, readonly [unknown, string]> = {
  apiKey: [42, 'apiKey'],
  authStyle: ['basic', 'authStyle'],
  baseUrl: [`http://user:${SECRET}@atera.example.com`, 'baseUrl'],
  requestsPerMinute: [0, 'requestsPerMinute'],
  validateCustomFieldNames: ['yes', 'validateCustomFieldNames'],
};
/** Every variable of the provider's own, set to something unusable (the PSAGATE_* ones come from the suite). */
const WRONG_ENV = {
  ATERA_API_KEY: ' ',
  ATERA_BASE_URL: 'http://atera.example.com',
  ATERA_AUTH_STYLE: 'basic',
  ATERA_REQUESTS_PER_MINUTE: 'lots',
  ATERA_VALIDATE_CUSTOM_FIELD_NAMES: 'sometimes',
};

describeConfigErrorSuite({
  provider: ateraProvider,
  createClient: (config) => createAteraClient(config as never),
  secret: SECRET,
  validConfig: VALID,
  requiredSettings: REQUIRED,
  wrongSettings: WRONG,
  wrongEnv: WRONG_ENV,
});
