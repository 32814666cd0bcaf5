/** Plain-data findings: the only thing src/extract hands downstream. Offsets are JS string indices, end exclusive. */
export type Span = [number, number];

export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'GROUP';
export type MentionKind = 'NAME' | 'TITLE' | 'PRONOUN' | 'NOMINAL';
export type StatementKind = 'DIRECT' | 'INDIRECT' | 'MIXED';
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Precision = 'TIME' | 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'SEASON' | 'YEAR' | 'DECADE' | 'CENTURY';

export interface MentionFinding {
  span: Span;
  kind: MentionKind;
}

export interface ActorFinding {
  /** Stable within one article: "a1", "a2", … */
  key: string;
  name: string;
  kind: ActorKind;
  title: string | null;
  affiliation: string | null;
  /** Other surface names seen for this actor in the article ("Lopez", "the Chilean minister"). */
  aliases: string[];
  mentions: MentionFinding[];
}

export interface StatementFinding {
  /** One or more segments: a quote split around its cue has two. */
  content: Span[];
  cue: Span | null;
  /** Where the speaker is named for this statement ("he", "the minister", "Lopez"). */
  source: Span | null;
  /** Key of the resolved actor, or null. */
  speaker: string | null;
  kind: StatementKind;
  /** Index into Findings.timexes of the time the statement was made, when the text says. */
  time: number | null;
}

export interface TimexFinding {
  span: Span;
  type: TimexType;
  /** TIMEX3 value: 2018-08-27, 2011, XXXX-WXX-1, P2D, PRESENT_REF … */
  value: string;
  /** Resolved calendar range [start, end) as ISO dates (YYYY-MM-DD), when the value pins one. */
  start: string | null;
  end: string | null;
  precision: Precision | null;
}

export interface ParticipantFinding {
  actor: string;
  role: string;
}

export interface EventFinding {
  trigger: Span;
  /** A type of the documented event set (see src/extract/events), or OCCURRENCE for an untyped mention. */
  type: string;
  participants: ParticipantFinding[];
  /** Index into Findings.timexes of the governing temporal expression, or null (reported at publication). */
  time: number | null;
}

export interface Findings {
  actors: ActorFinding[];
  statements: StatementFinding[];
  timexes: TimexFinding[];
  events: EventFinding[];
}

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD or full ISO); relative dates resolve against it. */
  publishedAt?: string | null;
  title?: string | null;
}
