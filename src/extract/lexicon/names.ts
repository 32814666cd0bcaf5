/** Common given names (lower-case) with gender, to tell persons from other names and resolve pronouns. */
const MALE = `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis bill
mike jim tom dan chris steve bob dave tim ted    ben  rick   joe   chuck
mitch harry al ali mohammad mohammed muhammad ahmed ahmad        
vladimir sergei dmitry boris  emmanuel francois angela nicolas tony gordon david jean pierre ivan igor
   sean   chris   ted john jim tim mike paul kevin martin 
jared eric donald ron  jimmy gerald  franklin herbert calvin  theodore  abraham
karl   mark  tom ken larry howard luis carlos jorge miguel pedro manuel francisco antonio
   benjamin   justin      kim moon`;
const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
marie diana brittany natalie isabella charlotte rose alexis kayla      
sarah nikki   michelle elizabeth   nancy debbie donna hope  jill 
theresa angela marine christine    ruth sonia   barbara laura  hope
     taylor kim`;

export const GIVEN_NAMES: Map<string, 'M' | 'F'> = new Map();
for (const n of MALE.split(/\s+/)) if (n) GIVEN_NAMES.set(n, 'M');
for (const n of FEMALE.split(/\s+/)) if (n && !GIVEN_NAMES.has(n)) GIVEN_NAMES.set(n, 'F');

/** Lower-case particles inside personal names ("al-", "bin", "van"). */
export const NAME_PARTICLES = new Set(['al', 'el', 'es', 'bin', 'ibn', 'de', 'da', 'di', 'del', 'della', 'der', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'st.', 'mc', 'abu', 'bint']);

/** Capitalised words that begin sentences or headlines but never names. */
export const NON_NAME_CAPS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'from', 'to', 'of', 'by', 'with',
  'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'as', 'after', 'before', 'since', 'until',
  'because', 'although', 'though', 'however', 'meanwhile', 'also', 'still', 'then', 'now', 'there', 'here',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them',
  'us', 'me', 'who', 'what', 'where', 'why', 'how', 'which', 'whose', 'whom', 'not', 'no', 'yes', 'all', 'some',
  'many', 'most', 'more', 'few', 'several', 'both', 'each', 'every', 'any', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'last', 'next', 'other', 'another', 'such', 'even',
  'just', 'only', 'according', 'despite', 'during', 'under', 'over', 'about', 'into', 'through', 'between',
  'among', 'against', 'without', 'within', 'instead', 'unlike', 'like', 'asked', 'said', 'says', 'do', 'does',
  'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'let', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow', 'tonight', 'q', 'a.', 'update', 'updated', 'read',
  'watch', 'related', 'click', 'photo', 'video', 'advertisement', 'whether', 'once', 'perhaps', 'maybe',
  'indeed', 'thus', 'therefore', 'again', 'well', 'oh', 'ok', 'okay', 'please', 'thank', 'thanks', 'why',
  'never', 'always', 'sometimes', 'often', 'already', 'later', 'earlier', 'soon', 'finally', 'again',
  'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nothing', 'everything', 'something',
  // sentence openers that are never names
  'whatever', 'whoever', 'whenever', 'wherever', 'whichever', 'having', 'being', 'given', 'unless', 'whereas',
  'amid', 'besides', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'otherwise', 'regardless',
  'rather', 'nearly', 'almost', 'clearly', 'certainly', 'obviously', 'apparently', 'unfortunately', 'fortunately',
  'ultimately', 'instead', 'overall', 'altogether', 'hence', 'accordingly', 'similarly', 'likewise', 'too', 'o.k.',
  // superlatives open sentences before their noun ("Latest figures show …") and never name anyone
  'latest', 'newest', 'biggest', 'largest', 'highest', 'lowest', 'greatest', 'smallest', 'strongest', 'worst', 'fewest',
  // page furniture
  'follow', 'transcript', 'episode', 'subscribe', 'advertisement', 'share', 'tweet', 'comments',
  // holidays and seasons are dates, not actors
  'christmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah', 'passover', 'ramadan', 'lent',
]);

/** Adjectives of region, faith or people with no single country: "the Arab country", "Islamic law". */
export const PEOPLE_ADJECTIVES = new Set(['arab', 'arabic', 'islamic', 'muslim', 'christian', 'jewish', 'catholic', 'protestant',
  'evangelical', 'sunni', 'shiite', 'shia', 'kurdish', 'western', 'eastern', 'european', 'african', 'asian', 'latin',
  'hispanic', 'latino', 'latina', 'persian', 'nordic', 'baltic', 'balkan', 'caribbean']);

/** Last words of names of events, laws and prizes, not of actors: "the Islamic Revolution", "the Paris Agreement". */
export const EVENT_NAME_HEADS = new Set(['revolution', 'war', 'wars', 'act', 'treaty', 'agreement', 'accord', 'accords', 'summit',
  'crisis', 'doctrine', 'olympics', 'games', 'cup', 'prize', 'award', 'awards', 'amendment', 'protocol', 'uprising',
  'massacre', 'festival', 'marathon', 'primary', 'primaries', 'caucus', 'caucuses',
  'debate', 'election', 'elections', 'referendum']);

/** Party and ideology adjectives: "the Democratic race", "Nevada Republican caucuses" name no actor alone. */
export const PARTY_ADJECTIVES = new Set(['democratic', 'republican', 'conservative', 'liberal', 'libertarian', 'progressive', 'socialist']);

