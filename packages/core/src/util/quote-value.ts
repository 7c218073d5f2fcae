/** A caller-supplied value for an error message: quoted, and clipped so a long input cannot flood it. */
export function quoteValue(text: string, maxLength = 40): string {
  return JSON.stringify(text.length > maxLength ? `${text.slice(0, maxLength)}…` : text);
}
