import { describe, expect, it } from 'vitest';
import { type ParsedErrorBody, parseErrorBody } from './error-body';

describe('parseErrorBody', () => {
  it.each<[string, unknown, ParsedErrorBody]>([
    ['Atera {"Message"}', { Message: 'Ticket 42 was not found' }, { message: 'Ticket 42 was not found' }],
    ['Atera 429 {"Message"} sent as text', '{"Message":"API rate limit exceeded"}', { message: 'API rate limit exceeded' }],
    [
      'ASP.NET problem details with field errors',
      {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { TicketTitle: ['The TicketTitle field is required.'], EndUserID: ['Invalid id.', 'Must be positive.'] },
      },
      {
        message: 'One or more validation errors occurred.',
        issues: [
          { path: 'TicketTitle', message: 'The TicketTitle field is required.' },
          { path: 'EndUserID', message: 'Invalid id.' },
          { path: 'EndUserID', message: 'Must be positive.' },
        ],
      },
    ],
    ['problem details whose detail says more than the title', { title: 'Bad Request', detail: 'page size must be at most 50' }, { message: 'page size must be at most 50' }],
    [
      'ASP.NET Web API ModelState',
      { Message: 'The request is invalid.', ModelState: { 'ticket.TicketTitle': ['The TicketTitle field is required.'] } },
      { message: 'The request is invalid.', issues: [{ path: 'ticket.TicketTitle', message: 'The TicketTitle field is required.' }] },
    ],
    [
      'Automate {error:{code,message,details:{field,value}}}',
      { error: { code: 'BadRequest', message: 'Invalid condition', details: { field: 'condition', value: 'ComputerName = ' } } },
      { message: 'Invalid condition', code: 'BadRequest', issues: [{ path: 'condition', message: 'is invalid' }] },
    ],
    [
      'Automate {code,message,errors:[{message}]}',
      { code: 'Unauthorized', message: 'Token expired', errors: [{ message: 'The access token has expired' }] },
      { message: 'Token expired', code: 'Unauthorized', issues: [{ path: '', message: 'The access token has expired' }] },
    ],
    [
      'OAuth {error, error_description}',
      { error: 'invalid_client', error_description: 'The client secret is wrong.' },
      { message: 'The client secret is wrong.', code: 'invalid_client' },
    ],
    ['OAuth {error} alone', { error: 'invalid_grant' }, { message: 'invalid_grant' }],
    ['Halo plain text', 'You do not have permission to view this ticket', { message: 'You do not have permission to view this ticket' }],
    [
      'Halo {ClassName, Message}',
      { ClassName: 'System.NullReferenceException', Message: 'Object reference not set to an instance of an object.' },
      { message: 'Object reference not set to an instance of an object.', code: 'System.NullReferenceException' },
    ],
    ['Halo {error} as a sentence', { error: 'Ticket not found' }, { message: 'Ticket not found' }],
    ['Halo {resultCode, errorMessage}', { resultCode: 3, errorMessage: 'Invalid client id' }, { message: 'Invalid client id', code: '3' }],
    [
      'Halo {errors:[{field,message}]} with no message of its own',
      { errors: [{ field: 'status_id', message: 'Invalid status' }, { property: 'summary', error: 'Required' }] },
      {
        message: 'status_id: Invalid status; summary: Required',
        issues: [
          { path: 'status_id', message: 'Invalid status' },
          { path: 'summary', message: 'Required' },
        ],
      },
    ],
    [
      'Halo seed {error, message, details:[{field,message}]}',
      { error: 'validation_error', message: 'Invalid field value', details: [{ field: 'status_id', message: 'unknown status' }] },
      { message: 'Invalid field value', code: 'validation_error', issues: [{ path: 'status_id', message: 'unknown status' }] },
    ],
    [
      'a bare array of field errors',
      [{ field: 'name', message: 'is required' }],
      { message: 'name: is required', issues: [{ path: 'name', message: 'is required' }] },
    ],
    ['an array of strings', ['first problem', 'second problem'], { message: 'first problem; second problem', issues: [{ path: '', message: 'first problem' }, { path: '', message: 'second problem' }] }],
    ['{ExceptionMessage}', { ExceptionMessage: 'Timeout expired' }, { message: 'Timeout expired' }],
    ['{error_message}', { error_message: 'Bad thing' }, { message: 'Bad thing' }],
    [
      'an HTML error page, by its title',
      '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
      { message: 'HTML error page: 502 Bad Gateway' },
    ],
    ['an HTML page whose title has attributes and entities', '<html lang="en"><head><title id="t"> Service &amp; API Unavailable </title></head></html>', { message: 'HTML error page: Service & API Unavailable' }],
    ['an HTML page without a title', '<html><body>oops</body></html>', { message: 'HTML error page' }],
    ['an HTML page after an XML prolog', '<?xml version="1.0"?>\n<html><head><title>Forbidden</title></head></html>', { message: 'HTML error page: Forbidden' }],
    ['JSON inside a string', '  {"error":{"code":"NotFound","message":"No such computer"}}  ', { message: 'No such computer', code: 'NotFound' }],
    ['a JSON string literal wrapping JSON', JSON.stringify(JSON.stringify({ Message: 'double encoded' })), { message: 'double encoded' }],
    ['a JSON string literal', '"Ticket is closed"', { message: 'Ticket is closed' }],
    ['text that only looks like JSON', '{not json', { message: '{not json' }],
    ['bytes', new TextEncoder().encode('{"Message":"from bytes"}'), { message: 'from bytes' }],
    ['an ArrayBuffer', new TextEncoder().encode('plain bytes').buffer, { message: 'plain bytes' }],
    ['undefined', undefined, {}],
    ['null', null, {}],
    ['an empty string', '', {}],
    ['a blank string', '  \n ', {}],
    ['an empty object', {}, {}],
    ['a number', 42, {}],
    ['blank messages', { Message: '   ', message: 'the real one' }, { message: 'the real one' }],
    ['retry_after in seconds', { message: 'Slow down', retry_after: 60 }, { message: 'Slow down', retryAfterMs: 60_000 }],
    ['retryAfter as a string', { message: 'Slow down', retryAfter: '1.5' }, { message: 'Slow down', retryAfterMs: 1_500 }],
    ['retry_after inside a nested error', { error: { message: 'Throttled', retry_after: 2 } }, { message: 'Throttled', retryAfterMs: 2_000 }],
    ['a useless retry_after', { message: 'Slow down', retry_after: '' }, { message: 'Slow down' }],
    ['a negative retry_after', { message: 'Slow down', retry_after: -1 }, { message: 'Slow down' }],
  ])('reads %s', (_label, body, expected) => {
    expect(parseErrorBody(body)).toEqual(expected);
  });

  it('clips very long messages to 300 characters and an ellipsis', () => {
    const parsed = parseErrorBody({ Message: 'x'.repeat(5_000) });
    expect(parsed.message).toBe(`${'x'.repeat(300)}…`);
  });

  it('clips long plain-text bodies and long issue messages too', () => {
    expect(parseErrorBody('y'.repeat(1_000)).message).toHaveLength(301);
    expect(parseErrorBody({ errors: [{ field: 'f', message: 'z'.repeat(1_000) }] }).issues?.[0]?.message).toHaveLength(301);
  });

  it('folds whitespace and line breaks into single spaces', () => {
    expect(parseErrorBody('line one\r\n\tline   two').message).toBe('line one line two');
  });

  it('never returns the value of an Automate details field, only its name', () => {
    const parsed = parseErrorBody({ error: { code: 'BadRequest', message: 'Bad', details: { field: 'password', value: 'hunter2-secret' } } });
    expect(JSON.stringify(parsed)).not.toContain('hunter2-secret');
  });

  it('stops unwrapping JSON that is nested in strings too deeply', () => {
    let body: unknown = { Message: 'deep' };
    for (let level = 0; level < 6; level++) body = JSON.stringify(body);
    expect(parseErrorBody(body).message).toBeDefined();
    expect(parseErrorBody(body).message).not.toBe('deep');
  });
});
