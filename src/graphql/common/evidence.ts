import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A [start, end) character range of an article text.' })
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int, { description: 'Exclusive.' })
  end!: number;

  @Field({ description: 'The text of the article at this range.' })
  text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Where an article says so: the article and the character range(s) of the evidence.' })
export class Evidence {
  /** Row id of the article, resolved to Article by a field resolver. */
  articleRowId!: number;

  @Field(() => Int)
  start!: number;

  @Field(() => Int, { description: 'Exclusive.' })
  end!: number;

  @Field({ description: 'The evidence text (segments joined by " … " when split).' })
  text!: string;

  @Field(() => [TextSpan], { description: 'The segments, when a quote is split around its cue; else one.' })
  segments!: TextSpan[];
}

export function evidenceOf(articleRowId: number, segments: TextSpan[]): Evidence {
  const e = new Evidence();
  e.articleRowId = articleRowId;
  e.start = Math.min(...segments.map((s) => s.start));
  e.end = Math.max(...segments.map((s) => s.end));
  e.text = segments.map((s) => s.text).join(' … ');
  e.segments = segments;
  return e;
}
