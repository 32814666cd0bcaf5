import { buildDocument } from '../../../src/extract/document';
import { findTimexes, rangeOf } from '../../../src/extract/time';

/** [surface text, type, value] of every timex found. */
function tx(text: string, publishedAt: string | null): [string, string, string][] {
  return findTimexes(buildDocument(text), publishedAt).map((t) => [text.slice(t.span[0], t.span[1]), t.type, t.value]);
}
function one(text: string, publishedAt: string | null): [string, string, string] {
  const all = tx(text, publishedAt);
  expect(all).toHaveLength(1);
  return all[0];
}

// 2021-06-16 is a Wednesday.
const PUB = '2021-06-16';

describe('findTimexes: absolute and partial dates', () => {
  it('reads full, partial and numeric dates', () => {
    expect(one('The bridge reopened on March 3, 2019, after repairs.', PUB)).toEqual(['March 3, 2019', 'DATE', '2019-03-03']);
    expect(one('The museum closed in Sept. 1997 for good.', PUB)).toEqual(['Sept. 1997', 'DATE', '1997-09']);
    expect(one('The ferry sank on 12 February 2004 near the coast.', PUB)).toEqual(['12 February 2004', 'DATE', '2004-02-12']);
    expect(one('The filing is dated 2020-11-05 in the registry.', PUB)).toEqual(['2020-11-05', 'DATE', '2020-11-05']);
    expect(one('A memo dated 04/09/98 was found.', PUB)).toEqual(['04/09/98', 'DATE', '1998-04-09']);
  });

  it('reads years, decades and centuries', () => {
    expect(one('The dam was finished in 1936 by the state.', PUB)).toEqual(['1936', 'DATE', '1936']);
    expect(one('Prices soared in the 1970s across Europe.', PUB)).toEqual(['the 1970s', 'DATE', '197']);
    expect(one('The town dates from the 14th century and still stands.', PUB)).toEqual(['the 14th century', 'DATE', '13']);
    expect(one('The fund closed fiscal 2019 with a loss.', PUB)).toEqual(['fiscal 2019', 'DATE', '2019']);
  });

  it('does not take quantities for years', () => {
    expect(tx('About 2500 people marched and 1500 troops watched.', PUB)).toEqual([]);
    expect(tx('The firm paid $2000 for the permit.', PUB)).toEqual([]);
  });

  it('resolves a month without a year to the occurrence the tense points to', () => {
    // past tense, the month is still ahead this year → last year's
    expect(one('The council approved the plan in November.', PUB)).toEqual(['November', 'DATE', '2020-11']);
    // future tense → the coming one
    expect(one('The council will vote in November.', PUB)).toEqual(['November', 'DATE', '2021-11']);
    // a past-tense sentence can still name an imminent deadline
    expect(one('The board said the offer expires June 30.', PUB)).toEqual(['June 30', 'DATE', '2021-06-30']);
    expect(one('The trial opened on Feb. 2 in the capital.', PUB)).toEqual(['Feb. 2', 'DATE', '2021-02-02']);
  });

  it('does not read the modal "may" or names as months', () => {
    expect(tx('The minister may resign if the vote fails.', PUB)).toEqual([]);
    expect(tx('Talks with Jan Novak ended without result.', PUB)).toEqual([]);
  });
});

describe('findTimexes: weekdays', () => {
  it('resolves a weekday by the tense of its clause', () => {
    expect(one('The envoy arrived on Monday.', PUB)).toEqual(['Monday', 'DATE', '2021-06-14']);
    expect(one('The envoy will arrive on Monday.', PUB)).toEqual(['Monday', 'DATE', '2021-06-21']);
    expect(one('The envoy met the rebels on Wednesday.', PUB)).toEqual(['Wednesday', 'DATE', '2021-06-16']);
    expect(one('The court has until Friday to rule.', PUB)).toEqual(['Friday', 'DATE', '2021-06-18']);
  });

  it('reads a possessive weekday as the nearest such day and a past plan as past', () => {
    // published on a Wednesday: "Monday's vote" is two days back, not five ahead
    expect(one('Critics will contest Monday\'s vote.', PUB)).toEqual(['Monday', 'DATE', '2021-06-14']);
    expect(one('The offer had been due to expire Friday.', PUB)).toEqual(['Friday', 'DATE', '2021-06-11']);
    expect(one('The tax had been scheduled to rise on Tuesday.', PUB)).toEqual(['Tuesday', 'DATE', '2021-06-15']);
    const text = 'Shares closed at a high on May 7, 2021, up 4% from the previous Friday.';
    expect(tx(text, PUB)).toEqual([
      ['May 7, 2021', 'DATE', '2021-05-07'],
      ['the previous Friday', 'DATE', '2021-04-30'],
    ]);
  });

  it('does not read names of shows or films as times', () => {
    expect(tx('He said so on the program 60 Minutes and on This Week.', PUB)).toEqual([]);
    expect(tx('It was like a scene from High Noon.', PUB)).toEqual([]);
  });

  it('reads last/next weekday strictly before/after the publication date', () => {
    expect(one('The strike began last Wednesday.', PUB)).toEqual(['last Wednesday', 'DATE', '2021-06-09']);
    expect(one('Voting starts next Tuesday.', PUB)).toEqual(['next Tuesday', 'DATE', '2021-06-22']);
  });

  it('adds the part of the day', () => {
    expect(one('Shots were heard Sunday night near the port.', PUB)).toEqual(['Sunday night', 'TIME', '2021-06-13TNI']);
    expect(one('The governor spoke this morning.', PUB)).toEqual(['this morning', 'TIME', '2021-06-16TMO']);
    expect(one('Two men were held last night.', PUB)).toEqual(['last night', 'TIME', '2021-06-15TNI']);
  });

  it('leaves the unknown parts unresolved without a publication date', () => {
    expect(one('The envoy arrived on Monday.', null)).toEqual(['Monday', 'DATE', 'XXXX-WXX-1']);
    expect(one('The council approved the plan in November.', null)).toEqual(['November', 'DATE', 'XXXX-11']);
    expect(one('Prices fell yesterday.', null)).toEqual(['yesterday', 'DATE', 'XXXX-XX-XX']);
    expect(one('Prices fell last week.', null)).toEqual(['last week', 'DATE', 'XXXX-WXX']);
    expect(one('Profits rose in the third quarter.', null)).toEqual(['the third quarter', 'DATE', 'XXXX-Q3']);
    expect(one('Sales are flat now.', null)).toEqual(['now', 'DATE', 'PRESENT_REF']);
    const t = findTimexes(buildDocument('The envoy arrived on Monday.'), null)[0];
    expect([t.start, t.end, t.precision]).toEqual([null, null, null]);
  });
});

describe('findTimexes: relative dates', () => {
  it('resolves deictic words', () => {
    expect(one('The mayor resigned yesterday.', PUB)).toEqual(['yesterday', 'DATE', '2021-06-15']);
    expect(one('The results come out today.', PUB)).toEqual(['today', 'DATE', '2021-06-16']);
    expect(one('The jury returns tomorrow.', PUB)).toEqual(['tomorrow', 'DATE', '2021-06-17']);
    expect(one('The port is closed now.', PUB)).toEqual(['now', 'DATE', 'PRESENT_REF']);
    expect(one('The port was recently reopened.', PUB)).toEqual(['recently', 'DATE', 'PAST_REF']);
    expect(one('Exports have grown in recent years.', PUB)).toEqual(['recent years', 'DATE', 'PAST_REF']);
    expect(one('The plant may reopen in the future.', PUB)).toEqual(['the future', 'DATE', 'FUTURE_REF']);
    expect(one('Such deals were rare in the past.', PUB)).toEqual(['the past', 'DATE', 'PAST_REF']);
  });

  it('resolves this/last/next units', () => {
    expect(one('The rebels withdrew last week.', PUB)).toEqual(['last week', 'DATE', '2021-W23']);
    expect(one('The rebels withdrew this week.', PUB)).toEqual(['this week', 'DATE', '2021-W24']);
    expect(one('Inflation rose last month.', PUB)).toEqual(['last month', 'DATE', '2021-05']);
    expect(one('Inflation rose this year.', PUB)).toEqual(['this year', 'DATE', '2021']);
    expect(one('Elections are due next year.', PUB)).toEqual(['next year', 'DATE', '2022']);
    expect(one('The harvest failed last fall.', PUB)).toEqual(['last fall', 'DATE', '2020-FA']);
    expect(one('The ban was lifted last April.', PUB)).toEqual(['last April', 'DATE', '2021-04']);
  });

  it('keeps position and quantity modifiers in the extent', () => {
    expect(one('Output fell earlier this year.', PUB)).toEqual(['earlier this year', 'DATE', '2021']);
    expect(one('A deal is expected early next year.', PUB)).toEqual(['early next year', 'DATE', '2022']);
    expect(one('Rates rose in late March.', PUB)).toEqual(['late March', 'DATE', '2021-03']);
    expect(one('The mine shut about two years ago.', PUB)).toEqual(['about two years ago', 'DATE', '2019']);
    expect(one('The siege lasted more than three weeks.', PUB)).toEqual(['more than three weeks', 'DURATION', 'P3W']);
  });

  it('dates "ago" expressions at the granularity of their unit', () => {
    expect(one('The well ran dry three days ago.', PUB)).toEqual(['three days ago', 'DATE', '2021-06-13']);
    expect(one('The well ran dry two months ago.', PUB)).toEqual(['two months ago', 'DATE', '2021-04']);
    expect(one('The well ran dry a decade ago.', PUB)).toEqual(['a decade ago', 'DATE', '2011']);
  });
});

describe('findTimexes: durations and sets', () => {
  it('normalises durations', () => {
    expect(one('He began a three-day tour of the north.', PUB)).toEqual(['three-day', 'DURATION', 'P3D']);
    expect(one('The works took a decade to finish.', PUB)).toEqual(['a decade', 'DURATION', 'P10Y']);
    expect(one('The works took three years to finish.', PUB)).toEqual(['three years', 'DURATION', 'P3Y']);
    expect(one('Shares fell in the past two months.', PUB)).toEqual(['the past two months', 'DURATION', 'P2M']);
    expect(one('The vote took place over the last twenty four hours.', PUB)).toEqual(['the last twenty four hours', 'DURATION', 'PT24H']);
    expect(one('The talks stalled for several weeks.', PUB)).toEqual(['several weeks', 'DURATION', 'PXW']);
    expect(one('They waited 45 minutes at the gate.', PUB)).toEqual(['45 minutes', 'DURATION', 'PT45M']);
    expect(one('The loan runs for 2 1/2 years.', PUB)).toEqual(['2 1/2 years', 'DURATION', 'P2Y6M']);
  });

  it('reads halves', () => {
    expect(one('He served seven and a half years in jail.', PUB)).toEqual(['seven and a half years', 'DURATION', 'P7Y6M']);
    expect(one('The repairs took a year and a half.', PUB)).toEqual(['a year and a half', 'DURATION', 'P1Y6M']);
  });

  it('does not take ages, fractions or compounds for durations', () => {
    expect(tx('A 9-year-old boy and a man aged 40 years old were hurt.', PUB)).toEqual([]);
    expect(tx('Less than a quarter of the donors gave on a day-to-day basis.', PUB)).toEqual([]);
  });

  it('normalises sets', () => {
    expect(one('The board meets each season.', PUB)).toEqual(['each season', 'SET', 'P3M']);
    expect(one('Inspectors visit every week.', PUB)).toEqual(['every week', 'SET', 'P1W']);
    expect(one('The paper is printed weekly.', PUB)).toEqual(['weekly', 'SET', 'P1W']);
    expect(one('The council sits each Thursday.', PUB)).toEqual(['each Thursday', 'SET', 'XXXX-WXX-4']);
    expect(one('The ferry runs twice a day.', PUB)).toEqual(['a day', 'SET', 'P1D']);
  });

  it('leaves rates of a quantity untagged, like "miles per hour"', () => {
    expect(tx('The firm pays $5 million a year in rent.', PUB)).toEqual([]);
    expect(tx('The line will carry 900 passengers a week and 40 trains a day.', PUB)).toEqual([]);
    expect(tx('Revenue should grow 6% annually, and the mill makes 2,000 tonnes annually.', PUB)).toEqual([]);
    expect(tx('The new chip runs 20 million instructions per second.', PUB)).toEqual([]);
    // an adverb of frequency without a quantity is still a set
    expect(one('The fair is held here annually.', PUB)).toEqual(['annually', 'SET', 'P1Y']);
  });
});

describe('findTimexes: times, quarters, seasons, holidays', () => {
  it('reads clock times and anchors them to a nearby day', () => {
    expect(one('The polls close at 8 p.m. in the east.', PUB)).toEqual(['8 p.m.', 'TIME', '2021-06-16T20:00']);
    expect(one('The blast came at 10:40 a.m. Tuesday.', PUB)).toEqual(['10:40 a.m. Tuesday', 'TIME', '2021-06-15T10:40']);
    expect(one('The deadline passed at noon.', PUB)).toEqual(['noon', 'TIME', '2021-06-16T12:00']);
  });

  it('reads fiscal quarters and halves', () => {
    expect(one('Profit rose in the third quarter.', '2013-10-20')).toEqual(['the third quarter', 'DATE', '2013-Q3']);
    expect(one('Third-quarter profit rose sharply.', '2013-10-20')).toEqual(['Third-quarter', 'DATE', '2013-Q3']);
    expect(one('Profit fell in the fourth quarter of 2011.', PUB)).toEqual(['the fourth quarter of 2011', 'DATE', '2011-Q4']);
    expect(one('Sales doubled in the first half of 2019.', PUB)).toEqual(['the first half of 2019', 'DATE', '2019-H1']);
    // a quarter that has not begun yet in a past-tense sentence is last year's
    expect(one('Profit fell in the fourth quarter.', '2014-01-20')).toEqual(['the fourth quarter', 'DATE', '2013-Q4']);
  });

  it('reads "a year earlier" against the quarter under discussion', () => {
    const text = 'Profit rose in the third quarter. It had fallen a year earlier.';
    expect(tx(text, '2013-10-20')).toEqual([
      ['the third quarter', 'DATE', '2013-Q3'],
      ['a year earlier', 'DATE', '2012-Q3'],
    ]);
    expect(one('The plant was sold a year ago.', '2013-10-20')).toEqual(['a year ago', 'DATE', '2012']);
    const text2 = 'Profit rose in the third quarter, against a year-earlier loss and the same period last year.';
    expect(tx(text2, '2013-10-20')).toEqual([
      ['the third quarter', 'DATE', '2013-Q3'],
      ['year-earlier', 'DATE', '2012-Q3'],
      ['the same period last year', 'DATE', '2012-Q3'],
    ]);
  });

  it('reads seasons and holidays', () => {
    expect(one('The dam will be finished this summer.', PUB)).toEqual(['this summer', 'DATE', '2021-SU']);
    expect(one('The drought began in the winter of 2018.', PUB)).toEqual(['the winter of 2018', 'DATE', '2018-WI']);
    expect(one('The ceasefire held over Christmas.', PUB)).toEqual(['Christmas', 'DATE', '2020-12-25']);
  });
});

describe('rangeOf', () => {
  it('gives the calendar range a value pins', () => {
    expect(rangeOf('2018-08-27')).toEqual({ start: '2018-08-27', end: '2018-08-28', precision: 'DAY' });
    expect(rangeOf('2018-W34')).toEqual({ start: '2018-08-20', end: '2018-08-27', precision: 'WEEK' });
    expect(rangeOf('2018-02')).toEqual({ start: '2018-02-01', end: '2018-03-01', precision: 'MONTH' });
    expect(rangeOf('2013-Q3')).toEqual({ start: '2013-07-01', end: '2013-10-01', precision: 'QUARTER' });
    expect(rangeOf('2013-SU')).toEqual({ start: '2013-06-01', end: '2013-09-01', precision: 'SEASON' });
    expect(rangeOf('2011')).toEqual({ start: '2011-01-01', end: '2012-01-01', precision: 'YEAR' });
    expect(rangeOf('199')).toEqual({ start: '1990-01-01', end: '2000-01-01', precision: 'DECADE' });
    expect(rangeOf('19')).toEqual({ start: '1900-01-01', end: '2000-01-01', precision: 'CENTURY' });
    expect(rangeOf('2018-08-26TNI')).toEqual({ start: '2018-08-26', end: '2018-08-27', precision: 'TIME' });
    expect(rangeOf('PRESENT_REF')).toEqual({ start: null, end: null, precision: null });
    expect(rangeOf('XXXX-WXX-1')).toEqual({ start: null, end: null, precision: null });
    expect(rangeOf('P2D')).toEqual({ start: null, end: null, precision: null });
  });
});

describe('findTimexes: robustness', () => {
  it('is linear on a long text without a full stop', () => {
    const text = 'and on Monday the board said it would meet again next week '.repeat(20000);
    const t0 = Date.now();
    const out = findTimexes(buildDocument(text), '2021-06-16');
    expect(out.length).toBe(40000);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});

describe('findTimexes: approximate ranges of relative expressions', () => {
  /** [surface, value, start, end, precision] of every timex. */
  function ranged(text: string, publishedAt: string | null): [string, string, string | null, string | null, string | null][] {
    return findTimexes(buildDocument(text), publishedAt).map((t) => [text.slice(t.span[0], t.span[1]), t.value, t.start, t.end, t.precision]);
  }

  it('gives PAST_REF, PRESENT_REF and FUTURE_REF a range around the publication date, keeping the value', () => {
    expect(ranged('In recent months, the rebels lost most of their ground.', PUB)).toEqual([
      ['recent months', 'PAST_REF', '2020-12-16', '2021-06-16', 'MONTH'],
    ]);
    expect(ranged('The ferry company recently cut its timetable.', PUB)).toEqual([['recently', 'PAST_REF', '2021-05-16', '2021-06-16', 'WEEK']]);
    expect(ranged('Rents have doubled in recent years across the valley.', PUB)).toEqual([
      ['recent years', 'PAST_REF', '2016-06-16', '2021-06-16', 'YEAR'],
    ]);
    expect(ranged('The two leagues are now talking about a merger.', PUB)).toEqual([['now', 'PRESENT_REF', '2021-06-16', '2021-06-17', 'DAY']]);
    expect(ranged('A second bridge will be built in the near future.', PUB)).toEqual([
      ['the near future', 'FUTURE_REF', '2021-06-16', '2021-12-16', 'MONTH'],
    ]);
  });

  it('ranges durations anchored at the publication date by their lead word', () => {
    expect(ranged('More talks are planned in the coming weeks.', PUB)).toEqual([['the coming weeks', 'PXW', '2021-06-16', '2021-07-16', 'WEEK']]);
    expect(ranged('Exports fell over the past two months, the ministry said.', PUB)).toEqual([
      ['the past two months', 'P2M', '2021-04-16', '2021-06-16', 'MONTH'],
    ]);
    // "a few years ago": more than a year back, within the usual reach of "a few"
    expect(ranged('The mill closed a few years ago and was sold.', PUB)).toEqual([['a few years ago', 'PAST_REF', '2016-06-16', '2020-06-16', 'YEAR']]);
    // a plain length has no place on the timeline
    expect(ranged('The strike lasted three weeks.', PUB)).toEqual([['three weeks', 'P3W', null, null, null]]);
  });

  it('invents no range without a publication date', () => {
    expect(ranged('In recent months, the rebels lost ground; now they are talking.', null)).toEqual([
      ['recent months', 'PAST_REF', null, null, null],
      ['now', 'PRESENT_REF', null, null, null],
    ]);
  });
});

describe('findTimexes: direction and small conventions', () => {
  it('reads a past verb right after the weekday and a pluperfect before "by"', () => {
    // ahead of a trip (future word on the left), the verb right after the day decides
    expect(one('Ahead of the trip, the ministry on Sunday issued a travel warning.', PUB)).toEqual(['Sunday', 'DATE', '2021-06-13']);
    expect(one('Twelve states had filed their reports by Tuesday.', PUB)).toEqual(['Tuesday', 'DATE', '2021-06-15']);
    expect(one('Dealers were ready to buy as soon as the market opened Monday.', PUB)).toEqual(['Monday', 'DATE', '2021-06-21']);
  });

  it('finds the governing future tense further to the left', () => {
    expect(one('The pilot will be named commander of the station crew for a long mission in December.', '2021-02-03')).toEqual(['December', 'DATE', '2021-12']);
  });

  it('reads halves of time units, vague ranges, "one day" and days next to a date', () => {
    expect(one('The alarm stopped a minute and a half later.', PUB)).toEqual(['a minute and a half', 'DURATION', 'PT1M30S']);
    expect(one('The hostage probably died within weeks or months of the raid.', PUB)).toEqual(['weeks or months', 'DURATION', 'PXW']);
    expect(one('Solar power could one day supply the island.', PUB)).toEqual(['one day', 'DATE', 'FUTURE_REF']);
    expect(one("The day before last Tuesday's vote, the mayor resigned.", PUB)).toEqual(['day before last Tuesday', 'DATE', '2021-06-14']);
    expect(one("Sales have been flat in the last half of the '90s.", PUB)).toEqual(["the last half of the '90s", 'DATE', '199']);
    expect(one('The index has gained 4% since year-end.', PUB)).toEqual(['year-end', 'DATE', '2020-12-31']);
    expect(one('Few storms were as strong in the past century.', PUB)).toEqual(['the past century', 'DURATION', 'P100Y']);
  });
});

describe('findTimexes: present states, parts of days, anaphora and sets of days', () => {
  it('tags the adjective "current" as the present, but not accounting terms', () => {
    expect(one('The union rejected the current offer from the port.', PUB)).toEqual(['current', 'DATE', 'PRESENT_REF']);
    expect(one('Holders may buy more shares at the then current price.', PUB)).toEqual(['then current', 'DATE', 'PAST_REF']);
    expect(tx('The current account deficit widened.', PUB)).toEqual([]);
    // "the current year" stays a calendar year
    expect(one('Sales should rise in the current year.', PUB)).toEqual(['the current year', 'DATE', '2021']);
  });

  it('reads a part of the day on its own against the day under discussion', () => {
    expect(one('In Tokyo at mid-afternoon yesterday, the index was flat.', PUB)).toEqual(['mid-afternoon yesterday', 'TIME', '2021-06-15TAF']);
    expect(one('By mid afternoon, the rain had stopped.', PUB)).toEqual(['mid afternoon', 'TIME', '2021-06-16TAF']);
    expect(tx('The ferry sank on Monday. Divers reached the wreck in the morning.', PUB)).toEqual([
      ['Monday', 'DATE', '2021-06-14'],
      ['the morning', 'TIME', '2021-06-14TMO'],
    ]);
  });

  it('reads "the week" under discussion, "that quarter" and "the latest fiscal year"', () => {
    expect(tx('Shares fell 2% on Friday. For the week, the index lost 5%.', PUB)).toEqual([
      ['Friday', 'DATE', '2021-06-11'],
      ['the week', 'DATE', '2021-WXX'],
    ]);
    expect(tx('Profit rose in the second quarter. Results for that quarter included a gain.', '2013-10-20')).toEqual([
      ['the second quarter', 'DATE', '2013-Q2'],
      ['that quarter', 'DATE', '2013-Q2'],
    ]);
    expect(one('The chain had sales of $2 billion in the latest fiscal year.', PUB)).toEqual(['the latest fiscal year', 'DATE', '2020']);
  });

  it('keeps the reported quarter under discussion past forecasts and background quarters', () => {
    // a forecast quarter is not what "the year-ago period" compares with
    const forecast = 'Profit fell in the third quarter. Analysts see losses through the second quarter of 2014. In the year-ago period, the firm earned $4 million.';
    expect(tx(forecast, '2013-10-20').map((t) => t[2])).toEqual(['2013-Q3', '2014-Q2', '2012-Q3']);
    const background = 'Profit rose in the third quarter. After a weak second quarter, margins improved from the year-earlier period.';
    expect(tx(background, '2013-10-20').map((t) => t[2])).toEqual(['2013-Q3', '2013-Q2', '2012-Q3']);
    // many sentences on, "the year-earlier period" takes the last quarter ended before publication; as
    // that is the quarter named, it is under discussion again for "the 2013 period" and "a year ago"
    const later = 'The mill posted a gain in the third quarter. Sales rose. Costs fell. Exports grew. Debt fell. Staff rose. '
      + 'Charges were taken in the year-earlier period. In the 2013 period, taxes were lower than a year ago.';
    expect(tx(later, '2013-11-01').map((t) => t[2])).toEqual(['2013-Q3', '2012-Q3', '2013-Q3', '2012-Q3']);
    // "the 2012 period" is the comparison: "a year earlier" still counts from the 2013 quarter
    const compared = 'Profit rose in the latest quarter, but there was a gain in the 2012 period. The dividend rose from 4 cents a year earlier.';
    expect(tx(compared, '2013-11-01').map((t) => t[2])).toEqual(['2013-Q3', '2012-Q3', '2012-Q3']);
    // "this quarter's loss" in the report is the reported quarter; "a loss this quarter" the current one
    expect(tx("Net fell in the third quarter. This quarter's loss includes charges.", '2013-11-01').map((t) => t[2])).toEqual(['2013-Q3', '2013-Q3']);
    expect(tx('Net fell in the third quarter. It expects a loss this quarter.', '2013-11-01').map((t) => t[2])).toEqual(['2013-Q3', '2013-Q4']);
  });

  it('keeps a company\'s fiscal name of the quarter under discussion', () => {
    // named "fiscal": "the quarter ended Sept. 30" and "the latest period" are that quarter
    const named = 'The firm posted net income for the fiscal second quarter of $8 million. Sales increased in the quarter ended Sept. 30 from $6 million a year ago. The latest period includes gains.';
    expect(tx(named, '2013-10-26').map((t) => t[2])).toEqual(['2013-Q2', '2013-Q2', '2013-09-30', '2012-Q2', '2013-Q2']);
    // a quarter that ends in another month than its calendar one is fiscal
    const ended = 'Net rose in the second quarter ended Oct. 31. Sales in the latest period were $2 billion.';
    expect(tx(ended, '2013-12-05').map((t) => t[2])).toEqual(['2013-Q2', '2013-10-31', '2013-Q2']);
    // reported before it has ended on the calendar: fiscal
    const open = "The company reported a decline in fourth-quarter earnings. Sales in the latest period rose from last year's $1.5 billion.";
    expect(tx(open, '2013-11-02').map((t) => t[2])).toEqual(['2013-Q4', '2013-Q4', '2012-Q4']);
    // … unless an ended quarter is under discussion: then the running one is a forecast
    const forecast = 'Net rose in the third quarter. The storm will cause a fourth-quarter charge. In the latest quarter, it lost $7 million, against a gain of $6 million a year ago.';
    expect(tx(forecast, '2013-11-02').map((t) => t[2])).toEqual(['2013-Q3', '2013-Q4', '2013-Q3', '2012-Q3']);
  });

  it('reads possessive weekdays as the most recent such day', () => {
    // 2021-06-16 is a Wednesday: "Tuesday's" is yesterday, "Thursday's" last week's
    expect(one("The bonds were priced above Thursday's close.", PUB)).toEqual(['Thursday', 'DATE', '2021-06-10']);
  });

  it('reads recurring parts of weekdays, coordinated days of a month, Easter and "a later date"', () => {
    expect(tx('Extra trains run on Friday and Saturday nights from July.', PUB)).toEqual([
      ['Friday', 'SET', 'XXXX-WXX-5TNI'],
      ['Saturday nights', 'SET', 'XXXX-WXX-6TNI'],
      ['July', 'DATE', '2021-07'],
    ]);
    expect(tx('The summit will be held on May 3 and 4.', '2021-02-01')).toEqual([
      ['May 3', 'DATE', '2021-05-03'],
      ['4', 'DATE', '2021-05-04'],
    ]);
    expect(one('Pilgrims arrived as Easter week began.', '2019-04-15')).toEqual(['Easter week', 'DATE', '2019-W16']);
    expect(one('The shops reopen on Easter Monday.', '2021-03-30')).toEqual(['Easter Monday', 'DATE', '2021-04-05']);
    expect(one('The bonds will be sold at a later date.', PUB)).toEqual(['a later date', 'DATE', 'FUTURE_REF']);
  });
});

describe('findTimexes: past-governed months, discourse "now", "soon" and small anaphora', () => {
  it('puts a month governed by the past verb itself in the past, but not one of an infinitive or a "for/until" phrase', () => {
    // 2021-06-16: the coming December is much closer than the last, yet the bakery already moved
    expect(one('The bakery moved its ovens to a new site in December.', PUB)).toEqual(['December', 'DATE', '2020-12']);
    expect(one('In July, the mayor opened a second library.', PUB)).toEqual(['July', 'DATE', '2020-07']);
    // the date belongs to the planned act or to the preposition: the coming one
    expect(one('The city agreed to buy the depot in July.', PUB)).toEqual(['July', 'DATE', '2021-07']);
    expect(one('The lenders extended the credit line through July.', PUB)).toEqual(['July', 'DATE', '2021-07']);
  });

  it('reads the main verb of a long fronted adjunct and a past plan as pointing forward', () => {
    expect(tx('In July, shortly after the long and bitter storms across the northern valleys and the high passes of the old province, a flood damaged the mill.', PUB)).toEqual([['July', 'DATE', '2020-07']]);
    // "the mayor opened": a verb after a noun, not an adjectival participle ("the newly opened")
    expect(one('In December, the mayor opened a second library.', PUB)).toEqual(['December', 'DATE', '2020-12']);
    expect(one('Farmers planned a march through the town on Saturday.', PUB)).toEqual(['Saturday', 'DATE', '2021-06-19']);
  });

  it('does not tag a discourse "Now," or "Now for", but keeps "now" in the clause', () => {
    expect(tx('Now, the real question is who pays for the bridge.', PUB)).toEqual([]);
    expect(tx('Now for the weather in the hills.', PUB)).toEqual([]);
    expect(one('The bridge is now closed to trucks.', PUB)).toEqual(['now', 'DATE', 'PRESENT_REF']);
    expect(one('Now the bridge is closed to trucks.', PUB)).toEqual(['Now', 'DATE', 'PRESENT_REF']);
  });

  it('tags "soon" after a modal or "to" as the future, not "as soon as" or "soon after"', () => {
    expect(one('The council may soon approve the budget.', PUB)).toEqual(['soon', 'DATE', 'FUTURE_REF']);
    expect(one('The plant soon will hire more workers.', PUB)).toEqual(['soon', 'DATE', 'FUTURE_REF']);
    expect(tx('She left as soon as the talks ended.', PUB)).toEqual([]);
    expect(tx('He was freed soon after the raid.', PUB)).toEqual([]);
  });

  it('does not date the present age, a fate or an idiom of time', () => {
    expect(tx('The film speaks to today\'s youth about money.', PUB)).toEqual([]);
    expect(tx('That matters for the future of our towns.', PUB)).toEqual([]);
    expect(tx('They want the schools of tomorrow to be open.', PUB)).toEqual([]);
    expect(tx('The sale should close in a matter of weeks.', PUB)).toEqual([]);
    expect(one('The rivals ended their third day-long meeting.', PUB)).toEqual(['day-long', 'DURATION', 'P1D']);
    expect(one('It was a decades-long feud between the clans.', PUB)).toEqual(['decades-long', 'DURATION', 'PXE']);
    expect(one('Police came in the early hours of Sunday.', PUB)).toEqual(['Sunday', 'DATE', '2021-06-13']);
    expect(one('The editorial ran in today\'s edition.', PUB)).toEqual(['today', 'DATE', '2021-06-16']);
  });

  it('reads "4 in the morning" as a clock time, with a day named in a restating parenthesis', () => {
    expect(tx('The convoy will leave at 4 in the morning (2 a.m. GMT Friday), officials said.', PUB)[0]).toEqual(['4 in the morning', 'TIME', '2021-06-18T04:00']);
    expect(tx('The ferry docked at 3 in the afternoon.', PUB)).toEqual([['3 in the afternoon', 'TIME', '2021-06-16T15:00']]);
  });

  it('reads "that same day" against a month under discussion and "the Nth day of" as today', () => {
    expect(tx('The mill burned last March. The owner was arrested that same day.', PUB)).toEqual([
      ['last March', 'DATE', '2021-03'],
      ['that same day', 'DATE', '2021-03-XX'],
    ]);
    expect(one("It's the third day of a strike by the bus drivers.", PUB)).toEqual(['the third day', 'DATE', '2021-06-16']);
    expect(tx('The siege was at its worst on the third day of fighting.', PUB)).toEqual([]);
    // "most recently" before a date only orders events
    expect(one('Floods hit the town twice, most recently in April.', PUB)).toEqual(['April', 'DATE', '2021-04']);
  });
});

describe('findTimexes: reference days, long sentences, ended periods, idioms and model years', () => {
  it('puts "overnight" in a past report on the night before the day under discussion', () => {
    expect(tx('Shares closed lower on Friday. They were hit by overnight losses in Tokyo and fell again from the previous Friday.', PUB)).toEqual([
      ['Friday', 'DATE', '2021-06-11'],
      ['overnight', 'TIME', '2021-06-10TNI'],
      ['the previous Friday', 'DATE', '2021-06-04'],
    ]);
    expect(one('Crews will work overnight to clear the road.', PUB)).toEqual(['overnight', 'TIME', '2021-06-16TNI']);
  });

  it('takes the tense of a month from a main verb far before it in the same sentence', () => {
    const text = 'The stock has fluctuated sharply on rumours of a takeover by a rival group of investors, climbing to a high of $42 a share in May from $30 in October.';
    expect(tx(text, PUB)).toEqual([
      ['May', 'DATE', '2021-05'],
      ['October', 'DATE', '2020-10'],
    ]);
  });

  it('dates a period that "ended" on a day at or before the publication date', () => {
    // the year-ago quarter is the quarter of its apposition
    expect(tx('In the year-ago quarter, the second quarter ended June 30, the firm lost $3 million.', PUB)).toEqual([
      ['the year-ago quarter', 'DATE', '2020-Q2'],
      ['the second quarter', 'DATE', '2020-Q2'],
      ['June 30', 'DATE', '2020-06-30'],
    ]);
  });

  it('reads a present-tense schedule with a weekday as the coming day', () => {
    expect(one('The two leaders meet separately Monday with the envoy.', PUB)).toEqual(['Monday', 'DATE', '2021-06-21']);
    expect(one('The delegation arrives Friday in the capital.', PUB)).toEqual(['Friday', 'DATE', '2021-06-18']);
  });

  it('reads an amount compared with "last year" in a quarterly report as the year-ago quarter', () => {
    expect(tx('Net income in the first quarter rose to $5 million, compared with a loss of $3 million last year.', PUB)).toEqual([
      ['the first quarter', 'DATE', '2021-Q1'],
      ['last year', 'DATE', '2020-Q1'],
    ]);
    expect(tx('Sales in the first quarter were $1.7 billion, up 13% from last year\'s $1.5 billion.', PUB)).toEqual([
      ['the first quarter', 'DATE', '2021-Q1'],
      ['last year', 'DATE', '2020-Q1'],
    ]);
    expect(one('The firm moved to Denver last year.', PUB)).toEqual(['last year', 'DATE', '2020']);
  });

  it('keeps "or so" inside an "ago" expression', () => {
    expect(one('The talks began a week or so ago.', PUB)).toEqual(['a week or so ago', 'DATE', '2021-W23']);
  });

  it('reads "March" and "May" after an article and before a noun as months', () => {
    expect(one('The March accession lets the two states vote.', PUB)).toEqual(['March', 'DATE', '2021-03']);
    expect(one('The May elections were calm.', PUB)).toEqual(['May', 'DATE', '2021-05']);
    expect(tx('Thousands joined the March against hunger.', PUB)).toEqual([]);
    expect(tx('The minister may resign.', PUB)).toEqual([]);
  });

  it('does not take a base-like form after "to", a modal or "get" for a past verb', () => {
    expect(one('Farmers are going to get hit hard in the autumn.', PUB)).toEqual(['the autumn', 'DATE', '2021-FA']);
    expect(one('Prices are likely to hit a peak in October.', PUB)).toEqual(['October', 'DATE', '2021-10']);
  });

  it('does not read "high noon" or a model year as a time', () => {
    expect(one('For the rebels, high noon comes today.', PUB)).toEqual(['today', 'DATE', '2021-06-16']);
    expect(tx('Police found his 1987 Chevrolet in a parking lot.', PUB)).toEqual([]);
    expect(tx('The 2019 models sold well.', PUB)).toEqual([]);
    expect(tx("Agents towed the suspect's 1994 Toyota away.", PUB)).toEqual([]);
    // outside a noun phrase the year is a date even before a maker's name
    expect(tx('In 1903 Ford founded the company.', PUB)).toEqual([['1903', 'DATE', '1903']]);
  });

  it('reads a shared head noun for both members of a coordination', () => {
    expect(tx('Most tickets sell in the first and third quarters.', PUB)).toEqual([
      ['first', 'SET', 'XXXX-Q1'],
      ['third quarters', 'SET', 'XXXX-Q3'],
    ]);
    expect(tx('The farm earned more this year than last.', PUB)).toEqual([
      ['this year', 'DATE', '2021'],
      ['last', 'DATE', '2020'],
    ]);
  });

  it('reads "several quarters of" as a stretch of time and a vague gap between two events as no time', () => {
    expect(one('The mill turned a profit after several quarters of losses.', PUB)).toEqual(['several quarters', 'DURATION', 'PXQ']);
    expect(tx('The two alarms went off minutes apart.', PUB)).toEqual([]);
    expect(tx('The plan drew praise in some quarters of the city.', PUB)).toEqual([]);
    expect(one('Voters backed three quarters of the proposals on Friday.', PUB)).toEqual(['Friday', 'DATE', '2021-06-11']);
  });

  it('leaves focus particles ("only", "just", "barely") out of the expression', () => {
    expect(one('The crew spent only five hours ashore.', PUB)).toEqual(['five hours', 'DURATION', 'PT5H']);
    expect(one('The shop opened barely a month before the flood.', PUB)).toEqual(['a month', 'DURATION', 'P1M']);
  });

  it('reads "the year of" an amount as the current year', () => {
    expect(tx('The shares hit a high for the year of $18.', PUB)).toEqual([['the year', 'DATE', '2021']]);
  });

  it('keeps "around" with a date or clock time it approximates, but not a verb particle', () => {
    expect(one('The ferry should dock around Nov. 4, the captain said.', '2021-10-20')).toEqual(['around Nov. 4', 'DATE', '2021-11-04']);
    expect(one("Lawyers looked for ways to get around Tuesday's order.", PUB)).toEqual(['Tuesday', 'DATE', '2021-06-15']);
  });
});


describe('findTimexes: appositions, names and rates', () => {
  it('joins a calendar date in apposition to a modified weekday naming the same day', () => {
    expect(one('The fair opens this coming Saturday, June 19, in the old harbour.', PUB)).toEqual(['this coming Saturday, June 19', 'DATE', '2021-06-19']);
    // a date for another day is a second expression
    expect(tx('The board met last Friday, June 4 and again later.', PUB)).toEqual([
      ['last Friday', 'DATE', '2021-06-11'],
      ['June 4', 'DATE', '2021-06-04'],
    ]);
  });

  it('leaves a year that is part of a name, but not one after a month, season or holiday', () => {
    expect(tx('She joined a start-up called Nova 1995, which made sensors.', PUB)).toEqual([]);
    expect(tx('Fans gathered for Euro 2016 in the square.', PUB)).toEqual([]);
    expect(one('The shop reopened after Easter 1998 with new owners.', PUB)).toEqual(['Easter 1998', 'DATE', '1998-04-12']);
    expect(one('In 1982 the plant closed.', PUB)).toEqual(['1982', 'DATE', '1982']);
  });

  it('takes no stretch of time for the hours or days of a rate ("24 hours a day")', () => {
    expect(tx('Guards now watch the depot 24 hours a day.', PUB)).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(tx('The clinic opens six days a week.', PUB)).toEqual([]);
    // a day before "a week ago" is still a stretch of time
    expect(tx('The strike lasted three days a week ago.', PUB)).toEqual([
      ['three days', 'DURATION', 'P3D'],
      ['a week ago', 'DATE', '2021-W23'],
    ]);
  });

  it('takes no stretch of time for an amount of pay counted in months or weeks', () => {
    expect(tx('Each worker gets a bonus of three months of base pay.', PUB)).toEqual([]);
    expect(tx('The mayor owed eight weeks of rent.', PUB)).toEqual([]);
    expect(one('The union won after three months of talks.', PUB)).toEqual(['three months', 'DURATION', 'P3M']);
  });

  it('reads a count of past or coming seasons as a set of seasons', () => {
    expect(one('Floods hit the valley in each of the past four winters.', PUB)).toEqual(['the past four winters', 'SET', 'XXXX-WI']);
    expect(one('The troupe will tour for the next two summers.', PUB)).toEqual(['the next two summers', 'SET', 'XXXX-SU']);
  });

  it('reads "in" + a count of units in a future clause as the point that far ahead', () => {
    expect(one('The bonds will mature in ten years, the bank said.', PUB)).toEqual(['ten years', 'DATE', '2031']);
    expect(one('The ferry will return in three days.', PUB)).toEqual(['three days', 'DATE', '2021-06-19']);
    // in the past, or after a superlative, the span is measured, not a point
    expect(one('She wrote to him twice in two weeks.', PUB)).toEqual(['two weeks', 'DURATION', 'P2W']);
    expect(one('It will be the highest price in five years.', PUB)).toEqual(['five years', 'DURATION', 'P5Y']);
  });

  it('reads "until then" as the date just named, and nothing when no date was named', () => {
    expect(tx('The offer expires on Nov. 30. Until then, holders may convert.', PUB)).toEqual([
      ['Nov. 30', 'DATE', '2021-11-30'],
      ['then', 'DATE', '2021-11-30'],
    ]);
    expect(tx('Until then, holders may convert.', PUB)).toEqual([]);
  });

  it('reads "coming"/"past" + a bare plural unit as a vague future or past, but "the coming years" as a stretch', () => {
    expect(one('Rents should ease in coming months, agents said.', PUB)).toEqual(['coming months', 'DATE', 'FUTURE_REF']);
    expect(one('Floods were worse in past years, too.', PUB)).toEqual(['past years', 'DATE', 'PAST_REF']);
    expect(one('The plan will cost more over the coming years.', PUB)).toEqual(['the coming years', 'DURATION', 'PXY']);
  });

  it('reads every year of a comma-separated list', () => {
    expect(tx('The fair was held in 2004, 2006 and 2009.', PUB)).toEqual([
      ['2004', 'DATE', '2004'],
      ['2006', 'DATE', '2006'],
      ['2009', 'DATE', '2009'],
    ]);
  });
});
