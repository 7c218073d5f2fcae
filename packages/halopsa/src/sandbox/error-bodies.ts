import { jsonResponse } from '@psagate/core/sandbox-kit';

/**
 * Halo's error bodies are not uniform: plain text, `{ Message }`, a .NET exception
 * `{ ClassName, Message }`, or `{ errors: [{ field, message }] }` for validation. The sandbox
 * uses all of them, so clients are tested against each.
 */
export type HaloErrorStyle = 'text' | 'message' | 'exception' | 'errors';
export const haloErrorStyles: readonly HaloErrorStyle[] = ['text', 'message', 'exception', 'errors'];

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** An error answer in one of Halo's shapes. */
export function haloError(status: number, message: string, style: HaloErrorStyle, options: { problems?: readonly FieldProblem[]; headers?: Readonly<Record<string, string>> } = {}): Response {
  const headers = options.headers ?? {};
  switch (style) {
    case 'text':
      return new Response(message, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    case 'message':
      return jsonResponse({ Message: message }, status, headers);
    case 'exception':
      return jsonResponse({ ClassName: status >= 500 ? 'System.Exception' : 'HaloException', Message: message }, status, headers);
    case 'errors':
      return jsonResponse({ errors: options.problems && options.problems.length > 0 ? options.problems : [{ field: '', message }] }, status, headers);
  }
}

/** Picks the styles in turn, so consecutive errors come in different shapes. */
export class ErrorStyleRotation {
  #next = 0;
  constructor(private readonly fixed?: HaloErrorStyle) {}

  next(): HaloErrorStyle {
    if (this.fixed) return this.fixed;
    const style = haloErrorStyles[this.#next % haloErrorStyles.length] as HaloErrorStyle;
    this.#next++;
    return style;
  }
}
