import { statusError } from '../../http/errors';
import { httpOf } from '../../http/client';
import { joinUrl } from '../../http/request';
import type { ServiceCredentials } from '../../accounts/accounts';
import { readPsMessage } from './upload-schemas';
import { t } from '../../i18n/translate';

/**
 * The API (productscience-build-upload.txt) has no harmless read, so the check asks to
 * register a build with an empty body in a project that is not expected to exist. The
 * token is checked before anything else: a refused one gets 401/403; an accepted one gets
 * 404 (no such project) or 400 (the body is missing its required fields). Either way
 * nothing is created.
 */
export const TOKEN_CHECK_PROJECT = 'dropship-token-check';

export async function verifyProductScience(credentials: ServiceCredentials): Promise<string> {
  const response = await httpOf(credentials).send({
    service: 'productscience',
    method: 'POST',
    url: joinUrl(credentials.baseUrl, `api/v1/projects/${TOKEN_CHECK_PROJECT}/builds`),
    headers: { authorization: `Bearer ${credentials.secret}`, accept: 'application/json' },
    json: {},
  });
  const host = new URL(credentials.baseUrl).host;
  if ([400, 404, 422].includes(response.status) || response.status < 300) {
    return t('productscience:tokenAccepted', { host });
  }
  if (response.status === 401 || response.status === 403) {
    throw statusError('productscience', response.status, undefined);
  }
  throw statusError('productscience', response.status, readPsMessage(response.body));
}
