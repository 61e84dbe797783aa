export function findDatelineDate(_text: string): string | null {
  return null;
}
