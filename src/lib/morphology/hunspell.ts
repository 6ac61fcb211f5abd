/**
 * The base forms (lemmas) of a word, read backwards from a Hunspell dictionary.
 *
 * A Hunspell dictionary lists headwords (`członek/PSwzZ`) and affix rules
 * (`SFX P kiem ek .`, roughly "strip `ek`, add `kiem`"). Spell checkers expand
 * every headword by its rules; for Polish that is millions of forms, 12–29 s
 * and about 1 GB. Search needs the other direction for a few thousand words,
 * so each word is undone instead: for every suffix rule whose added ending the
 * word has, put back what the rule stripped and look the result up among the
 * headwords that carry the rule. Prefix rules (Polish `nie-`) are undone the
 * same way, then suffixes on what is left, where the rule allows both; the
 * prefix is then put back on the lemma, which is what a reader would type.
 *
 * Handles the subset of the format the Polish dictionary uses: single-letter
 * flags (no `FLAG` line), SFX/PFX blocks with conditions, cross products.
 */

interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

interface AffixClass {
  kind: 'PFX' | 'SFX';
  crossProduct: boolean;
  rules: AffixRule[];
}

export class HunspellLemmas {
  /** headword → its flags (a word listed twice gets both lines' flags). */
  readonly #headwords = new Map<string, string>();
  readonly #classes = new Map<string, AffixClass>();
  /** Suffix rules by the ending they add: undoing starts from the word's ending. */
  readonly #suffixesByEnding = new Map<string, AffixRule[]>();
  #longestEnding = 0;

  constructor(aff: string, dic: string) {
    this.#readAffixes(aff.split('\n'));
    // The first line of a .dic file is the number of headwords.
    for (const line of dic.split('\n').slice(1)) {
      const entry = line.trim();
      if (!entry) continue;
      const slash = entry.indexOf('/');
      const word = slash < 0 ? entry : entry.slice(0, slash);
      const flags = slash < 0 ? '' : entry.slice(slash + 1);
      this.#headwords.set(word, (this.#headwords.get(word) ?? '') + flags);
    }
  }

  /** Headwords that produce `word` (itself, when it is one), in the dictionary's spelling. */
  lemmasOf(word: string): string[] {
    const found = new Set<string>();
    const lower = word.toLowerCase();
    const spellings = new Set([word, lower, lower.charAt(0).toUpperCase() + lower.slice(1)]);
    for (const spelling of spellings) {
      this.#undoSuffixes(spelling, found);
      for (const [flag, affixClass] of this.#classes) {
        if (affixClass.kind !== 'PFX') continue;
        for (const rule of affixClass.rules) {
          if (!rule.add || !spelling.startsWith(rule.add)) continue;
          // Search wants `niezależny` for `niezależnych`, not the bare `zależny`: the prefix goes back on.
          const bare = new Set<string>();
          this.#undoSuffixes(rule.strip + spelling.slice(rule.add.length), bare, flag);
          for (const lemma of bare) found.add(rule.add + lemma.slice(rule.strip.length));
        }
      }
    }
    return [...found];
  }

  /**
   * Every form of a lemma (as `lemmasOf` gives it): its suffix forms, and for a
   * lemma with a prefix put back (`niezależny`), the forms of the headword
   * under it with the prefix. Prefixed forms of a headword are left out:
   * they have their own lemma (`zależny` and `niezależny` are two words to a reader).
   */
  formsOf(lemma: string): string[] {
    if (this.#headwords.has(lemma)) return this.#suffixForms(lemma);
    for (const [flag, affixClass] of this.#classes) {
      if (affixClass.kind !== 'PFX') continue;
      for (const rule of affixClass.rules) {
        if (!rule.add || !lemma.startsWith(rule.add)) continue;
        const bare = rule.strip + lemma.slice(rule.add.length);
        if (!this.#headwords.get(bare)?.includes(flag)) continue;
        return this.#suffixForms(bare).map((form) => rule.add + form.slice(rule.strip.length));
      }
    }
    return [lemma];
  }

  #suffixForms(headword: string): string[] {
    const forms = new Set([headword]);
    for (const flag of this.#headwords.get(headword) ?? '') {
      const affixClass = this.#classes.get(flag);
      if (affixClass?.kind !== 'SFX') continue;
      for (const rule of affixClass.rules) {
        if (headword.endsWith(rule.strip) && rule.condition.test(headword)) forms.add(headword.slice(0, headword.length - rule.strip.length) + rule.add);
      }
    }
    return [...forms];
  }

  #undoSuffixes(word: string, found: Set<string>, prefixFlag?: string): void {
    const carries = (flags: string | undefined) => flags !== undefined && (!prefixFlag || flags.includes(prefixFlag));
    if (carries(this.#headwords.get(word))) found.add(word);
    for (let length = 0; length <= Math.min(this.#longestEnding, word.length - 1); length++) {
      const rules = this.#suffixesByEnding.get(word.slice(word.length - length));
      if (!rules) continue;
      const kept = word.slice(0, word.length - length);
      for (const rule of rules) {
        if (length === 0 && !rule.strip) continue;
        const candidate = kept + rule.strip;
        const flags = this.#headwords.get(candidate);
        if (!flags?.includes(rule.flag) || !rule.condition.test(candidate)) continue;
        if (prefixFlag && !(flags.includes(prefixFlag) && this.#classes.get(rule.flag)?.crossProduct)) continue;
        found.add(candidate);
      }
    }
  }

  #readAffixes(lines: string[]): void {
    for (let i = 0; i < lines.length; i++) {
      const [kind, flag, cross, count] = lines[i]!.trim().split(/\s+/);
      if ((kind !== 'SFX' && kind !== 'PFX') || !flag || !/^[YN]$/.test(cross ?? '') || !/^\d+$/.test(count ?? '')) continue;
      const affixClass: AffixClass = { kind, crossProduct: cross === 'Y', rules: [] };
      for (const line of lines.slice(i + 1, i + 1 + Number(count))) {
        const [, , strip = '0', add = '0', condition = '.'] = line.trim().split(/\s+/);
        const rule: AffixRule = {
          flag,
          strip: strip === '0' ? '' : strip,
          // `add/flags` (continuation classes) do not occur in the Polish dictionary's rules we undo.
          add: add === '0' ? '' : add.split('/')[0]!,
          condition: kind === 'SFX' ? new RegExp(`${condition}$`, 'u') : new RegExp(`^${condition}`, 'u'),
        };
        affixClass.rules.push(rule);
        if (kind === 'SFX') {
          const same = this.#suffixesByEnding.get(rule.add) ?? [];
          same.push(rule);
          this.#suffixesByEnding.set(rule.add, same);
          this.#longestEnding = Math.max(this.#longestEnding, rule.add.length);
        }
      }
      this.#classes.set(flag, affixClass);
      i += Number(count);
    }
  }
}
