/**
 * The reference lists as the generator's pure core takes them: parsed by the script from
 * data/reference/*.csv, so the core itself never touches the disk.
 */

export interface ExampleMunicipality {
  /** SCB's four-digit code: "2514". */
  code: string;
  /** SCB's short name, written in the `namn` column: "Kalix". */
  name: string;
  countyCode: string;
  /** Inhabitants, where the reference list gives them; answer counts scale with size. */
  population?: number;
}

export interface ExampleForbund {
  /** "F01". */
  code: string;
  name: string;
  memberCodes: string[];
}

/** What a förbund does decides its areas: räddningstjänst, miljö or a joint planning office. */
export type ForbundKind = 'rescue' | 'environment' | 'planning';

/** The kind of a förbund, read from its name ("…brandförsvarsförbund", "…miljöförbund"). */
export function forbundKind(forbund: ExampleForbund): ForbundKind {
  if (/brand|räddning/i.test(forbund.name)) return 'rescue';
  if (/samhällsbygg/i.test(forbund.name)) return 'planning';
  return 'environment';
}
