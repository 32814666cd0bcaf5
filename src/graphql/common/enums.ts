import { registerEnumType } from 'type-graphql';
import { ActorKind, MentionKind, Precision, StatementKind, TimexType } from '../../generated/prisma/enums';

export { ActorKind, MentionKind, Precision, StatementKind, TimexType };

registerEnumType(ActorKind, { name: 'ActorKind', description: 'What kind of actor: a person, an organisation, a country or place, or a group of people.' });
registerEnumType(MentionKind, { name: 'MentionKind', description: 'How an actor is referred to: by name, by title, by pronoun or by a description.' });
registerEnumType(StatementKind, { name: 'StatementKind', description: 'DIRECT: quoted words; INDIRECT: reported speech; MIXED: reported with quoted parts.' });
registerEnumType(TimexType, { name: 'TimexType', description: 'TimeML TIMEX3 type.' });
registerEnumType(Precision, { name: 'Precision', description: 'How precisely a date range is known.' });
