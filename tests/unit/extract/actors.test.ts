import { buildDocument } from '../../../src/extract/document';
import { findActors } from '../../../src/extract/actors';

/** The name of the actor that owns the mention starting at the first occurrence of `frag`. */
function ownerOf(text: string, frag: string): string | undefined {
  const at = text.indexOf(frag);
  return findActors(buildDocument(text)).find((a) => a.mentions.some((m) => m.span[0] === at))?.name;
}

function run(text: string) {
  const actors = findActors(buildDocument(text));
  const byName = (name: string) => actors.find((a) => a.name === name);
  const surfaces = (name: string) => (byName(name)?.mentions ?? []).map((m) => [text.slice(m.span[0], m.span[1]), m.kind]);
  return { actors, byName, surfaces };
}

describe('actors: names, titles and affiliations', () => {
  it('splits affiliation, title and name', () => {
    const { byName } = run('Canadian Foreign Minister Helen Marsh arrived on Monday.');
    expect(byName('Helen Marsh')).toEqual(expect.objectContaining({ kind: 'PERSON', title: 'Foreign Minister', affiliation: 'Canada' }));
  });

  it('keeps the title head of an honorific and names with particles', () => {
    const { byName } = run('Talks were led by Sheikh Omar bin Khalid and Mr. Victor van der Berg.');
    expect(byName('Omar bin Khalid')?.title).toBe('Sheikh');
    expect(byName('Victor van der Berg')?.title).toBe('Mr.');
  });

  it('reads a possessive-looking company name with its legal form as one name', () => {
    const { byName } = run("Dobson's Corp. said it would close four mills.");
    expect(byName("Dobson's Corp.")?.kind).toBe('ORGANIZATION');
  });

  it('reads a possessive before a verb as a brand, and leaves a contraction of a known person alone', () => {
    expect(run("Dobson's said sales fell in May.").byName("Dobson's")?.kind).toBe('ORGANIZATION');
    const { actors } = run("Rita Dobson spoke first. Dobson's said before that the mill will stay open.");
    expect(actors.map((a) => a.name)).toEqual(['Rita Dobson']);
  });

  it('knows the world\'s countries and capitals, so a pronoun never resolves to one as a person', () => {
    const { byName, surfaces } = run('Foreign Minister Ana Ruiz flew to Tirana. Albania and Kosovo matter, she said.');
    expect(byName('Tirana')?.kind).toBe('LOCATION');
    expect(byName('Albania')?.kind).toBe('LOCATION');
    expect(byName('Kosovo')?.kind).toBe('LOCATION');
    expect(surfaces('Ana Ruiz')).toContainEqual(['she', 'PRONOUN']);
  });

  it('does not take the first word of a named day ("Super Tuesday") for an actor', () => {
    expect(run('Voters on Super Tuesday backed the plan.').actors.map((a) => a.name)).toEqual(['Voters']);
  });

  it('classifies organisations, locations and groups', () => {
    const { byName } = run('The Harbor Workers Union met in Portugal. Democrats and the Pentagon disagreed.');
    expect(byName('Harbor Workers Union')?.kind).toBe('ORGANIZATION');
    expect(byName('Portugal')?.kind).toBe('LOCATION');
    expect(byName('Democrats')?.kind).toBe('GROUP');
    expect(byName('Pentagon')?.kind).toBe('ORGANIZATION');
  });

  it('reads an office named with "of" as part of the title', () => {
    const { actors, byName } = run('Secretary of Transportation Mara Quist toured the bridge. Later the Secretary of Transportation spoke.');
    expect(byName('Mara Quist')).toEqual(expect.objectContaining({ kind: 'PERSON', title: 'Secretary of Transportation' }));
    expect(actors.filter((a) => a.kind === 'PERSON')).toHaveLength(1);
    expect(byName('Mara Quist')?.mentions).toHaveLength(2);
  });

  it('does not make a party adjective, a holiday or a sentence opener an actor', () => {
    const { actors } = run('The Democratic race stalled before Christmas. Whatever happens, Nevada Republican caucuses go ahead.');
    expect(actors.map((a) => a.name).sort()).toEqual(['Nevada']);
  });

  it('does not make a word capitalised only by opening a sentence or a quotation an actor', () => {
    const { actors } = run('Ballot access lawyers said the count was wrong. “Fear sells,” she said, and fear was everywhere. Kasich agreed.');
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Ballot access lawyers', 'GROUP'], ['Kasich', 'PERSON']]);
  });

  it('takes from a title-case headline only the names the body also capitalises', () => {
    const { actors } = run('Mayor Lund Says Flood Barrier Will Stand Another Decade\n\nMayor Ida Lund said on Monday that the barrier is sound. Lund inspected it with engineers.');
    expect(actors.map((a) => a.name)).toEqual(['Ida Lund']);
    expect(actors[0].mentions).toHaveLength(3);
  });

  it('reads state abbreviations and "City, State" as places; compound adjectives, party labels and creeds as no actors', () => {
    const { actors, byName } = run('Rep. Lena Farr (D-Calif.), a Harvard-trained lawyer from Fresno, Calif., spoke about Judaism.');
    expect(byName('California')?.kind).toBe('LOCATION');
    expect(byName('Fresno')?.kind).toBe('LOCATION');
    expect(actors.filter((a) => /Calif|Harvard|Judaism/.test(a.name) && a.kind !== 'LOCATION' && a.kind !== 'PERSON')).toEqual([]);
    expect(actors.some((a) => /^(D-Calif|Harvard-trained|Judaism)/.test(a.name))).toBe(false);
  });

  it('keeps a party word that heads its noun phrase as a reference to a person', () => {
    const { byName } = run('The Ohio Republican who chairs the panel said no.');
    expect(byName('Ohio Republican')?.kind).toBe('PERSON');
  });

  it('does not read a verb between a description and a group head as a modifier', () => {
    const { actors } = run('The senator’s chief aide rallied supporters in Dayton.');
    expect(actors.some((a) => /rallied/.test(a.name))).toBe(false);
  });

  it('does not make a demonym alone an actor', () => {
    const { actors } = run('The Egyptian delegation left early.');
    expect(actors.find((a) => a.name === 'Egyptian')).toBeUndefined();
  });

  it('gives every actor a key a1, a2, … in order of first mention', () => {
    const { actors } = run('Laura Chen met Peter Novak in Vienna.');
    expect(actors.map((a) => [a.key, a.name])).toEqual([
      ['a1', 'Laura Chen'],
      ['a2', 'Peter Novak'],
      ['a3', 'Vienna'],
    ]);
  });
});

describe('actors: coreference', () => {
  it('links a surname and a title+surname to the full name', () => {
    const { surfaces, actors } = run('Senator Mark Ellison spoke first. Ellison was brief. Later, Senator Ellison left.');
    expect(surfaces('Mark Ellison')).toEqual([
      ['Senator Mark Ellison', 'TITLE'],
      ['Ellison', 'NAME'],
      ['Senator Ellison', 'TITLE'],
    ]);
    expect(actors.filter((a) => a.name.includes('Ellison'))).toHaveLength(1);
  });

  it('links a nominal to the actor holding that title, preferring a matching affiliation', () => {
    const text = 'Chilean Energy Minister Rosa Vidal met Energy Minister Tomas Berg. Later the Chilean minister signed the accord.';
    const { surfaces } = run(text);
    expect(surfaces('Rosa Vidal')).toContainEqual(['the Chilean minister', 'NOMINAL']);
    expect(surfaces('Tomas Berg')).not.toContainEqual(['the Chilean minister', 'NOMINAL']);
  });

  it('resolves a sentence-initial pronoun to the subject of the previous sentence', () => {
    const text = 'The Kenyan president welcomed Prime Minister Ana Ruiz and her aides. He said ties were strong.';
    const doc = buildDocument('President Daniel Mwangi arrived. ' + text);
    const actors = findActors(doc);
    const he = doc.text.indexOf('He said');
    const owner = actors.find((a) => a.mentions.some((m) => m.span[0] === he));
    expect(owner?.name).toBe('Daniel Mwangi');
  });

  it('does not resolve a narrator\'s pronoun to a name inside a quotation', () => {
    const text = '“Mary Hale broke every promise she made,” said Rosa Lind. She called for a new vote.';
    expect(ownerOf(text, 'She called')).toBe('Rosa Lind');
  });

  it('does not count a quoted passage towards the distance back to a pronoun\'s antecedent', () => {
    const text = 'Mayor Tom Crane spoke at the depot on Friday. “The trains will run. The fares will fall. The stations will open late. Nobody will wait.” He left before questions.';
    expect(ownerOf(text, 'He left')).toBe('Tom Crane');
  });

  it('takes the subject, not a possessor before it, as the antecedent in an earlier sentence', () => {
    const text = "Senator Paul Lund’s spokesman, Mark Ives, confirmed the meeting. He declined to give details.";
    expect(ownerOf(text, 'He declined')).toBe('Mark Ives');
  });

  it('reads an unknown name after a preposition of place as a place, not a person', () => {
    const { byName } = run('Half of the staff worked in Tarrowby. The rest stayed near Quillan.');
    expect(byName('Tarrowby')?.kind).toBe('LOCATION');
    expect(byName('Quillan')?.kind).toBe('LOCATION');
  });

  it('does not read a title word used as an adjective as a person', () => {
    const { actors, byName } = run('The agency, a major federal regulator, declined to comment. The general public was not told. The general said the war was over.');
    expect(actors.filter((a) => a.kind === 'PERSON').map((a) => a.name)).toEqual(['the general']);
    expect(byName('the general')?.mentions).toHaveLength(1);
  });

  it('ends a title\'s complement before a past verb', () => {
    const { actors } = run('The chief of staff resigned on Friday. The head of the combined agency said nothing.');
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['the chief of staff', 'the head of the combined agency']));
  });

  it('reads an advocacy group\'s "X for Y" name as one organisation, but not staff working for a person', () => {
    const { byName, actors } = run('Parents for Safer Streets sued the city. Later, Canvassing for Change and Citizens for Clean Air and Water joined them. Aides for Jo Roe agreed.');
    expect(byName('Parents for Safer Streets')?.kind).toBe('ORGANIZATION');
    expect(byName('Canvassing for Change')?.kind).toBe('ORGANIZATION');
    expect(byName('Citizens for Clean Air and Water')?.kind).toBe('ORGANIZATION');
    expect(byName('Jo Roe')?.kind).toBe('PERSON');
    expect(actors.some((a) => a.name.includes('Aides for'))).toBe(false);
  });

  it('reads a name ending in a party or people plural as a group ("House Democrats")', () => {
    const { byName } = run('House Democrats met on Monday. Young Hispanics rallied in Reno. Tom Jennings spoke.');
    expect(byName('House Democrats')?.kind).toBe('GROUP');
    expect(byName('Young Hispanics')?.kind).toBe('GROUP');
    expect(byName('Tom Jennings')?.kind).toBe('PERSON');
  });

  it('does not make a sentence-opening superlative or a religion an actor', () => {
    const { actors } = run('Latest figures show a sharp rise in rents. Newest data agree. Islam has many schools of law.');
    expect(actors).toEqual([]);
  });

  it('links a written-out title to the person who holds it abbreviated ("the governor" to "Gov. Jo Roe")', () => {
    const { surfaces } = run('Gov. Nora Pell signed the budget on Monday. Rep. Ivan Toth voted against it. The governor thanked the congressman anyway.');
    expect(surfaces('Nora Pell')).toContainEqual(['The governor', 'NOMINAL']);
    expect(surfaces('Ivan Toth')).toContainEqual(['the congressman', 'NOMINAL']);
  });

  it('remembers a role noun written before a name, so "the nominee" later finds the person', () => {
    const { surfaces } = run('Green Party nominee Ada Brandt toured the mill on Monday. Union leader Sam Ortiz met her there. The nominee promised new jobs.');
    expect(surfaces('Ada Brandt')).toContainEqual(['The nominee', 'NOMINAL']);
  });

  it('reads a description right before a name as that person, and two role nouns as one description', () => {
    const { surfaces, actors } = run('The veteran union organizer Lia Moss spoke first. The union organizer said the strike would go on.');
    expect(surfaces('Lia Moss')).toEqual([['The veteran union organizer', 'NOMINAL'], ['Lia Moss', 'NAME'], ['The union organizer', 'NOMINAL']]);
    expect(actors).toHaveLength(1);
    const two = run('The billionaire businessman spoke for an hour.');
    expect(two.actors.map((a) => a.name)).toEqual(['the billionaire businessman']);
  });

  it('links "the Vermont Democrat" to the politician whose party tag says so', () => {
    const { surfaces } = run('Sen. Ella Marsh (D-Vt.) and Rep. Tom Kurtz, R-TX, met on Monday. The Vermont Democrat said talks went well; the Texas Republican disagreed.');
    expect(surfaces('Ella Marsh')).toContainEqual(['Vermont Democrat', 'NOMINAL']);
    expect(surfaces('Tom Kurtz')).toContainEqual(['Texas Republican', 'NOMINAL']);
  });

  it('links a definite description of a news role to the most salient person named before it', () => {
    const text = 'Ada Brandt toured the mill on Monday. The billionaire promised new jobs for the valley.';
    expect(ownerOf(text, 'The billionaire')).toBe('Ada Brandt');
    // the subject of the sentence before, not a name in its object
    expect(ownerOf('Ada Brandt met Ivan Toth at the mill. The candidate promised new jobs.', 'The candidate')).toBe('Ada Brandt');
    // in a clause after the main one, the person that clause named, never its subject
    expect(ownerOf('Omar Haddad rebuked Ivan Toth in May when the candidate called for a ban.', 'the candidate')).toBe('Ivan Toth');
  });

  it('does not link a description in apposition, in a predicate, with a complement, of "other", or a trade to an office holder', () => {
    expect(ownerOf('Ada Brandt spoke first. Ivan Toth, the candidate, spoke next.', 'the candidate')).toBe('Ivan Toth');
    expect(ownerOf('Ada Brandt spoke first. Ivan Toth hopes to become the nominee.', 'the nominee')).not.toBe('Ada Brandt');
    expect(ownerOf('Ada Brandt spoke first. The candidate of the left will speak next.', 'The candidate')).not.toBe('Ada Brandt');
    expect(ownerOf('Ada Brandt spoke first. The other candidate will speak next.', 'The other')).not.toBe('Ada Brandt');
    expect(ownerOf('Sen. Ivan Toth met voters in Ames. The businessman left early.', 'The businessman')).not.toBe('Ivan Toth');
  });

  it('links "the Ohio Republican" with no party tag to the most salient person of no other party', () => {
    expect(ownerOf('House Speaker Nora Pell spoke on Monday. The Ohio Republican said talks went well.', 'Ohio Republican')).toBe('Nora Pell');
    expect(ownerOf('Sen. Ella Marsh (D-Vt.) spoke on Monday. The Ohio Republican said talks went well.', 'Ohio Republican')).not.toBe('Ella Marsh');
  });

  it('takes the subject, not a name in a fronted phrase, as the antecedent in an earlier sentence', () => {
    expect(ownerOf('After Mark Ives spoke, Paul Lund left the hall. He returned an hour later.', 'He returned')).toBe('Paul Lund');
    expect(ownerOf('In a letter to Mark Ives, Paul Lund asked for time. He got a week.', 'He got')).toBe('Paul Lund');
    // a pronoun of the same sentence may still point into its fronted phrase
    expect(ownerOf('After Mark Ives spoke, he left the hall.', 'he left')).toBe('Mark Ives');
  });

  it('passes over a lone unknown capitalised word named once for a pronoun, unless nothing else is in reach', () => {
    expect(ownerOf('Mark Ives spoke at the rally. Fans waved Brasko banners all night. He thanked them.', 'He thanked')).toBe('Mark Ives');
    expect(ownerOf('The crowd cheered when Tarlow took the stage. He thanked them.', 'He thanked')).toBe('Tarlow');
  });

  it('does not make a people adjective of several words an actor ("an old Central European saying")', () => {
    const { actors } = run('To borrow an old Central European saying, the door stays open. Latin American markets fell on Monday.');
    expect(actors).toEqual([]);
  });

  it('reads "es" inside a name as a particle ("Dar es Salaam")', () => {
    const { byName, actors } = run('Rescuers in Dar es Salaam worked through the night.');
    expect(byName('Dar es Salaam')?.kind).toBe('LOCATION');
    expect(actors).toHaveLength(1);
  });

  it('resolves a possessive pronoun to the nearest compatible actor', () => {
    const text = 'Governor Alan Price praised Judge Maria Santos and her staff.';
    const doc = buildDocument(text);
    const actors = findActors(doc);
    const her = text.indexOf('her');
    expect(actors.find((a) => a.mentions.some((m) => m.span[0] === her))?.name).toBe('Maria Santos');
  });

  it('makes plural nominals GROUP actors and resolves "they"', () => {
    const { actors } = run('Senior Brazilian officials met on Monday. They said the deal was close.');
    const g = actors.find((a) => a.kind === 'GROUP')!;
    expect(g.name).toBe('Senior Brazilian officials');
    expect(g.affiliation).toBe('Brazil');
    expect(g.mentions.map((m) => m.kind)).toEqual(['NOMINAL', 'PRONOUN']);
  });

  it('creates an actor for an unresolved nominal such as "a spokesman for the ministry"', () => {
    const { actors } = run('A spokesman for the ministry declined to comment.');
    const a = actors.find((x) => x.kind === 'PERSON')!;
    expect(a.mentions[0].kind).toBe('NOMINAL');
    expect(a.title).toBe('spokesman');
  });

  it('makes a description and the name in apposition to it one person', () => {
    const before = run('A senior adviser, Lena Farr, said the talks failed.');
    expect(before.actors.map((a) => a.name)).toEqual(['Lena Farr']);
    expect(before.surfaces('Lena Farr')).toEqual([['A senior adviser', 'NOMINAL'], ['Lena Farr', 'NAME']]);
    const after = run('Lena Farr, a senior adviser, said the talks failed.');
    expect(after.actors.map((a) => a.name)).toEqual(['Lena Farr']);
    const labelled = run('Rep. Lena Farr (D-Calif.), a former prosecutor, said the bill is flawed.');
    expect(labelled.actors.map((a) => a.name)).toEqual(['Lena Farr']);
  });

  it('records aliases', () => {
    const { byName } = run('Former Governor Jane Hollis spoke. Hollis left. The former governor returned.');
    expect(byName('Jane Hollis')?.aliases).toEqual(expect.arrayContaining(['Hollis']));
  });
});
