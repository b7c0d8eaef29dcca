/**
 * A small curated vocabulary of topics and international organizations, so entries carry
 * comparable labels rather than free phrases. Each entry: the label shown to readers and
 * the patterns that find it in a bulletin's text.
 */

/** A topic or organization and how to recognise it. */
export interface VocabularyTerm {
  label: string;
  patterns: RegExp[];
}

/** Topics researchers filter by. */
export const TOPICS: VocabularyTerm[] = [
  { label: 'Ukraine crisis', patterns: [/\bUkrain(?:e|ian)\b/] },
  { label: 'Korean Peninsula', patterns: [/\bKorean Peninsula\b|\bNorth Korea|\bDPRK\b|\bPyongyang\b|\bSix-Party\b/i] },
  { label: 'Syria', patterns: [/\bSyria/] },
  { label: 'Iran nuclear issue', patterns: [/\bIran(?:ian)? nuclear\b|\bJCPOA\b/i] },
  { label: 'Afghanistan', patterns: [/\bAfghan/] },
  { label: 'Middle East', patterns: [/\bMiddle East\b|\bPalestin|\bGaza\b|\bIsrael/] },
  { label: 'Iraq', patterns: [/\bIraq/] },
  { label: 'Taiwan', patterns: [/\bTaiwan\b/] },
  { label: 'South China Sea', patterns: [/\bSouth China Sea\b/] },
  { label: 'Climate change', patterns: [/\bclimate change\b|\bglobal warming\b|\bcarbon (?:neutrality|emissions)\b|\bCOP\d+\b/i] },
  { label: 'Trade and economy', patterns: [/\btrade\b|\beconomic (?:and trade )?cooperation\b|\binvestment\b|\btariff/i] },
  { label: 'Energy', patterns: [/\benergy\b|\boil\b|\bgas\b|\bpipeline\b|\bnuclear power\b/i] },
  { label: 'COVID-19', patterns: [/\bCOVID|\bcoronavirus\b|\bpandemic\b|\bepidemic\b/i] },
  { label: 'Belt and Road Initiative', patterns: [/\bBelt and Road\b/i] },
  { label: 'Olympic Games', patterns: [/\bOlympic/i] },
  { label: 'Counterterrorism', patterns: [/\bterroris/i] },
  { label: 'Arms control and strategic stability', patterns: [/\barms control\b|\bstrategic stability\b|\bdisarmament\b|\bnon-proliferation\b/i] },
  { label: 'Human rights', patterns: [/\bhuman rights\b/i] },
  { label: 'Cybersecurity', patterns: [/\bcyber/i] },
  { label: 'Financial crisis', patterns: [/\bfinancial crisis\b|\beconomic crisis\b/i] },
  { label: 'Anniversary commemorations', patterns: [/\b\d+(?:st|nd|rd|th) anniversary\b/i] },
  { label: 'New Year greetings', patterns: [/\bNew Year\b/] },
  { label: 'Strategic partnership', patterns: [/\bstrategic partnership\b|\bstrategic (?:cooperation|coordination)\b/i] },
  { label: 'Multilateralism', patterns: [/\bmultilateralism\b/i] },
  { label: 'Border issues', patterns: [/\bborder (?:areas|issues?|dispute|question)|\bdisengagement\b/i] },
  { label: 'Military cooperation', patterns: [/\bmilitary(?:-to-military)? (?:ties|relations|cooperation|exchanges)\b/i] },
];

/** International organizations and groupings, by their usual English names and acronyms. */
export const ORGANIZATIONS: VocabularyTerm[] = [
  { label: 'Shanghai Cooperation Organization', patterns: [/\bShanghai Cooperation Organi[sz]ation\b|\bSCO\b/] },
  { label: 'BRICS', patterns: [/\bBRICS?\b/] },
  { label: 'United Nations', patterns: [/\bUnited Nations\b|\bUN\b|\bU\.N\.(?!\w)/] },
  { label: 'UN Security Council', patterns: [/\b(?:UN |U\.N\. |United Nations )?Security Council\b|\bUNSC\b/] },
  { label: 'UN General Assembly', patterns: [/\bGeneral Assembly\b|\bUNGA\b/] },
  { label: 'G20', patterns: [/\bG-?20\b|\bGroup of (?:20|Twenty)\b/] },
  { label: 'G7', patterns: [/\bG-?7\b|\bGroup of Seven\b/] },
  { label: 'APEC', patterns: [/\bAPEC\b|\bAsia-Pacific Economic Cooperation\b/] },
  { label: 'ASEAN', patterns: [/\bASEAN\b|\bAssociation of Southeast Asian Nations\b/] },
  { label: 'European Union', patterns: [/\bEuropean Union\b|\bEU\b/] },
  { label: 'NATO', patterns: [/\bNATO\b|\bNorth Atlantic Treaty Organi[sz]ation\b/] },
  { label: 'Gulf Cooperation Council', patterns: [/\bGulf Cooperation Council\b|\bGCC\b/] },
  { label: 'Collective Security Treaty Organization', patterns: [/\bCollective Security Treaty Organi[sz]ation\b|\bCSTO\b/] },
  { label: 'Eurasian Economic Union', patterns: [/\bEurasian Economic Union\b|\bEAEU\b/] },
  { label: 'African Union', patterns: [/\bAfrican Union\b/] },
  { label: 'Arab League', patterns: [/\bArab League\b|\bLeague of Arab States\b/] },
  { label: 'World Trade Organization', patterns: [/\bWorld Trade Organi[sz]ation\b|\bWTO\b/] },
  { label: 'International Monetary Fund', patterns: [/\bInternational Monetary Fund\b|\bIMF\b/] },
  { label: 'Russia-India-China', patterns: [/\bRussia-India-China\b|\bRIC\b|\btrilateral cooperation between Russia, China and India\b/i] },
  { label: 'OPEC', patterns: [/\bOPEC\b/] },
];
