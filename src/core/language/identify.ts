// FIRST CUT (to be replaced by the text-layer work).
import type { Diagnostic, Language } from '../analysis.js';

/** Identifies the language of an article. */
export function identifyLanguage(text: string): { language: Language; diagnostics: Diagnostic[] } {
  const ar = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  const la = (text.match(/[A-Za-z]/g) ?? []).length;
  const language: Language = ar >= la && ar > 0 ? 'ar' : la > 0 ? 'en' : 'other';
  return { language, diagnostics: [] };
}
