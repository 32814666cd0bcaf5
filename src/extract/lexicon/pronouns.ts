/** Personal pronouns that can refer to actors, with gender and number. */
export type Gender = 'M' | 'F' | 'N' | 'P';

export const PRONOUNS: Map<string, Gender> = new Map(Object.entries({
  he: 'M', him: 'M', his: 'M', himself: 'M',
  she: 'F', her: 'F', hers: 'F', herself: 'F',
  they: 'P', them: 'P', their: 'P', themselves: 'P',
  it: 'N', its: 'N',
} as Record<string, Gender>));

/** Subject pronouns: those that may be the source of a statement. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);

/** Relative pronouns that continue a source ("X, who said …"). */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
