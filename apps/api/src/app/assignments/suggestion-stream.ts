import { Logger } from '@nestjs/common';
import { ERROR_CODES, SUGGESTION_STREAM_TYPE, SuggestionDto, SuggestionStreamLine } from '@markt/shared';
import type { Request, Response } from 'express';

/** How a running suggestion reports to whoever waits for it, and how it is told to stop. */
export interface SuggestionControl {
  signal?: AbortSignal;
  onProgress?: (progress: { work: number; budget: number; score: number; bestSoFar: () => SuggestionDto }) => void;
}

const PROGRESS_EVERY_MS = 100;
const BEST_EVERY_MS = 500;
const logger = new Logger('Suggestion');

/** Whether the caller asked for the streamed form (see SuggestionStreamLine). */
export function wantsStream(req: Pick<Request, 'headers'>): boolean {
  return (req.headers.accept ?? '').includes(SUGGESTION_STREAM_TYPE);
}

/**
 * Answers with the suggestion's progress as newline-delimited JSON. Errors before the search starts
 * (no such event, not allowed) are thrown as usual, so they answer with their status; once the first
 * line is out, an error becomes the last line. The client closing the connection stops the search.
 */
export async function streamSuggestion(
  res: Response,
  run: (control: SuggestionControl) => Promise<SuggestionDto>,
): Promise<void> {
  const stop = new AbortController();
  res.on('close', () => {
    if (!res.writableEnded) stop.abort();
  });
  let lastProgress = 0;
  let lastBest = performance.now();
  const send = (line: SuggestionStreamLine) => {
    if (!res.headersSent) {
      res.status(200).type(SUGGESTION_STREAM_TYPE);
      // no buffering by proxies: the lines are the point
      res.setHeader('X-Accel-Buffering', 'no');
    }
    res.write(JSON.stringify(line) + '\n');
  };
  try {
    const result = await run({
      signal: stop.signal,
      onProgress: ({ work, budget, score, bestSoFar }) => {
        const now = performance.now();
        if (now - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = now;
          send({ progress: { work, budget, score } });
        }
        if (now - lastBest >= BEST_EVERY_MS) {
          lastBest = now;
          send({ best: bestSoFar() });
        }
      },
    });
    if (!stop.signal.aborted) send({ result });
  } catch (error) {
    if (!res.headersSent) throw error;
    logger.error({ msg: 'suggestion failed', error: String(error) });
    send({ error: { code: ERROR_CODES.internal, message: 'The suggestion failed' } });
  }
  res.end();
}
