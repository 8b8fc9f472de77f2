/**
 * The platform-neutral conversation: one InboundEvent in, structured replies out. Adapters
 * translate; everything a person can do is decided here.
 */
import Keyv from 'keyv';
import type { Logger } from 'pino';
import { isDocumentError } from '../documents/errors.js';
import type { ExtractLimits } from '../documents/types.js';
import type { Resume } from '../resume/types.js';
import type { JobPost } from '../jobs/types.js';
import type { Report } from '../analysis/report.js';
import { getRoles } from '../roles/registry.js';
import { UserStore, type ReportSnapshot } from '../store/user-store.js';
import { isStoreError, withDeadline } from '../store/errors.js';
import { DEFAULT_STORE_TIMEOUT_MS } from '../store/user-store.js';
import { sharedStateFor } from '../store/shared.js';
import { silentLogger } from '../logger.js';
import { createInlineRunner, type AnalysisRunner, type Analyzed, type ReadResult, type ReadSource } from './analysis-runner.js';
import { RateLimiter } from './rate-limit.js';
import { FairScheduler, isBusyError } from './scheduler.js';
import { DETAIL_TOPICS, detailsReply, isDetailTopic, reportReply, snapshotOf } from './report-reply.js';
import * as R from './replies.js';
import { findPostLink } from '../links/find-link.js';
import { isLinkError } from '../links/errors.js';
import type { LinkRead, LinkReader } from '../links/reader.js';
import { DEFAULT_LINK_RATE_LIMIT, linkErrorReply, linkSourceBlock, withKnownFacts } from './link-replies.js';
import { createCommunity } from '../community/index.js';
import type { BotCore, BotMetrics, HandleOptions, InboundAttachment, InboundEvent, Reply } from './types.js';

export type * from './types.js';
export type { AnalysisRunner } from './analysis-runner.js';
export { createInlineRunner, createPoolRunner } from './analysis-runner.js';
export { renderPlainText } from './render-text.js';

export interface CreateBotOptions {
  /** keyv store (default: in-memory). The bot closes it in close(). */
  store?: Keyv;
  /** How long anything about a person is kept (default 72 h). */
  ttlMs?: number;
  /** Analyses per person per window (default 10 per 10 minutes). */
  rateLimit?: { max: number; windowMs: number };
  /** Time limit on each store call (default 3 s): past it the person hears "storage is unavailable". */
  storeTimeoutMs?: number;
  /** The clock for expiry and rate limits (tests pass a fake one). */
  now?: () => number;
  /** Where parsing and analysis run (default: inline). The bot closes it in close(). */
  runner?: AnalysisRunner;
  logger?: Logger;
  /** Counters and timings for /metrics (src/ops); none by default. */
  metrics?: BotMetrics;
  /** Uploads and pastes waiting for a worker beyond this are answered "busy" (default 100). */
  maxQueued?: number;
  /** Document limits; maxBytes is also the upload limit checked before download. */
  limits?: Partial<ExtractLimits>;
  botName?: string;
  /** Draw the scorecard image for each first report reply (SCORECARD, default off here; main.ts turns it on). */
  scorecard?: boolean;
  /** Reads job posts from links (src/links); absent: a link is answered "paste the text instead". */
  linkReader?: LinkReader;
  /** Links opened per person per window (default 10 per 10 minutes), on top of the analysis limit. */
  linkRateLimit?: { max: number; windowMs: number };
  /** The key people are hashed with in community stats (COMMUNITY_HASH_KEY); generated and stored when absent. */
  communityHashKey?: string;
}

export const DEFAULT_TTL_MS = 72 * 3_600_000;
export const DEFAULT_MAX_QUEUED = 100;
/** How long an event id is remembered: far beyond Slack's retries (minutes) and replay window (5 min). */
export const DEDUPE_TTL_MS = 24 * 3_600_000;
/** A conversation lock frees itself after this, should its holder die mid-answer. */
export const CONVERSATION_LOCK_MS = 60_000;
const LOCK_POLL_MS = 50;
export const DEFAULT_RATE_LIMIT = { max: 10, windowMs: 10 * 60_000 } as const;
/** Same as the documents layer's default maxBytes; kept here so the bot thread never loads the parsers. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Pasted text longer than this is refused (chat platforms cap messages far below it). */
export const MAX_PASTE_CHARS = 100_000;
/** Shorter pastes are chatter, not a resume or a job post: answered with a hint, no analysis. */
export const MIN_PASTE_WORDS = 15;

type Progress = () => Promise<void>;

export function createBot(options: CreateBotOptions = {}): BotCore {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const rate = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const keyv = options.store ?? new Keyv({ store: new Map() });
  const storeTimeoutMs = options.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  const users = new UserStore(keyv, ttlMs, now, { timeoutMs: storeTimeoutMs });
  const shared = sharedStateFor(keyv);
  const limiter = new RateLimiter(rate, now, shared, storeTimeoutMs);
  const linkLimiter = new RateLimiter(options.linkRateLimit ?? DEFAULT_LINK_RATE_LIMIT, now, shared, storeTimeoutMs);
  const runner = options.runner ?? createInlineRunner();
  const scheduler = new FairScheduler({ concurrency: runner.concurrency, maxQueued: options.maxQueued ?? DEFAULT_MAX_QUEUED });
  const log = options.logger ?? silentLogger();
  const metrics: BotMetrics | undefined = options.metrics;
  const limits = options.limits ?? {};
  const maxUploadBytes = limits.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const botName = options.botName ?? 'ATS Bot';
  const card = options.scorecard ?? false;
  const inFlight = new Set<Promise<unknown>>();
  const community = createCommunity({ keyv, shared, users, ttlMs, now, storeTimeoutMs, log, ...(options.communityHashKey ? { hashKey: options.communityHashKey } : {}) });
  let closed: Promise<void> | undefined;

  const rateKey = (ev: InboundEvent) => `${ev.platform}:${ev.userId}`;
  const idsOf = (ev: InboundEvent) => ({ platform: ev.platform, userId: ev.userId, conversationId: ev.conversationId });
  /** Heavy work waits for its fair turn: one task per person at a time, round robin across people. */
  const heavy = <T>(ev: InboundEvent, work: () => Promise<T>) => scheduler.run(rateKey(ev), work);

  /** Counts one analysis against the person's limit; a reply when over it. */
  async function overLimit(ev: InboundEvent): Promise<Reply | null> {
    const decision = await limiter.take(rateKey(ev));
    if (decision.allowed) return null;
    log.info({ ...idsOf(ev), code: 'rate-limited' }, 'rate limited');
    return R.rateLimitedReply(rate.max, rate.windowMs, decision.retryAfterMs);
  }

  /**
   * The target, as the person set it: a pasted post replaces the chosen role (kept for when the post
   * is cleared), unless the two agree or the role was chosen after the post (then both count).
   */
  async function storedTarget(ev: InboundEvent): Promise<{ roleId: string | null; job: JobPost | null }> {
    const [roleId, job] = await Promise.all([
      users.get(ev.platform, ev.userId, 'role'),
      users.get(ev.platform, ev.userId, 'job') as Promise<StoredJob | undefined>,
    ]);
    if (!job) return { roleId: roleId ?? null, job: null };
    const agrees = roleId !== undefined && job.title !== null && getRoles().resolve(job.title).role?.id === roleId;
    return { roleId: roleId !== undefined && (job.withRole === roleId || agrees) ? roleId : null, job };
  }

  async function analyzeStored(ev: InboundEvent, resume: Resume, options: { previous?: ReportSnapshot; sameAsLast?: boolean } = {}): Promise<Reply> {
    const target = await storedTarget(ev);
    const analyzed = await heavy(ev, () => runner.analyzeWithCard({ resume, ...target, card }));
    return reportFor(ev, analyzed, options);
  }

  /** The report as a reply; its snapshot is saved for next time's "what changed". */
  async function reportFor(ev: InboundEvent, { report, card, cardError }: Analyzed, options: { previous?: ReportSnapshot; sameAsLast?: boolean } = {}): Promise<Reply> {
    const reply = reportReply(report, options);
    if (card) reply.image = card;
    if (cardError) log.warn({ ...idsOf(ev), code: 'scorecard-failed', errorName: cardError }, 'scorecard not drawn');
    await community.recordCheck(ev, report);
    try {
      await users.set(ev.platform, ev.userId, 'last-report', snapshotOf(report));
    } catch (error) {
      // The report is worth sending; only next time's "what changed" is lost, and the person hears so.
      if (!isStoreError(error)) throw error;
      log.warn({ ...idsOf(ev), code: 'store-error', op: error.op, reason: error.reason, backendCode: error.backendCode }, 'report snapshot not saved');
      reply.hints.push("I couldn't save this report, so your next one won't say what changed.");
    }
    return reply;
  }

  /**
   * A file or a long paste: read and (if it is a resume) analysed against the person's target in
   * one task, then stored: the same resume again, a new version of it (compared with the last
   * report), or another person's (a fresh report).
   */
  async function readAndAnswer(ev: InboundEvent, source: ReadSource): Promise<{ read: ReadResult; replies: Reply[] }> {
    const [target, previous, stored] = await Promise.all([
      storedTarget(ev),
      users.get(ev.platform, ev.userId, 'last-report'),
      users.get(ev.platform, ev.userId, 'resume'),
    ]);
    const { read, report, card: image, cardError } = await heavy(ev, () => runner.readAndAnalyze(source, { ...target, card }));
    if (read.kind === 'job-post') return { read, replies: await jobArrived(ev, read.job) };
    if (read.kind !== 'resume' || !report) return { read, replies: [] };
    await users.set(ev.platform, ev.userId, 'resume', read.resume);
    const options = !previous || !stored || !samePerson(stored, read.resume) ? {}
      : stored.text.trim() === read.resume.text.trim() ? { previous, sameAsLast: true } : { previous };
    return { read, replies: [await reportFor(ev, { report, card: image, ...(cardError ? { cardError } : {}) }, options)] };
  }

  /** `/ats details <topic>`: one part of the full report for the stored resume and target. */
  async function details(ev: InboundEvent, topic: string, progress: Progress): Promise<Reply[]> {
    if (!isDetailTopic(topic)) {
      return [{ kind: 'hint', audience: 'conversation', title: 'Which details?', blocks: [{ type: 'choices', heading: 'Details',
        options: DETAIL_TOPICS.map((t) => ({ label: t, command: `/ats details ${t}` })) }], hints: [] }];
    }
    const resume = await users.get(ev.platform, ev.userId, 'resume');
    if (!resume) return [R.hintReply(`No resume stored yet. ${R.HINTS.resume}, then ask for details.`)];
    await progress();
    const target = await storedTarget(ev);
    const report = await heavy(ev, () => runner.analyze({ resume, ...target }));
    return [detailsReply(report, topic)];
  }

  async function jobArrived(ev: InboundEvent, job: JobPost): Promise<Reply[]> {
    await users.set(ev.platform, ev.userId, 'job', job);
    const resume = await users.get(ev.platform, ev.userId, 'resume');
    const saved = R.jobSavedReply(job, resume !== undefined);
    const { roleId } = await storedTarget(ev);
    const kept = roleId === null ? await users.get(ev.platform, ev.userId, 'role') : undefined;
    const keptRole = kept ? getRoles().get(kept) : undefined;
    if (keptRole) {
      saved.blocks.push({ type: 'text', text:
        `The post is your target now. Your chosen role, ${keptRole.title}, is kept for when you clear the post (/ats job clear); /ats ${keptRole.id} checks against both.` });
    }
    return resume ? [saved, await analyzeStored(ev, resume)] : [saved];
  }

  async function upload(ev: InboundEvent, file: InboundAttachment, progress: Progress): Promise<Reply[]> {
    if (file.size !== null && file.size > maxUploadBytes) return [tooLarge(file.size)];
    const limited = await overLimit(ev);
    if (limited) return [limited];
    await progress();
    let bytes: Uint8Array;
    try {
      bytes = await file.fetch();
    } catch (error) {
      // An adapter that knows why (too large for the platform, ...) says so; only the unknown is "try again".
      if (isDocumentError(error)) throw error;
      log.warn({ ...idsOf(ev), code: 'download-failed', errorName: (error as Error)?.name }, 'attachment download failed');
      return [R.errorReply('download-failed', "I couldn't download that file", 'Please send it again in a moment.')];
    }
    if (bytes.byteLength > maxUploadBytes) return [tooLarge(bytes.byteLength)];
    const started = now();
    const { read, replies } = await readAndAnswer(ev, { bytes, limits });
    log.info({ ...idsOf(ev), kind: read.kind, bytes: bytes.byteLength, ms: now() - started }, 'file read');
    if (replies.length === 0) replies.push(R.hintReply(R.DEFAULT_HINT));
    if (ev.attachments.length > 1) replies[replies.length - 1]!.hints.unshift(`I read one file at a time: this is ${R.quote(file.name)}.`);
    return replies;
  }

  function tooLarge(size: number): Reply {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return R.errorReply('too-large', 'That file is too large',
      `It is ${mb(size)}; the limit is ${mb(maxUploadBytes)}. Export a smaller PDF (without images) or send a DOCX.`);
  }

  async function pasted(ev: InboundEvent, raw: string, progress: Progress, asJob = false): Promise<Reply[]> {
    const text = raw.trim();
    if (!text) return [R.hintReply(R.DEFAULT_HINT)];
    if (text.length > MAX_PASTE_CHARS) {
      return [R.errorReply('too-large', 'That message is too long',
        `It has ${text.length.toLocaleString('en')} characters; I read up to ${MAX_PASTE_CHARS.toLocaleString('en')}. Paste just the job post, or send the resume as a file.`)];
    }
    if (looksBinary(text)) {
      return [R.errorReply('unsupported-type', "That doesn't look like text",
        'It reads like the inside of a binary file. Send the file itself (PDF, DOCX or TXT) instead of its contents.')];
    }
    if (!asJob && text.split(/\s+/).length < MIN_PASTE_WORDS) {
      const role = text.split(/\s+/).length <= 5 ? getRoles().resolve(text).role : null;
      return [R.hintReply(role ? `To choose ${role.title}, send /ats ${role.id}.` : R.DEFAULT_HINT)];
    }
    const limited = await overLimit(ev);
    if (limited) return [limited];
    await progress();
    if (asJob) return jobArrived(ev, await heavy(ev, () => runner.readJobPost(text)));
    const { read, replies } = await readAndAnswer(ev, { text });
    log.info({ ...idsOf(ev), kind: read.kind, chars: text.length }, 'text read');
    if (replies.length > 0) return replies;
    await limiter.refund(rateKey(ev)); // chatter costs nothing against the limit
    return [R.hintReply("That doesn't read like a job post or a resume. Send your resume as a file, paste a job post, or type /ats help.")];
  }

  /** A message that is a link: the post behind it is read, then stored and matched like a pasted one. */
  async function fromLink(ev: InboundEvent, url: string, progress: Progress): Promise<Reply[]> {
    if (!options.linkReader) return [linkErrorReply('link-off')];
    if (!(await linkLimiter.take(`link:${rateKey(ev)}`)).allowed) return [linkErrorReply('link-rate-limited')];
    const limited = await overLimit(ev);
    if (limited) return [limited];
    await progress();
    let read: LinkRead;
    try {
      read = await options.linkReader.read(url);
    } catch (error) {
      if (!isLinkError(error)) throw error;
      await limiter.refund(rateKey(ev)); // nothing was analysed
      log.info({ ...idsOf(ev), code: error.code }, 'link not read');
      return [linkErrorReply(error.code, error.message)];
    }
    const job = read.kind === 'post'
      ? withKnownFacts(await heavy(ev, () => runner.readJobPost(read.text)), read)
      : await heavy(ev, async () => {
        // A PDF or DOCX behind a link is a post file, whatever it reads like.
        const file = await runner.readFile(read.bytes, limits);
        return file.kind === 'job-post' ? file.job : runner.readJobPost(file.kind === 'resume' ? file.resume.text : '');
      });
    const replies = await jobArrived(ev, job);
    replies[0]!.blocks.unshift(linkSourceBlock(read));
    return replies;
  }

  async function chooseRole(ev: InboundEvent, query: string, progress: Progress): Promise<Reply[]> {
    const found = getRoles().resolve(query);
    if (!found.role) return [R.unknownRoleReply(query, found.suggestions)];
    const role = found.role;
    await users.set(ev.platform, ev.userId, 'role', role.id);
    // A role chosen after a post: the person asks for both.
    const job = await users.get(ev.platform, ev.userId, 'job');
    if (job) await users.set(ev.platform, ev.userId, 'job', { ...job, withRole: role.id } as StoredJob);
    if (ev.attachments[0]) return upload(ev, ev.attachments[0], progress);
    const resume = await users.get(ev.platform, ev.userId, 'resume');
    if (!resume) return [R.roleChosenReply(role, await users.get(ev.platform, ev.userId, 'job'))];
    const limited = await overLimit(ev);
    if (limited) return [R.roleChosenReply(role, undefined), limited];
    await progress();
    return [await analyzeStored(ev, resume)];
  }

  async function command(ev: InboundEvent, name: string, args: string, progress: Progress): Promise<Reply[]> {
    const cmd = name.toLowerCase();
    if (cmd === 'start' || cmd === 'help') return [R.helpReply(botName, ttlMs)];
    if (cmd !== 'ats') return [R.hintReply(`I only know /ats. ${R.HINTS.help}.`)];
    const trimmed = args.trim();
    const [first = '', ...restWords] = trimmed.split(/\s+/);
    const sub = first.toLowerCase();
    const rest = trimmed.slice(first.length).trim();
    if (sub === '' && ev.attachments[0]) return upload(ev, ev.attachments[0], progress);
    if (sub === '' || sub === 'help') return [R.helpReply(botName, ttlMs)];
    if (sub === 'roles' && restWords.length === 0) return [R.rolesReply(getRoles().all())];
    if (sub === 'forget' && restWords.length === 0) {
      await community.forget(ev); // first: should it fail, "nothing was changed" stays true of the rest
      await users.forget(ev.platform, ev.userId);
      log.info({ ...idsOf(ev) }, 'forgot user');
      return [R.forgetReply()];
    }
    if (sub === 'details') return details(ev, rest.toLowerCase(), progress);
    if (sub === 'channel' || sub === 'stats') return community.command(ev, sub, rest);
    if (sub === 'job') {
      if (rest === '') return [R.jobShowReply(await users.get(ev.platform, ev.userId, 'job'))];
      if (rest.toLowerCase() === 'clear') {
        const had = (await users.get(ev.platform, ev.userId, 'job')) !== undefined;
        await users.delete(ev.platform, ev.userId, 'job');
        return [R.jobClearedReply(had)];
      }
      const link = findPostLink(rest);
      return link ? fromLink(ev, link, progress) : pasted(ev, rest, progress, true);
    }
    return chooseRole(ev, trimmed, progress);
  }

  async function dispatch(ev: InboundEvent, progress: Progress): Promise<Reply[]> {
    const parsed = ev.command ?? parseCommandText(ev.text);
    if (parsed) return command(ev, parsed.name, parsed.args, progress);
    if (ev.attachments[0]) {
      // A file that cannot be read is answered like any other, so the channel still gets its ack.
      const dropped = await community.drop(ev, ev.attachments[0], (file) => upload(ev, file, progress).catch((error: unknown) => {
        if (!isDocumentError(error)) throw error;
        log.info({ ...idsOf(ev), code: error.code }, 'document refused');
        return [R.errorReply(error.code, documentErrorTitle(error.code), error.message, [R.HINTS.help])];
      }));
      return dropped ?? upload(ev, ev.attachments[0], progress);
    }
    const link = findPostLink(ev.text);
    return link ? fromLink(ev, link, progress) : pasted(ev, ev.text, progress);
  }

  /** In a group, nobody's analysis is public: private replies plus at most a short public ack. */
  function address(ev: InboundEvent, replies: Reply[]): Reply[] {
    if (ev.isDM) return replies.map((r) => ({ ...r, audience: 'conversation' }));
    const publicKinds = new Set<Reply['kind']>(['help', 'roles', 'ack']); // an ack says nothing of anyone's resume
    const out = replies.map((r): Reply => ({ ...r, audience: publicKinds.has(r.kind) ? 'conversation' : 'private' }));
    if (replies.some((r) => r.kind === 'report' || r.kind === 'details') && !replies.some((r) => r.kind === 'ack')) out.push({ ...R.ackReply(), audience: 'conversation' });
    return out;
  }

  async function handleSafely(ev: InboundEvent, options: HandleOptions): Promise<Reply[]> {
    let notified = false;
    const progress: Progress = async () => {
      if (notified || !options.onProgress) return;
      notified = true;
      try { await options.onProgress(); } catch (error) {
        log.warn({ ...idsOf(ev), errorName: (error as Error)?.name }, 'onProgress failed');
      }
    };
    const started = now();
    try {
      if (ev.eventId !== undefined) {
        const key = `event:${ev.platform}:${ev.eventId}`;
        const first = await withDeadline('write', storeTimeoutMs, () => shared.claim(key, DEDUPE_TTL_MS));
        if (!first) {
          log.info({ ...idsOf(ev), eventId: ev.eventId, code: 'duplicate-event' }, 'already handled');
          metrics?.handled(ev.platform, 'duplicate', (now() - started) / 1000);
          return [];
        }
      }
      const replies = address(ev, await dispatch(ev, progress));
      log.debug({ ...idsOf(ev), kinds: replies.map((r) => r.kind), ms: now() - started }, 'handled');
      const main = replies.find((r) => r.kind === 'report' || r.kind === 'error' || r.kind === 'rate-limited') ?? replies[0];
      metrics?.handled(ev.platform, main ? main.errorCode ?? main.kind : 'none', (now() - started) / 1000);
      return replies;
    } catch (error) {
      if (isBusyError(error)) {
        await limiter.refund(rateKey(ev)); // not the person's doing: it must not count against their limit
        log.warn({ ...idsOf(ev), code: 'busy', queued: scheduler.queued }, 'queue full');
        metrics?.handled(ev.platform, 'busy', (now() - started) / 1000);
        return address(ev, [R.busyReply()]);
      }
      if (isStoreError(error)) {
        log.warn({ ...idsOf(ev), code: 'store-error', op: error.op, reason: error.reason, backendCode: error.backendCode, ms: now() - started }, 'store call failed');
        metrics?.storeError(ev.platform, error.op, error.reason);
        metrics?.handled(ev.platform, `store-${error.reason}`, (now() - started) / 1000);
        return address(ev, [R.storeErrorReply(error.op, error.reason)]);
      }
      if (isDocumentError(error)) {
        log.info({ ...idsOf(ev), code: error.code, ms: now() - started }, 'document refused');
        metrics?.handled(ev.platform, error.code, (now() - started) / 1000);
        return address(ev, [R.errorReply(error.code, documentErrorTitle(error.code), error.message, [R.HINTS.help])]);
      }
      // Ids, the error's name and code, and stack frames: never its message, which may quote input.
      const err = error as { name?: unknown; code?: unknown; stack?: unknown };
      log.error({
        ...idsOf(ev),
        code: 'internal',
        errorName: typeof err?.name === 'string' ? err.name : typeof error,
        errorCode: typeof err?.code === 'string' ? err.code : undefined,
        frames: typeof err?.stack === 'string' ? err.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8).join('\n') : undefined,
      }, 'handle failed');
      metrics?.handled(ev.platform, 'internal', (now() - started) / 1000);
      return address(ev, [R.apologyReply()]);
    }
  }

  return {
    maxUploadBytes,
    handle(event, options = {}) {
      const work = handleSafely(event, options);
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
      return work;
    },
    async chosenRole(platform, userId) {
      return (await users.get(platform, userId, 'role')) ?? null;
    },
    roles() {
      return getRoles().all().map(({ id, title, group }) => ({ id, title, group }));
    },
    queue() {
      return { queued: scheduler.queued, running: scheduler.active };
    },
    async ping() {
      await users.get('console', 'readiness-probe', 'role');
    },
    async exclusive(platform, conversationId, work) {
      const key = `lock:${platform}:${conversationId}`;
      const deadline = Date.now() + CONVERSATION_LOCK_MS;
      let release: (() => Promise<void>) | null = null;
      // Waiting is bounded by the lock's own lifetime; past it the work runs anyway (order is best effort,
      // an answer is not). A store that fails stops the wait at once: the work will say so itself.
      while (!release && Date.now() < deadline) {
        try {
          release = await withDeadline('write', storeTimeoutMs, () => shared.tryLock(key, CONVERSATION_LOCK_MS));
        } catch {
          break;
        }
        if (!release) await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
      }
      try {
        return await work();
      } finally {
        await release?.().catch(() => {});
      }
    },
    close() {
      closed ??= (async () => {
        await Promise.allSettled([...inFlight]);
        await runner.close();
        await users.close();
      })();
      return closed;
    },
  };
}

/** The job post as stored: `withRole` when the person chose that role after pasting it (check both). */
type StoredJob = JobPost & { withRole?: string };

/** Another name or email is another person's resume, not a new version. */
function samePerson(a: Resume, b: Resume): boolean {
  const same = (x: string | null, y: string | null) => x === null || y === null || x.toLowerCase() === y.toLowerCase();
  return same(a.name, b.name) && same(a.contact.email, b.contact.email);
}

function documentErrorTitle(code: string): string {
  switch (code) {
    case 'too-large': return 'That file is too large';
    case 'too-many-pages': return 'That file has too many pages';
    case 'no-text': return "An ATS can't read this file";
    case 'timeout': return 'That took too long to read';
    case 'encrypted': return 'That file is password-protected';
    case 'empty': return 'That file is empty';
    case 'sign-in-page': return "That's a sign-in page, not your file";
    default: return "I couldn't read that file";
  }
}

/** `/ats roles` typed as plain text (console, platforms that don't parse commands). */
export function parseCommandText(text: string): { name: string; args: string } | null {
  const m = /^\/([a-z][\w-]*)(?:@\S+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  return m ? { name: m[1]!, args: (m[2] ?? '').trim() } : null;
}

/** Control characters (other than whitespace) or U+FFFD in bulk: the inside of a binary file. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > sample.length * 0.05;
}
