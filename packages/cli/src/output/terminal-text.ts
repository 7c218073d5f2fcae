/**
 * Control characters a terminal may act on instead of printing: C0 but tab and newline (ESC starts
 * colour, cursor and OSC sequences such as a window-title change; CR rewrites the line), DEL, and
 * C1 (U+0080–U+009F, e.g. CSI U+009B, which some terminals honour as ESC [).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** What a control character is shown as: visible, one character wide, so cut widths still hold. */
export const CONTROL_REPLACEMENT = '\uFFFD';

/**
 * Text for a human reader's terminal: PSA fields (ticket titles come from end users' emails) and
 * error messages may carry escape sequences; they are shown as `�` rather than obeyed.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, CONTROL_REPLACEMENT);
}
