/**
 * The JSON-over-HTTP exchange both serving protocols use, with the error body both define
 * (`{"error": "..."}`) turned into an exception that says what the server answered.
 */

/** A request the server answered with an error, or not at all. */
export class ServingError extends Error {
  constructor(
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** How long one request of the protocol clients may take (not the load test's). */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * How long a readiness question may take: a server that accepts and does not answer must not
 * hold the wait much past `ready_timeout_s`.
 */
export const READY_TIMEOUT_MS = 5_000;

/** The server's own words from an error body: its `error` string, else the body's start. */
function reason(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON: show what it is.
  }
  return text.trim().slice(0, 200) || '(empty body)';
}

/** GETs or POSTs `url`; resolves with the status and text; rejects only when nothing answered. */
export async function exchange(
  url: string,
  body?: unknown,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<{ status: number; text: string }> {
  let r: Response;
  try {
    r = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new ServingError(
      `${new URL(url).pathname}: no answer (${cause?.code ?? cause?.message ?? (e as Error).message})`,
    );
  }
  return { status: r.status, text: await r.text() };
}

/** The JSON body of a 2xx answer; otherwise a ServingError with the status and the server's reason. */
export async function json(url: string, body?: unknown): Promise<unknown> {
  const { status, text } = await exchange(url, body);
  const path = new URL(url).pathname;
  if (status < 200 || status > 299)
    throw new ServingError(`${path}: HTTP ${status}: ${reason(text)}`, status);
  try {
    return JSON.parse(text);
  } catch {
    throw new ServingError(
      `${path}: HTTP ${status} with a body that is not JSON: ${text.slice(0, 200)}`,
      status,
    );
  }
}

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
