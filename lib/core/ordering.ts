/**
 * Orders strings by UTF-16 code unit, the order every sort in the library uses. Not `localeCompare`: its order
 * depends on the machine's default locale and ICU build, so two machines could write a different report or
 * manifest order from the same app (and its first call loads ICU collation data, a visible part of a cold synth).
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
