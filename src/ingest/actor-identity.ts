/** The global identity of an actor's name: "Bashar al-Assad", "BASHAR AL ASSAD" and "Bashar al‑Assad" are one. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
