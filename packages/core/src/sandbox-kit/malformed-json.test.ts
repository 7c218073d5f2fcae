import { describe, expect, it } from 'vitest';
import { jsonResponse } from './json-response';
import { truncateJsonBody } from './malformed-json';

describe('truncateJsonBody', () => {
  it('keeps status and headers but cuts the JSON so it no longer parses', async () => {
    const original = jsonResponse({ items: [1, 2, 3], totalItemCount: 3 }, 200, { 'X-RateLimit-Remaining': '5' });
    const broken = await truncateJsonBody(original);
    expect(broken.status).toBe(200);
    expect(broken.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(broken.headers.get('x-ratelimit-remaining')).toBe('5');
    const text = await broken.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('turns a bodiless answer into a 200 with broken JSON', async () => {
    const broken = await truncateJsonBody(new Response(null, { status: 204 }));
    expect(broken.status).toBe(200);
    const text = await broken.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });
});

describe('jsonResponse', () => {
  it('sends JSON with the charset PSA APIs use', async () => {
    const response = jsonResponse({ a: 1 }, 201);
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ a: 1 });
  });
});
