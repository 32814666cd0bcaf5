import { addTimexCounts, emptyTimexCounts, pairSpans, prf, scoreEvents, scoreTimexes, type ScoredTimex } from '../../../eval/timeml-score';
import { parseTimeml } from '../../../eval/timeml-load';

const t = (s: number, e: number, type: string, value: string): ScoredTimex => ({ span: [s, e], type, value });

describe('timeml-score', () => {
  it('pairs overlapping spans one-to-one, largest overlap first', () => {
    expect(pairSpans([[0, 10]], [[0, 3], [2, 9]])).toEqual([[0, 1]]);
    expect(pairSpans([[0, 5], [10, 15]], [[3, 12]])).toEqual([[0, 0]]);
    expect(pairSpans([[0, 5]], [[5, 9]])).toEqual([]); // touching is not overlapping (ends are exclusive)
  });

  it('relaxed counts any overlap, strict only identical extents', () => {
    const gold = [t(0, 9, 'DATE', '2001'), t(20, 30, 'DATE', '2002')];
    const sys = [t(4, 9, 'DATE', '2001'), t(20, 30, 'DATE', '2002'), t(40, 45, 'DATE', '2003')];
    const { counts } = scoreTimexes(gold, sys);
    expect(counts.relaxed).toEqual({ gold: 2, system: 3, correct: 2 });
    expect(counts.strict).toEqual({ gold: 2, system: 3, correct: 1 });
    const r = prf(counts.strict);
    expect(r.precision).toBeCloseTo(1 / 3);
    expect(r.recall).toBeCloseTo(1 / 2);
    expect(r.f1).toBeCloseTo(0.4);
  });

  it('value and type need a pair and an identical attribute; P over system, R over gold', () => {
    const gold = [t(0, 6, 'DATE', '2018-08-27'), t(10, 17, 'DURATION', 'P2D'), t(30, 35, 'DATE', 'PAST_REF')];
    const sys = [t(0, 6, 'DATE', '2018-08-20'), t(10, 17, 'DURATION', 'P2D')];
    const { counts, valueErrors } = scoreTimexes(gold, sys);
    expect(counts.value).toEqual({ gold: 3, system: 2, correct: 1 });
    expect(counts.type).toEqual({ gold: 3, system: 2, correct: 2 });
    expect(valueErrors).toEqual([{ gold: gold[0], system: sys[0] }]);
    expect(prf(counts.type).precision).toBe(1);
    expect(prf(counts.type).recall).toBeCloseTo(2 / 3);
  });

  it('an event is found when a trigger overlaps it, each counted once', () => {
    expect(scoreEvents([[0, 4], [10, 15]], [[1, 3], [2, 4], [20, 22]])).toEqual({ gold: 2, system: 3, correct: 1 });
  });

  it('gives zeros, not NaN, on empty input and sums documents', () => {
    expect(prf({ gold: 0, system: 0, correct: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    const total = emptyTimexCounts();
    addTimexCounts(total, scoreTimexes([t(0, 1, 'DATE', 'x')], [t(0, 1, 'DATE', 'x')]).counts);
    addTimexCounts(total, scoreTimexes([t(0, 1, 'DATE', 'x')], []).counts);
    expect(total.value).toEqual({ gold: 2, system: 1, correct: 1 });
  });
});

describe('timeml-load', () => {
  it('strips tags, decodes entities and keeps offsets into the plain text', () => {
    const xml = `<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1999-03-04">March 4</TIMEX3></DCT>
<TEXT>AT&amp;T <EVENT eid="e1" class="OCCURRENCE">sold</EVENT> it <TIMEX3 tid="t1" type="DATE" value="1999-03-01">Monday</TIMEX3> &lt;ok&gt;.</TEXT></TimeML>`;
    const d = parseTimeml(xml);
    expect(d.id).toBe('d1');
    expect(d.dct).toBe('1999-03-04');
    expect(d.text).toBe('AT&T sold it Monday <ok>.');
    expect(d.events.map((e) => d.text.slice(e.span[0], e.span[1]))).toEqual(['sold']);
    expect(d.timexes).toEqual([{ span: [13, 19], type: 'DATE', value: '1999-03-01', tid: 't1' }]);
  });
});
