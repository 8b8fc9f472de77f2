/**
 * The contract between the platform-neutral bot and every adapter. Adapters translate platform
 * events into InboundEvent and render Reply; they never compute anything themselves.
 */

export type Platform = 'console' | 'telegram' | 'slack' | 'discord';

export interface InboundAttachment {
  name: string;
  mimeType: string | null;
  /** Size announced by the platform, checked before download; null when unknown. */
  size: number | null;
  /** Downloads the bytes (only called once the size is known to be acceptable). */
  fetch(): Promise<Uint8Array>;
}

export interface InboundEvent {
  platform: Platform;
  /** Where the message was posted (DM, group, channel). */
  conversationId: string;
  /** The person; with platform it keys everything stored. */
  userId: string;
  /** A direct message with the bot, as opposed to a group or channel. */
  isDM: boolean;
  /** Message text, or the text after the command. */
  text: string;
  /** A command already parsed by the adapter: `/ats backend-developer` -> {name:'ats', args:'backend-developer'}. */
  command?: { name: string; args: string };
  attachments: InboundAttachment[];
  /**
   * The platform's id for this delivery (Slack event_id, Telegram update_id, Discord message or
   * interaction id): a retried or replayed event with the same id is answered once, across instances.
   */
  eventId?: string;
  /**
   * The community the conversation belongs to (Slack team, Discord server, Telegram group chat):
   * channel settings and anonymous stats are kept per community. Absent in DMs.
   */
  communityId?: string;
  /**
   * Asks the platform, at call time, whether the sender may administer this channel. The core calls
   * it on every admin command and caches nothing; absent or false means the command is refused.
   */
  isAdmin?: () => Promise<boolean>;
  /**
   * Removes the posted message from the channel where the platform lets the bot (a resume dropped in
   * a review channel); resolves true only when it is gone. Absent where the platform never allows it.
   */
  hideMessage?: () => Promise<boolean>;
}

import type { Band } from '../analysis/report.js';
export type { Band };

/** Building blocks of a reply; each adapter maps them onto its own markup. Text is plain, never markup. */
export type ReplyBlock =
  | { type: 'score'; score: number; band: Band; readiness: number; target: string }
  | { type: 'text'; text: string }
  | { type: 'section'; heading: string; text?: string; items?: string[] }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'code'; heading: string; text: string }
  | { type: 'choices'; heading: string; options: { label: string; command: string }[] };

/** A picture sent with a reply (the scorecard): PNG bytes, what it shows in words, a file name. */
export interface ReplyImage { png: Uint8Array; alt: string; name: string }

export interface Reply {
  kind: 'report' | 'help' | 'roles' | 'role-chosen' | 'job' | 'forget' | 'hint' | 'error' | 'rate-limited' | 'ack' | 'details' | 'community';
  /**
   * 'private': only the person may see it (ephemeral message or DM) — every analysis in a group.
   * 'conversation': fine to post where the event came from (always the case in a DM).
   */
  audience: 'private' | 'conversation';
  title: string;
  blocks: ReplyBlock[];
  /** Short follow-up suggestions ("/ats roles to pick another role"). */
  hints: string[];
  /** Machine-readable error code for 'error' replies (document error codes, 'unknown-role', ...). */
  errorCode?: string;
  /**
   * The scorecard, on the first reply of a report only (never on details). Adapters send it where
   * the platform allows and to the same audience as the reply.
   */
  image?: ReplyImage;
}

export interface HandleOptions {
  /** Called once when slow work (download, parsing, analysis) starts, so the adapter can show progress. */
  onProgress?: () => void | Promise<void>;
}

export interface BotCore {
  /**
   * Handles one inbound event; never throws for bad input (it becomes an 'error' reply). Answers
   * [] for an event whose eventId was already handled (here or on another instance).
   */
  handle(event: InboundEvent, options?: HandleOptions): Promise<Reply[]>;
  /** Role ids and titles for autocomplete and keyboards. */
  roles(): { id: string; title: string; group: string }[];
  /** The role id this person chose last (for App Home style status views), or null. */
  chosenRole(platform: Platform, userId: string): Promise<string | null>;
  /** Rejects oversized uploads from metadata alone, before any download. */
  readonly maxUploadBytes: number;
  /** Work waiting for and running on the worker pool (metrics). */
  queue(): { queued: number; running: number };
  /** Resolves when the store answers within its time limit (readiness). */
  ping(): Promise<void>;
  /**
   * Runs `work` while holding a lock on one conversation, shared by every instance (Redis), so an
   * adapter can keep one chat's messages in order across instances (Telegram webhooks).
   */
  exclusive<T>(platform: Platform, conversationId: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** What the core reports for metrics; implemented outside the core (src/ops) so it imports no exporter. */
export interface BotMetrics {
  handled(platform: Platform, outcome: string, seconds: number): void;
  storeError(platform: Platform, op: string, reason: string): void;
}

/** What every chat adapter exposes to main.ts. */
export interface ChatAdapter {
  readonly name: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Connected to its platform and taking events (readiness); absent means "once started". */
  connected?(): boolean;
}
