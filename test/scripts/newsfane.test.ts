import { describe, expect, it } from 'vitest';
import { mapTags, opensWithOuterHead, rejoinClitics } from '../../scripts/lib/newsfane.js';

describe('NewsFANE as the tagger learns it', () => {
  it.each([
    [['و', 'الصادرات'], ['O', 'O'], ['والصادرات'], ['O']],
    [['اعلن', 'ه'], ['O', 'O'], ['اعلنه'], ['O']],
    [['ل', 'حركة', 'حماس'], ['B-Non-Governmental', 'I-Non-Governmental', 'I-Non-Governmental'], ['لحركة', 'حماس'], ['B-Non-Governmental', 'I-Non-Governmental']],
  ])('rejoinClitics(%j)', (words, tags, w, t) => expect(rejoinClitics({ words, tags })).toEqual({ words: w, tags: t }));

  it.each([
    [['حركة', 'حماس'], true],
    [['لحركة', 'الجهاد', 'الاسلامي'], true],
    [['نادي', 'النصر'], true],
    [['النادي', 'الاهلي'], true],
    [['وكالة', 'الانباء'], true],
    [['مسجد', 'هوبان'], true],
    // Heads ANERcorp keeps inside, definite heads of a name, and a head alone.
    [['حزب', 'الله'], false],
    [['مجلس', 'الامن'], false],
    [['الوكالة', 'الدولية', 'للطاقة', 'الذرية'], false],
    [['حركة'], false],
  ])('opensWithOuterHead(%j) is %s', (words, expected) => expect(opensWithOuterHead(words)).toBe(expected));

  it.each([
    [['حركة', 'حماس'], ['B-Non-Governmental', 'I-Non-Governmental'], ['O', 'B-ORG']],
    [['صحيفة', 'الراية', 'القطرية'], ['B-Media', 'I-Media', 'I-Media'], ['O', 'B-ORG', 'I-ORG']],
    // A mosque is a building (O), but its name after مسجد is an organisation in ANERcorp.
    [['مسجد', 'هوبان'], ['B-Building-Grounds', 'I-Building-Grounds'], ['O', 'B-ORG']],
    [['البيت', 'الابيض'], ['B-Building-Grounds', 'I-Building-Grounds'], ['O', 'O']],
    [['حزب', 'الله'], ['B-Non-Governmental', 'I-Non-Governmental'], ['B-ORG', 'I-ORG']],
    [['الرئيس', 'بوش'], ['O', 'B-Politician'], ['O', 'B-PERS']],
    // A group of people maps to O (ANERcorp does not name nationalities).
    [['العرب'], ['B-Group'], ['O']],
  ])('mapTags(%j, %j) with ANERcorp\'s head convention', (words, tags, expected) => expect(mapTags({ words, tags }, { outerHeads: true }).tags).toEqual(expected));

  it.each([
    [['حركة', 'حماس'], ['B-Non-Governmental', 'I-Non-Governmental'], ['B-ORG', 'I-ORG']],
    [['مسجد', 'هوبان'], ['B-Building-Grounds', 'I-Building-Grounds'], ['O', 'O']],
    [['الرئيس', 'بوش'], ['O', 'B-Politician'], ['O', 'B-PERS']],
    // An I- whose start mapped away opens its own name.
    [['اتحاد', 'المحاكم', 'الاسلامية'], ['B-Government', 'I-Non-Governmental', 'I-Non-Governmental'], ['O', 'B-ORG', 'I-ORG']],
    // A government body maps to O.
    [['الجيش', 'اللبناني'], ['B-Government', 'I-Government'], ['O', 'O']],
  ])('mapTags(%j, %j) keeps NewsFANE\'s spans by default', (words, tags, expected) => expect(mapTags({ words, tags }).tags).toEqual(expected));

  it('overrides the class table when asked', () => {
    expect(mapTags({ words: ['الجيش', 'اللبناني'], tags: ['B-Government', 'I-Government'] }, { overrides: { Government: 'ORG' } }).tags).toEqual(['B-ORG', 'I-ORG']);
  });
});
