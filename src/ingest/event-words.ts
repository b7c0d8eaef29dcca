/**
 * The verbs and nouns by which bulletins report a diplomatic event. Shared by the stages
 * that look for the sentence reporting the event (the lead), its kind and its people.
 */

/** A verb phrase that reports an event between people. */
export const EVENT_VERB =
  /\b(met|meets|meeting with|held (?:talks|a (?:meeting|telephone|phone|video|bilateral)|phone|telephone|bilateral|an? (?:informal|official))|holds? (?:talks|a (?:meeting|telephone|phone|video)|phone|telephone)|hold(?:ing)? (?:talks|a (?:meeting|telephone|phone|video)|phone|telephone)|talked|talks? (?:with|to)|spoke (?:with|to|by)|telephoned|phoned|called(?! (?:for|on|upon)\b)|traveled|travelled|toured|took place|had (?:a|an) (?:telephone|phone|meeting|talk|conversation|video)|has (?:had|held|congratulated)|exchanged|sent (?:a )?(?:message|letter|congratulat)|congratulated|received|hosted|greeted|welcomed|visited|visits|arrived|left|returned|began (?:their|his|her|a) (?:talks|visit)|attended|attends|chaired|co-chaired|signed|discussed|paid (?:a|an) (?:visit|state visit|official visit)|begins? (?:his|her|a) visit|met the press|meets press|briefed|will (?:meet|visit|hold))\b/i;

/** Words that mark a sentence as reporting a person-to-person event. */
export function hasEventVerb(sentence: string): boolean {
  return EVENT_VERB.test(sentence);
}
