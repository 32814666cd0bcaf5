/** The global identity of an actor's name: "Ana María al-Rashid", "ANA MARIA AL RASHID" and "Ana Maria al‑Rashid" are one. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether a name identifies one actor across articles. "Maria Lopez" or "Senior Chilean officials" do;
 * a description in lower case ("his aides", "defense ministers") means different people in every
 * article, so such an actor is kept to its article.
 */
export function isGlobalName(name: string): boolean {
  return /\p{Lu}/u.test(name.slice(1)) || /^\p{Lu}/u.test(name) && !/\s/.test(name.trim());
}

/** The key that makes two actor findings one Actor row. */
export function actorIdentity(name: string, articleHash: string): string {
  const norm = normalizeName(name);
  return isGlobalName(name) ? norm : `${norm} #${articleHash.slice(0, 16)}`;
}
