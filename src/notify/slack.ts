import type { SecureContext } from 'node:tls';
import { excerpt, sendJson } from './http.js';

/**
 * Slack, two ways. With a bot token (`SLACK_BOT_TOKEN`), `chat.postMessage` posts to each channel:
 * Slack answers HTTP 200 with `{ok: false, error}` when it refuses, so `ok` is what counts. With an
 * incoming webhook (`SLACK_WEBHOOK_URL`), one message goes to the channel the webhook was made
 * for (webhooks cannot choose one); Slack answers `ok` as plain text, or an error code such as
 * `no_service` or `invalid_payload` with a 4xx status.
 */
export interface SlackSendOptions {
  timeoutMs: number;
  secureContext?: SecureContext;
}

export async function postMessage(
  apiUrl: string,
  token: string,
  channel: string,
  text: string,
  options: SlackSendOptions,
): Promise<void> {
  const answer = await sendJson(`${apiUrl.replace(/\/+$/, '')}/chat.postMessage`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: { channel, text, unfurl_links: false },
    ...options,
  });
  let reply: { ok?: boolean; error?: string } = {};
  try {
    reply = JSON.parse(answer.body);
  } catch {}
  if (answer.status !== 200 || reply.ok !== true) {
    throw new Error(
      `chat.postMessage to ${channel}: ${reply.error ?? `HTTP ${answer.status} ${excerpt(answer.body)}`}`,
    );
  }
}

export async function postWebhook(url: string, text: string, options: SlackSendOptions): Promise<void> {
  const answer = await sendJson(url, { method: 'POST', headers: {}, body: { text }, ...options });
  if (answer.status !== 200) {
    // The webhook URL is the credential: never repeat it.
    throw new Error(`the incoming webhook answered ${answer.status}: ${excerpt(answer.body)}`);
  }
}
