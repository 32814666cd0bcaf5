import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Precision } from './enums';

export const LocalDate = LocalDateResolver;

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

@ObjectType({ simpleResolvers: true, description: 'A calendar range [start, end) with its precision; a day is start..start+1.' })
export class DateRange {
  @Field(() => LocalDate)
  start!: string;

  @Field(() => LocalDate, { description: 'Exclusive.' })
  end!: string;

  @Field(() => Precision, { nullable: true })
  precision!: Precision | null;
}

export function dateRangeOf(start: Date | null, end: Date | null, precision: Precision | null): DateRange | null {
  if (!start || !end) return null;
  return Object.assign(new DateRange(), { start: isoDay(start), end: isoDay(end), precision });
}
