import type { Findings, Span } from './types';

/** One output line of `newsgraph extract --jsonl`, exactly as ../shared/corpora/README.md specifies it. */
export interface ContractLine {
  id: string;
  actors: { key: string; name: string; kind: string; title: string | null; mentions: Span[] }[];
  statements: { content: Span | Span[]; cue: Span | null; source: Span | null; speaker: string | null; kind: string }[];
  timexes: { span: Span; type: string; value: string }[];
  events: { trigger: Span; type: string; participants: { actor: string; role: string }[]; time: number | null }[];
}

export function toContractLine(id: string, f: Findings): ContractLine {
  return {
    id,
    actors: f.actors.map((a) => ({ key: a.key, name: a.name, kind: a.kind, title: a.title, mentions: a.mentions.map((m) => m.span) })),
    statements: f.statements.map((s) => ({
      content: s.content.length === 1 ? s.content[0] : s.content,
      cue: s.cue,
      source: s.source,
      speaker: s.speaker,
      kind: s.kind,
    })),
    timexes: f.timexes.map((t) => ({ span: t.span, type: t.type, value: t.value })),
    events: f.events.map((e) => ({ trigger: e.trigger, type: e.type, participants: e.participants, time: e.time })),
  };
}
