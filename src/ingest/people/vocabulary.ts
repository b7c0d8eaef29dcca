/**
 * Curated word lists for finding people in diplomatic copy: the titles and offices that stand
 * before a name, honorifics, and the capitalised words that are never part of a person's name
 * (institutions, places, calendar words, headline verbs). All lower case; look words up with
 * `toLowerCase()`.
 */

/** Courtesy titles stripped from names (`Dr. S. Jaishankar` → `S. Jaishankar`). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'madame', 'mme', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord',
  'lady', 'he', 'h.e', 'hon', 'honourable', 'honorable', 'excellency', 'comrade', 'prince', 'princess', 'sheikh',
  'shaikh', 'sheikha', 'his', 'her', 'majesty', 'highness', 'royal', 'rev', 'reverend',
]);

/**
 * Head words of an office: a phrase that contains one and stands before a name is that person's
 * role (`Russian Foreign Minister`, `his Chinese counterpart`, `Foreign Ministry spokesperson`).
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'premier', 'vice-premier', 'chancellor', 'minister', 'minster', 'ministers',
  'secretary', 'secretary-general', 'councilor', 'councillor', 'director', 'director-general', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'member', 'ambassador', 'envoy', 'counterpart', 'counterparts',
  'spokesperson', 'spokesman', 'spokeswoman', 'leader', 'leaders', 'king', 'queen', 'prince', 'princess', 'emir',
  'amir', 'sheikh', 'sheikha', 'governor', 'mayor', 'senator', 'speaker', 'adviser', 'advisor', 'assistant', 'aide',
  'commissioner', 'general', 'gen', 'admiral', 'colonel', 'commander', 'chief', 'head', 'representative', 'delegate',
  'consul', 'undersecretary', 'under-secretary', 'diplomat', 'officials', 'officer', 'deputy',
  'candidate', 'wife', 'husband', 'spouse', 'lady', 'pope', 'patriarch', 'fm', 'pm', 'eam', 'editor',
  'photographer', 'correspondent', 'reporter', 'researcher', 'expert', 'analyst', 'professor', 'prof',
  'parliamentarians', 'lawmakers', 'mp', 'ceo', 'founder', 'mr', 'mrs', 'ms', 'dr', 'madame', 'madam', 'sir', 'he',
]);

/** Words that may stand inside an office phrase before its head or after it (`State Councilor and Foreign Minister`). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'affairs', 'state', 'external', 'defence', 'defense', 'public', 'security', 'national', 'treasury',
  'agriculture', 'economy', 'economic', 'finance', 'trade', 'commerce', 'interior', 'home', 'justice', 'health',
  'energy', 'education', 'culture', 'development', 'political', 'central', 'communist', 'party', 'committee',
  'commission', 'council', 'bureau', 'office', 'ministry', 'department', 'government', 'cabinet', 'politburo',
  'prime', 'vice', 'first', 'deputy', 'assistant', 'senior', 'special', 'acting', 'former', 'ex', 'executive',
  'permanent', 'crown', 'top', 'chief', 'general', 'lt', 'lieutenant', 'major', 'supreme', 'high', 'principal',
  'federal', 'regional', 'provincial', 'municipal', 'standing', 'people', "people's", 'congress', 'consultative',
  'conference', 'members', 'visiting', 'new', 'incoming', 'outgoing', 'elected', 'late', 'royal', 'the', 'of', 'for',
  'and', 'on', 'his', 'her', 'their', 'its', 'chinese', 'cpc', 'ccp', 'cpv', 'spd', 'cdu', 'opposition', 'ruling',
  'republic', 'federation', 'kingdom', 'emirates', 'states', 'united', 'nations', 'union', 'european', 'african',
  'arab', 'house', 'representatives', 'social', 'democrats', 'democratic', 'republican', 'republicans', 'liberal',
  'conservative', 'labour', 'green', 'greens', 'christian', 'senate', 'parliament', 'assembly', 'presidential', 'administration',
  'information', 'press', 'media', 'relations', 'international', 'cooperation', 'policy', 'planning', 'strategic',
  'science', 'technology', 'industry', 'transport', 'labour', 'labor', 'environment', 'resources', 'natural',
  'communications', 'tourism', 'sports', 'youth', 'women', 'water', 'land', 'housing', 'construction', 'banking',
  'central', 'reserve', 'bank', 'fund', 'monetary', 'military', 'armed', 'forces', 'army', 'navy', 'air', 'force',
  'staff', 'joint', 'chiefs', 'intelligence', 'leading', 'group', 'small', 'mr.', 'dr.', 'h.e.', 'lady',
]);

/**
 * Capitalised words that are never a token of a person's name: offices, institutions, places and
 * features, calendar words, media, and the sentence openers and headline verbs that carry a capital.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  // Offices and honorifics (a name starts after them).
  ...ROLE_HEADS, ...HONORIFICS,
  'vice', 'prime', 'foreign', 'state', 'external', 'affairs', 'defence', 'defense', 'public', 'security', 'national',
  'treasury', 'agriculture', 'economy', 'finance', 'trade', 'commerce', 'interior', 'justice', 'health', 'energy',
  'education', 'culture', 'development', 'economic', 'political', 'central', 'communist', 'party', 'committee',
  'commission', 'council', 'bureau', 'office', 'ministry', 'department', 'government', 'cabinet', 'administration',
  'parliament', 'congress', 'assembly', 'senate', 'court', 'army', 'navy', 'force', 'forces', 'guard', 'politburo',
  'senior', 'special', 'acting', 'interim', 'former', 'ex', 'executive', 'permanent', 'crown', 'lt', 'lieutenant',
  'staff', 'excellency', 'majesty', 'highness', 'royal', 'first', 'lady', 'mp', 'fm', 'pm', 'eam', 'gen',
  'cpc', 'ccp', 'nato', 'brics', 'sco', 'apec', 'asean', 'g20', 'g7', 'gcc', 'csto', 'unga', 'who',
  // Institutions, venues, events and documents.
  'hall', 'palace', 'square', 'lawn', 'room', 'garden', 'gardens', 'center', 'centre', 'hotel', 'airport', 'street',
  'avenue', 'road', 'bridge', 'park', 'museum', 'university', 'institute', 'academy', 'school', 'college', 'summit',
  'forum', 'conference', 'meeting', 'meetings', 'session', 'dialogue', 'talks', 'games', 'olympics', 'olympic', 'expo',
  'cup', 'year', 'day', 'week', 'treaty', 'agreement', 'accord', 'declaration', 'statement', 'charter', 'convention',
  'initiative', 'plan', 'program', 'programme', 'strategy', 'organization', 'organisation', 'union', 'association',
  'federation', 'republic', 'kingdom', 'empire', 'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'bank',
  'fund', 'agency', 'news', 'times', 'post', 'daily', 'press', 'television', 'tv', 'radio', 'channel', 'network',
  'online', 'service', 'media', 'reuters', 'xinhua', 'xinhuanet', 'tass', 'interfax', 'sputnik', 'ria', 'novosti',
  'cctv', 'cgtn', 'afp', 'ap', 'bbc', 'cnn', 'voa', 'kremlin', 'pentagon', 'capitol', 'embassy', 'consulate',
  'mission', 'delegation', 'province', 'city', 'county', 'district', 'region', 'island', 'islands', 'sea', 'ocean',
  'river', 'lake', 'mountain', 'mountains', 'valley', 'strait', 'peninsula', 'gulf', 'bay', 'coast', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'asia', 'asian', 'africa',
  'african', 'europe', 'european', 'america', 'americas', 'latin', 'pacific', 'atlantic', 'arctic', 'caribbean',
  'eurasia', 'eurasian', 'arab', 'islamic', 'muslim', 'nations', 'united', 'international', 'global', 'world',
  'federal', 'democratic', "people's", 'peoples', 'people', 'socialist', 'liberal', 'conservative', 'labour',
  'social', 'democrats', 'republicans', 'opposition', 'internet', 'twitter', 'facebook', 'telegram', 'youtube',
  'covid', 'coronavirus', 'belt', 'silk', 'photo', 'photos', 'image', 'images', 'video', 'source', 'home', 'latest',
  'related', 'read', 'more', 'share', 'print', 'email', 'comments', 'subscribe', 'advertisement', 'copyright', 'tags',
  'posted', 'updated', 'published', 'top', 'breaking', 'live', 'feed', 'readout', 'briefing', 'transcript',
  'excerpts', 'remarks', 'ceremony', 'banquet', 'dinner', 'luncheon', 'lunch', 'breakfast', 'visit', 'state-run',
  'great', 'white', 'house', 'oval', 'heads', 'chiefs', 'states', 'emirates', 'ambassadors', 'governors', 'co-chairs',
  'reform', 'debate', 'innovation', 'scientific', 'technological', 'strategic', 'comprehensive', 'hurricane',
  'release', 'immediate', 'pictures', 'newsletters', 'manage', 'accessories', 'blogger', 'widget', 'port', 'war',
  'rights', 'human', 'consultative', 'intergovernmental', 'soldier', 'unknown', 'directions', 'key', 'tourists',
  'sunset', 'coverage', 'criticizes', 'messages', 'collection', 'golden', 'colonnade', 'chancellery', 'parliamentarians', 'getty', 'epa', 'ani', 'pti', 'ians',
  'bloomberg', 'dpa', 'efe', 'kyodo', 'yonhap', 'anadolu', 'spa', 'wam', 'qna', 'irna', 'bernama', 'antara',
  'pic', 'twitter.com', 'cooperation', 'partnership', 'secretariat', 'presidential', 'residence', 'town', 'village',
  'pagoda', 'temple', 'tomb', 'church', 'mosque', 'cathedral', 'stadium', 'arena', 'gate', 'tower', 'wall', 'walls',
  'economies', 'countries', 'nation', 'community', 'alliance', 'coalition', 'movement', 'front', 'league', 'ukraine', 'crimea', 'taiwan', 'tibet', 'xinjiang', 'hong', 'kong', 'macao', 'macau',
  // Calendar words.
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'noon', 'spring', 'summer', 'autumn', 'winter', 'christmas', 'easter',
  'ramadan', 'eid', 'new',
  // Sentence openers and function words that carry a capital at the start of a sentence.
  'the', 'a', 'an', 'on', 'in', 'at', 'during', 'after', 'before', 'since', 'upon', 'as', 'for', 'from', 'with', 'by',
  'to', 'of', 'and', 'but', 'or', 'nor', 'if', 'when', 'while', 'where', 'which', 'who', 'whom', 'whose', 'what',
  'why', 'how', 'this', 'that', 'these', 'those', 'it', 'its', "it's", 'he', 'she', 'they', 'we', 'i', 'you', 'our',
  'their', 'his', 'her', 'him', 'them', 'us', 'my', 'your', 'both', 'also', 'earlier', 'later', 'meanwhile',
  'according', 'prior', 'next', 'following', 'last', 'second', 'third', 'many', 'some', 'several', 'all', 'each',
  'every', 'other', 'another', 'such', 'there', 'here', 'now', 'then', 'however', 'moreover', 'furthermore',
  'additionally', 'besides', 'still', 'yet', 'thus', 'therefore', 'although', 'though', 'despite', 'amid', 'among',
  'between', 'through', 'under', 'over', 'about', 'against', 'within', 'without', 'along', 'across', 'around',
  'behind', 'beyond', 'like', 'unlike', 'please', 'thank', 'thanks', 'welcome', 'dear', 'ladies', 'gentlemen', 'q',
  'no', 'not', 'yes', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'only', 'even',
  'just', 'well', 'so', 'too', 'very', 'most', 'much', 'any', 'few', 'once', 'again', 'further', 'together', 'via',
  'per', 'until', 'till', 'whether', 'because', 'unless', 'toward', 'towards', 'onto', 'into', 'inside', 'outside',
  'above', 'below', 'near', 'off', 'out', 'up', 'down', 'speaking', 'asked', 'answering', 'addressing', 'noting',
  'saying', 'describing', 'calling', 'mentioning', 'echoing', 'reciting', 'simmering', 'details', 'follow', 'watch',
  // Headline verbs and nouns (title-case lines capitalise every word).
  'meets', 'met', 'meet', 'holds', 'held', 'hold', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been',
  'attends', 'attended', 'visits', 'visited', 'arrives', 'arrived', 'leaves', 'left', 'returns', 'returned',
  'welcomes', 'welcomed', 'receives', 'received', 'hosts', 'hosted', 'greets', 'greeted', 'begins', 'began',
  'starts', 'started', 'says', 'said', 'calls', 'called', 'urges', 'urged', 'pledge', 'pledges', 'pledged',
  'discuss', 'discusses', 'discussed', 'sign', 'signs', 'signed', 'exchange', 'exchanges', 'exchanged', 'telephone',
  'phone', 'call', 'conversation', 'video', 'formally', 'walk', 'walks', 'congratulates', 'congratulated', 'sends',
  'sent', 'message', 'messages', 'letter', 'to', 'back', 'after', 'via', 'amid', 'ahead', 'over', 'vows', 'hails',
  'stresses', 'seeks', 'seek', 'wraps', 'up', 'kicks', 'off', 'flies', 'tour', 'trip', 'week', 'of',
]);

/** Verbs that, right after a lone capitalised word, show it names a person (`Putin said`, `Lavrov responded`). */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'noted', 'added', 'stressed', 'stresses', 'emphasized', 'emphasised',
  'urged', 'urges', 'hailed', 'hails', 'praised', 'praises', 'expressed', 'greets', 'greeted', 'met', 'meets',
  'invited', 'congratulated', 'responded', 'replied', 'believes', 'wrote', 'tweeted', 'announced', 'informed',
  'spoke', 'thanked', 'welcomed', 'welcomes', 'received', 'hosted', 'visited', 'arrived', 'returned', 'pledged',
  'vowed', 'proposed', 'reaffirmed', 'reiterated', 'highlighted', 'underlined', 'underscored', 'briefed',
  'explained', 'recalled', 'warned', 'insisted', 'acknowledged', 'affirmed', 'declared', 'remarked', 'commented',
  'assured', 'promised', 'wished', 'telephoned', 'phoned',
]);

/** Nouns for groups of unnamed people: an event with one of them as its other side lacks a named party. */
export const PERSON_GROUPS: ReadonlySet<string> = new Set([
  'counterparts', 'leaders', 'officials', 'ministers', 'parliamentarians', 'lawmakers', 'delegation', 'delegates',
  'representatives', 'diplomats', 'envoys', 'executives', 'counterpart', 'leader', 'minister', 'president',
  'premier', 'chancellor', 'secretary', 'official', 'diplomat', 'envoy', 'ambassador', 'king', 'prince',
]);

/** Name particles that may stand inside a name in lower case (`Lula da Silva`, `Faysal bin Farhan`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'bint', 'ibn', 'al', 'el', 'da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der',
  'den', 'ter', 'la', 'le', 'y',
]);

/** Lower-case words that end a name's run in a title-case line as well as in prose. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'into', 'over',
  'via', 'after', 'before', 'amid', 'about',
]);
