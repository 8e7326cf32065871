import { SuggestionDto } from './floor-plan';

/** `Accept` value that asks POST …/assignments/suggest to report its progress while it searches. */
export const SUGGESTION_STREAM_TYPE = 'application/x-ndjson';

/**
 * One line of the streamed suggestion (newline-delimited JSON): progress now and then, the best layout
 * so far about twice a second (so a caller that stops waiting still has one), and the result or an
 * error at the end. Closing the connection stops the search on the server.
 */
export type SuggestionStreamLine =
  | { progress: { work: number; budget: number; score: number } }
  | { best: SuggestionDto }
  | { result: SuggestionDto }
  | { error: { code: string; message: string } };
