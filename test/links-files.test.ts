/**
 * Pages sent as files: an HTML file (even named .pdf or .docx by a failed share-link download) is
 * read by the page reader; a sign-in page gets its own answer. A huge real DOCX is too large, not
 * a zip bomb or damaged.
 */
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import { fileEvent, memoryAttachment, textOf } from '../src/bot/testing.js';
import { extractDocument, isDocumentError } from '../src/documents/index.js';
import { buildDocx, buildZipBombDocx } from './helpers/bad-files.js';
import { linkFixture } from './helpers/fake-ats.js';

const bytes = (s: string) => new TextEncoder().encode(s);

async function codeOf(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
    return { code: 'read', message: '' };
  } catch (error) {
    return isDocumentError(error) ? { code: error.code, message: error.message } : { code: 'other', message: String(error) };
  }
}

const LINKEDIN_LOGIN = '<!DOCTYPE html><html><head><title>LinkedIn Login, Sign in | LinkedIn</title></head><body><h1>Sign in</h1>'
  + '<form><input name="session_key"><input type="password" name="session_password"><button>Sign in</button></form></body></html>';
const ONEDRIVE = '<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body><div>Microsoft</div>'
  + '<div>Sign in</div><input type="email"><input type="password"></body></html>';

describe('an HTML file', () => {
  it.each([
    ['a Google Drive "You need access" page named resume.pdf', linkFixture('pages/drive-sign-in.html')],
    ['a LinkedIn sign-in page named resume.docx', LINKEDIN_LOGIN],
    ['a OneDrive sign-in page', ONEDRIVE],
  ])('%s: "that\'s a sign-in page, not your file"', async (_what, html) => {
    const { code, message } = await codeOf(extractDocument(bytes(html)));
    expect(code).toBe('sign-in-page');
    expect(message).toMatch(/sign-in page, not your file/);
    expect(message).toMatch(/Download the file itself/);
  });

  it('in the chat: its own error code and title, not a 0/100 report', async () => {
    const bot = createBot({ store: new Keyv({ store: new Map() }) });
    const [reply, ...rest] = await bot.handle(fileEvent(memoryAttachment('resume.pdf', bytes(linkFixture('pages/drive-sign-in.html')))));
    expect(rest).toEqual([]);
    expect(reply).toMatchObject({ kind: 'error', errorCode: 'sign-in-page', title: "That's a sign-in page, not your file" });
    expect(textOf(reply!)).not.toMatch(/\/100/);
  });

  it('a real job page saved as a file is read as a job post, list items and all', async () => {
    const bot = createBot({ store: new Keyv({ store: new Map() }) });
    const [reply] = await bot.handle(fileEvent(memoryAttachment('post.docx', bytes(linkFixture('pages/json-ld.html')))));
    expect(reply!.kind).toBe('job');
    expect(reply!.title).toBe('Job post saved: Backend Engineer at Acme Freight');
    const doc = await extractDocument(bytes(linkFixture('pages/article.html')));
    expect(doc.text).toMatch(/^- Terraform$/m);
    expect(doc.text).not.toContain('Imprint');
  });
});

describe('a huge real DOCX', () => {
  it('200,000 short paragraphs: too large, and not called a zip bomb or damaged', async () => {
    const docx = buildDocx({ body: Array.from({ length: 200_000 }, (_, i) => `Line ${i % 10}`) });
    expect(docx.byteLength).toBeLessThan(100 * 1024);
    const { code, message } = await codeOf(extractDocument(docx));
    expect(code).toBe('too-large');
    expect(message).not.toMatch(/zip bomb|damaged/i);
  });

  it('with paragraphs too short to reach 10 MB of XML, still too large', async () => {
    const docx = buildDocx({ body: Array.from({ length: 150_000 }, () => 'a') });
    const { code } = await codeOf(extractDocument(docx));
    expect(code).toBe('too-large');
  });

  it('a real zip bomb is still a zip bomb', async () => {
    const { code, message } = await codeOf(extractDocument(buildZipBombDocx()));
    expect(code).toBe('corrupt');
    expect(message).toMatch(/zip bomb/);
  });
});
