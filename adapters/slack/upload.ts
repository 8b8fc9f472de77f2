/**
 * The scorecard on Slack: uploaded with files.uploadV2 (files.getUploadURLExternal, the upload,
 * files.completeUploadExternal; scope files:write) into the bot's DM with the person. Ephemeral
 * messages cannot carry files, so a report answered ephemerally in a channel sends its card to the
 * DM instead: the card stays as private as the report, and never lands in the channel.
 */
import type { webApi } from '@slack/bolt';
import type { Reply, ReplyImage } from '../../src/bot/types.js';
import type { Logger } from '../../src/logger.js';

/** Said in the ephemeral report when its card went to the DM. */
export const CARD_IN_DM_HINT = 'Your scorecard image is in our DM.';

export async function uploadScorecard(
  client: webApi.WebClient,
  channelId: string,
  image: ReplyImage,
  log: Logger,
  thread: { thread_ts?: string } = {},
): Promise<boolean> {
  try {
    const file = { file: Buffer.from(image.png), filename: image.name, title: 'ATS scorecard', alt_text: image.alt };
    await client.filesUploadV2(thread.thread_ts ? { ...file, channel_id: channelId, thread_ts: thread.thread_ts } : { ...file, channel_id: channelId });
    return true;
  } catch (error) {
    const e = error as { code?: string; data?: { error?: string } };
    log.warn({ channelId, code: e.code, slackError: e.data?.error }, 'slack: scorecard upload failed');
    return false;
  }
}

/** The card of the first reply that has one. */
export function scorecardOf(replies: Reply[]): ReplyImage | undefined {
  return replies.find((r) => r.image)?.image;
}
