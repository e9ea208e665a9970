/**
 * The output budget a text call asks for. Reasoning models (OpenAI o-series and GPT-5, Gemini 2.5
 * and later, Grok 3 mini and Grok 4, Claude with thinking, DeepSeek R1...) spend part of the limit
 * thinking before they write a word, so a 300-token budget can end with nothing written: those get
 * a floor that leaves room for the answer. A limit is a cap, not a charge: unused tokens cost nothing.
 */
export const REASONING_FLOOR = 8192;
export const DEFAULT_TEXT_BUDGET = 2048;

const REASONING_MODEL =
  /(^|[/:-])(o[1-9]|gpt-5|gemini-(2\.5|[3-9])|grok-(3-mini|[4-9])|claude-(opus|sonnet)-4|deepseek-r|qwq|r1\b|thinking|reason)/i;

export function looksLikeReasoningModel(model: string): boolean {
  return REASONING_MODEL.test(model) && !/non-reasoning/i.test(model);
}

export function outputTokenBudget(model: string, requested: number | undefined): number {
  const asked = requested ?? DEFAULT_TEXT_BUDGET;
  return looksLikeReasoningModel(model) ? Math.max(asked, REASONING_FLOOR) : asked;
}
