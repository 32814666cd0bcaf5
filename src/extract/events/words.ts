/** General English vocabulary for event mentions (verbs, eventive nouns) and the event type lexicon. */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Closed-class words and auxiliaries that never head an event mention on their own. */
export const STOP = new Set(words(`
a an the this that these those some any all both each every either neither no none other another such
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
myself yourself himself herself itself ourselves themselves one ones oneself who whom whose which what
whatever whoever whichever where when why how whether if then than because since while although though
unless until till as so yet but or nor and also too very just only even still already again ever never
not n't no yes about above across after against along amid among around at before behind below beneath
beside besides between beyond by despite down during except for from in inside into like near of off on
onto out outside over past per through throughout to toward towards under underneath unlike up upon via
with within without be am is are was were been being 's 're 'm have has had having 've 'd do does did
will would shall should can could may might must 'll ought here there now today yesterday tomorrow
more most less least much many few several lot lots own same mr mrs ms dr st inc corp co ltd
however meanwhile moreover furthermore therefore thus hence instead perhaps maybe probably almost nearly
rather quite really well far away back else ago later earlier soon recently currently often always
sometimes usually once twice percent cent cents million billion trillion thousand hundred dozen
per-cent etc vs mid something anything nothing everything someone anyone everyone nobody somebody
anybody everybody
`));

/** Irregular verb forms → lemma. */
export const IRREGULAR = new Map<string, string>([
  ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['made', 'make'], ['took', 'take'], ['taken', 'take'],
  ['gave', 'give'], ['given', 'give'], ['went', 'go'], ['gone', 'go'], ['goes', 'go'], ['came', 'come'],
  ['met', 'meet'], ['held', 'hold'], ['left', 'leave'], ['won', 'win'], ['lost', 'lose'], ['began', 'begin'],
  ['begun', 'begin'], ['became', 'become'], ['rose', 'rise'], ['risen', 'rise'], ['fell', 'fall'], ['fallen', 'fall'],
  ['sold', 'sell'], ['bought', 'buy'], ['paid', 'pay'], ['spent', 'spend'], ['brought', 'bring'], ['thought', 'think'],
  ['found', 'find'], ['got', 'get'], ['gotten', 'get'], ['saw', 'see'], ['seen', 'see'], ['ran', 'run'], ['led', 'lead'],
  ['sent', 'send'], ['built', 'build'], ['struck', 'strike'], ['stricken', 'strike'], ['shot', 'shoot'], ['fought', 'fight'],
  ['fled', 'flee'], ['flew', 'fly'], ['flown', 'fly'], ['broke', 'break'], ['broken', 'break'], ['spoke', 'speak'],
  ['spoken', 'speak'], ['wrote', 'write'], ['written', 'write'], ['knew', 'know'], ['known', 'know'], ['drew', 'draw'],
  ['drawn', 'draw'], ['grew', 'grow'], ['grown', 'grow'], ['threw', 'throw'], ['thrown', 'throw'], ['chose', 'choose'],
  ['chosen', 'choose'], ['stood', 'stand'], ['understood', 'understand'], ['kept', 'keep'], ['felt', 'feel'],
  ['meant', 'mean'], ['heard', 'hear'], ['sought', 'seek'], ['caught', 'catch'], ['taught', 'teach'], ['hid', 'hide'],
  ['hidden', 'hide'], ['drove', 'drive'], ['driven', 'drive'], ['withdrew', 'withdraw'], ['withdrawn', 'withdraw'],
  ['undertook', 'undertake'], ['arose', 'arise'], ['dealt', 'deal'], ['sank', 'sink'], ['sunk', 'sink'], ['stole', 'steal'],
  ['stolen', 'steal'], ['froze', 'freeze'], ['frozen', 'freeze'], ['ate', 'eat'], ['eaten', 'eat'], ['forgot', 'forget'],
  ['forgotten', 'forget'], ['swore', 'swear'], ['sworn', 'swear'], ['woke', 'wake'], ['bore', 'bear'], ['born', 'bear'],
  ['slid', 'slide'], ['sprang', 'spring'], ['wore', 'wear'], ['worn', 'wear'], ['tore', 'tear'], ['torn', 'tear'],
  ['overtook', 'overtake'], ['overthrew', 'overthrow'], ['overthrown', 'overthrow'], ['shook', 'shake'], ['shaken', 'shake'],
  ['forbade', 'forbid'], ['forgave', 'forgive'], ['lent', 'lend'], ['bent', 'bend'], ['bled', 'bleed'], ['fed', 'feed'],
  ['sped', 'speed'], ['fit', 'fit'], ['hung', 'hang'], ['swung', 'swing'], ['stuck', 'stick'], ['struck', 'strike'],
  ['laid', 'lay'], ['lain', 'lie'], ['lay', 'lie'], ['sat', 'sit'], ['dug', 'dig'], ['wound', 'wind'], ['upheld', 'uphold'],
  ['withheld', 'withhold'], ['beat', 'beat'], ['beaten', 'beat'], ['bid', 'bid'], ['cut', 'cut'], ['hit', 'hit'],
  ['hurt', 'hurt'], ['let', 'let'], ['put', 'put'], ['quit', 'quit'], ['set', 'set'], ['shut', 'shut'], ['spread', 'spread'],
  ['split', 'split'], ['cost', 'cost'], ['read', 'read'], ['rode', 'ride'], ['ridden', 'ride'], ['rang', 'ring'],
  ['sang', 'sing'], ['sung', 'sing'], ['began', 'begin'], ['mistook', 'mistake'], ['foresaw', 'foresee'], ['oversaw', 'oversee'],
  ['overseen', 'oversee'], ['underwent', 'undergo'], ['undergone', 'undergo'], ['outlined', 'outline'], ['died', 'die'],
  ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'], ['retook', 'retake'], ['retaken', 'retake'], ['overran', 'overrun'],
]);

/** Verbs of news writing (base forms). Their inflected forms are events. */
export const VERBS = new Set(words(`
accept accompany accomplish accuse achieve acknowledge acquire act adapt add address adjust admit adopt advance
advise advocate affect affirm afford agree aid aim alert allege allow alter amend announce answer anticipate
apologize appeal appear apply appoint approach approve argue arise arm arrange arrest arrive ask assassinate
assault assert assess assign assist assume assure attack attempt attend attract attribute authorize avert avoid
await award back ban bar bargain base battle bear beat become beg begin believe benefit bet bid block blame
blast blow board bolster bomb book boost borrow boycott break bring broadcast build burn bury buy call calm
campaign cancel capture care carry cast catch cause caution cease celebrate challenge change charge chase
cheer choose cite claim clarify clash clean clear climb close collapse collect combat combine come command
commemorate comment commit compare compensate compete complain complete comply compromise concede conceal
concern conclude condemn conduct confer confess confirm confiscate confront congratulate connect consider
consolidate consult contact contain contend continue contribute control convene convert convict convince
cooperate coordinate cope correct cost counter cover crack crash create criticise criticize cross crush
curb cut damage deal debate decide declare decline decrease defeat defend defer defy delay delegate deliver
demand demolish demonstrate deny depart deploy deport depose describe deserve design destroy detain detect
deter determine devalue develop die dig disappear disarm discharge disclose discover discuss dismiss dispatch
displace dispute disrupt dissolve distribute dive divert divide document donate double doubt downgrade draft
drag draw drink drive drop dump earn ease eat educate elect eliminate embrace emerge emphasize employ enable
encourage end endanger endorse enforce engage enhance enjoy enlarge ensure enter equip erupt escalate escape
establish estimate evacuate evaluate evade examine exceed exchange exclude execute exercise exit expand expect
expel experience expire explain explode exploit explore export expose express extend extradite face fail fall
fear feel fight file finance find finish fire flee float fly focus follow force forecast forge forget form
found free freeze fuel fund gain gather generate get give go govern grab grant greet grow guarantee guard
halt handle happen harm head heal hear help hijack hire hit hold host hunt hurt identify ignore impeach
implement import impose imprison improve include incorporate increase indicate indict inflict influence
inform inherit initiate injure insist inspect install instruct insure integrate intend intensify intercept
interfere interrogate interrupt intervene interview introduce invade invest investigate invite involve issue
jail join judge jump justify keep kick kidnap kill knock know label land last launch lead leak learn lease
leave lend levy liberate lift limit link liquidate list listen live loan lobby locate lose lower maintain
make manage manufacture march mark market marry massacre match mean measure mediate meet merge mobilize
modernize modify monitor mount mourn move murder name need negotiate nominate note notify obey object
observe obtain occupy occur offer offset open operate oppose order organize oust outline overcome overhaul
overrule oversee overthrow overturn owe own participate pass pay perform permit persuade pick pilot place
plan plant play plead pledge plot plunge point poll pose post postpone pour praise pray predict prefer
prepare present preserve press pressure prevail prevent price proceed process proclaim produce profit
prohibit project promise promote prompt propose prosecute protect protest prove provide provoke publish
pull punish purchase pursue push qualify question quit quote raid raise rally rank reach react read
realize reassure rebel rebuild rebuff recall receive recognize recommend reconsider record recover recruit
redeem reduce refer reflect reform refuse regain register regret regulate reinforce reiterate reject
rejoin release relocate rely remain remark remember remind remove renew renounce reopen repair repay repeal
repeat replace reply report represent repress request require rescue research resemble reserve reshape
reside resign resist resolve respond rest restore restrain restrict restructure result resume retain
retaliate retire retreat retrieve return reunite reveal review revise revive revoke reward ride rise risk
rob rocket rule run rush sack sacrifice save say scale schedule score scramble screen search secure see
seek seize select sell send sentence separate serve settle sever shake shape share shell shift ship shoot
shop show shrink shut sign signal sink sit slam slash slay slide slip slow slump smash smuggle soar solve
speak specify speculate spend split sponsor spot spread spur stab stabilize stage stand start starve state
stay steal step stimulate stop strengthen stress stretch strike strip struggle study submit succeed sue
suffer suggest summon supply support suppose surge surpass surprise surrender surround survive suspect
suspend sustain swear sweep switch take talk target tax teach tear telephone tell tend terminate test
testify thank threaten throw tighten topple torture total tour trade train transfer transform translate
transport travel treat trigger triple trust try turn uncover undergo undermine understand undertake unite
unveil update uphold urge use vacate veto violate visit voice vote vow wage wait walk want warn wash watch
weaken wear weigh welcome widen win withdraw withhold witness work worry wound write yield stem topple
underline hail commend applaud denounce deplore decry rebuke slam ink ratify collaborate partner
think look seem hope wish edge tumble elaborate concentrate flow own repatriate impede reap thrust
recapture retake overrun conquer revolt
`));

/** Eventive nouns without a telltale suffix (and nominalisations worth naming explicitly). */
export const EVENT_NOUNS = new Set(words(`
war wars attack attacks talks talk election elections visit visits crisis deal deals strike strikes raid raids
fight fighting battle battles clash clashes bombing bombings blast blasts explosion explosions meeting meetings
summit summits trip trips tour conference conferences ceremony ceremonies rally rallies protest protests march
marches trial trials hearing hearings vote votes ballot   invasion offensive assault ambush
massacre   killing killings death deaths shooting shootings slaying slayings kidnapping coup
revolution revolutions uprising uprisings revolt revolts insurrection intifada putsch insurgency rebellion riot riots
outbreak conquest recapture seizure violence conflict conflicts ceasefire truce  
 agreement agreements negotiations negotiation discussions discussion dispute disputes visit merger
takeover acquisition sale sales purchase purchases offer offers bid  loss losses gain gains growth decline
declines drop rise increase increases cut cuts surge slump rebound recovery recession boom collapse crash
plunge jump fall     deficit surplus payment payments investment investments
withdrawal withdrawals arrest arrests release escape rescue search probe investigation inquiry charges charge
verdict ruling decision decisions appeal appeals sanctions sanction embargo boycott blockade  support
assistance help   warning warnings demand demands request requests call calls criticism
condemnation accusation accusations allegations allegation   announcement remarks remark
comment comments speech speeches interview interviews report reports testimony briefing debate debates
reform reforms reconstruction  operation operations mission missions exercise exercises drill
deployment occupation liberation independence resignation appointment nomination inauguration funeral
wedding celebration celebrations festival anniversary victory defeat win loss failure success effort efforts
attempt attempts plan plans proposal proposals initiative initiatives program change changes move moves
step steps action actions  reaction reactions cooperation relations relationship partnership alliance
presence involvement participation contribution role influence pressure opposition resistance struggle
crackdown repression persecution terrorism terror aggression intervention mediation reconciliation
transition return arrival departure flight journey expedition evacuation exodus migration deportation
extradition trade exports imports transfer transfers delivery shipment shipments supply production
development expansion restructuring merger bankruptcy layoffs strike-off shutdown closure opening launch
recall ban veto approval rejection refusal denial admission confession apology praise
entry manhunt tragedy standoff buildup objections objection violations violation acquisitions demonstrations
demonstration  process   disasters disaster events event conversations conversation
proceedings discovery transaction transactions willing unwilling eager able unable   
`));

/** Words with an eventive suffix that are not events (entities, institutions, abstract qualities). */
export const NOT_EVENTS = new Set(words(`
government governments nation nations station stations department departments apartment apartments
equipment environment parliament parliaments moment moments element elements instrument instruments
document documents monument segment segments management agency tournament region regions religion
population populations generation generations position positions condition conditions situation
situations information relation institution institutions organization organizations association
associations foundation corporation corporations federation administration commission commissions
constitution education tradition traditions nationals portion portions section sections question
questions direction directions division divisions mission edition editions version versions
convention conventions vision television ration fraction million billion trillion percent
official officials capital capitals general generals individual individuals national international
animal animals hospital hospitals material materials terminal terminals potential total totals interval
signal signals council councils principal original rival rivals arsenal journal journals
sentence sentences evidence influence science sciences audience audiences experience experiences
 residence residences distance distances difference differences balance insurance finance
alliance allowance performance province provinces presence absence  independence defence defense
sequence consequence consequences instance instances substance substances appliance appliances
nature future culture cultures figure figures structure structures feature features legislature
temperature literature measure measures pressure picture pictures procedure procedures measure
morning mornings evening evenings during  including building buildings thing things nothing
something anything everything king kings ring rings spring string wing wings ceiling sibling siblings
pudding clothing duckling darling earring cunning interesting wing outstanding  
engineering  offerings listing listings ending bearing  ranking
red united limited based related interested concerned supposed   indeed speed feed seed bed shed
hundred breed greed deed weed proceeds kindred sacred naked wicked rugged beloved aged skilled talented
detailed advanced armed dated
abortion abortions sales trading operating operations program programs immigration concern concerns compared
addition connection suspect suspects lives terrorism sites relations aides allied remaining retirement
financing option options subordinated free supplies role roles focus signs risk risks production reward
surviving imports exports living protection benefits telephone relationship application applications location
partnership unemployment unchanged watches associated existing jurisdiction attention chance chances standing
opposition assurance assurances solution supply marketing inflation distribution controlling bankruptcy
competition advertising intelligence caution legislation prolonged permission compliance recognition planes
regarding indication employment housing packaging diluted exploration pricing funding principled testing
concerning surrounded importance delegation feeling neighboring infrastructure entertainment stance confidence
partners sweeping limits coupled promotion intention publishing discontinued totaling depending capitalized
banking capitalization rating supplement sterling trucking pigment bomb bombs statement statements reports
include includes included known following death deaths lower preferred investment investments
manufacturing shipments pending riot riots crime crimes
`));

/** Event type set (in the spirit of CAMEO) → trigger lemmas. OCCURRENCE is every other event mention. */
export const EVENT_TYPES: Record<string, string[]> = {
  MAKE_STATEMENT: words('say state announce declare tell add note stress claim comment remark reiterate affirm assert explain insist underline emphasize report statement announcement declaration remarks remark comment comments speech briefing testify testimony'),
  MEET: words('meet meeting meetings confer talks talk summit host negotiate negotiation negotiations consult consultation consultations discuss discussion discussions conference convene'),
  VISIT: words('visit visits tour trip trips travel arrive arrival'),
  SIGN_AGREEMENT: words('sign ink ratify ratification agreement agreements accord accords deal deals treaty treaties pact pacts'),
  COOPERATE: words('cooperate cooperation collaborate collaboration partner partnership ally alliance coordinate coordination'),
  SUPPORT: words('support back endorse praise welcome commend hail applaud help backing endorsement'),
  DEMAND: words('demand demands urge appeal request requests ask call calls press'),
  THREATEN: words('threaten threat threats warn warning warnings ultimatum'),
  ACCUSE: words('accuse accusation accusations blame allege allegation allegations charge'),
  CRITICIZE: words('criticize criticise criticism condemn condemnation denounce slam rebuke reject rejection deplore decry'),
  ATTACK: words('attack attacks strike strikes bomb bombing bombings shell shelling raid raids assault ambush blast blasts explosion explode shoot shooting kill killing killings murder massacre invade invasion slay slaying airstrike airstrikes'),
  FIGHT: words('fight fighting battle battles clash clashes war wars combat conflict conflicts insurgency offensive liberate liberation recapture retake overrun conquer conquest seize seizure'),
  UPRISING: words('revolution revolutions uprising uprisings revolt revolts rebellion rebel insurrection intifada coup putsch overthrow'),
  PROTEST: words('protest protests demonstrate demonstration demonstrations rally rallies march marches riot riots boycott'),
  ELECT: words('elect election elections vote votes voting ballot reelect re-elect'),
  APPOINT: words('appoint appointment nominate nomination designate name'),
  RESIGN: words('resign resignation quit step'),
  SANCTION: words('sanction sanctions embargo blockade'),
  AID: words('aid assist assistance donate donation relief'),
  ARREST: words('arrest arrests detain detention capture jail imprison indict extradite deport'),
  WITHDRAW: words('withdraw withdrawal retreat evacuate evacuation pullout'),
};
