/**
 * The six ATS APIs and a few pages on the fake web, answering with the fixtures in
 * test/fixtures/links (their SOURCE.md says where each shape comes from). POSTING_LINKS are the links
 * a person would paste, one per provider, each leading to the same invented "Backend Engineer" post.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startFakeWeb, type FakeRoutes, type FakeWeb } from '../fakes/web.js';

const DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'links');
export const linkFixture = (rel: string) => readFileSync(path.join(DIR, rel), 'utf8');
const json = (rel: string) => ({ type: 'application/json', body: linkFixture(rel) });

export const POSTING_LINKS = {
  Greenhouse: 'https://boards.greenhouse.io/acme/jobs/4012345',
  Lever: 'https://jobs.lever.co/acme/5a9f3c1e-6b2d-4e8f-9a01-23456789abcd',
  Ashby: 'https://jobs.ashbyhq.com/acme/7458d4e9-da2e-47bd-98cb-adfda43d42b2',
  Workable: 'https://apply.workable.com/acme/j/A1B2C3D4E5/',
  SmartRecruiters: 'https://jobs.smartrecruiters.com/AcmeFreight/744000012345678-backend-engineer',
  Recruitee: 'https://acme.recruitee.com/o/backend-engineer',
} as const;

export const ATS_ROUTES: FakeRoutes = {
  'boards-api.greenhouse.io/v1/boards/acme/jobs/4012345': json('greenhouse/job.json'),
  'api.lever.co/v0/postings/acme/5a9f3c1e-6b2d-4e8f-9a01-23456789abcd': json('lever/posting.json'),
  'api.ashbyhq.com/posting-api/job-board/acme': json('ashby/job-board.json'),
  'www.workable.com/api/accounts/acme?details=true': json('workable/account.json'),
  'api.smartrecruiters.com/v1/companies/AcmeFreight/postings/744000012345678': json('smartrecruiters/posting.json'),
  'acme.recruitee.com/api/offers/': json('recruitee/offers.json'),
  'careers.acme.example/jobs/backend': { body: linkFixture('pages/json-ld.html') },
  'careers.acme.example/jobs/closed': { body: linkFixture('pages/json-ld-expired.html') },
  'blog.acme.example/backend-engineer': { body: linkFixture('pages/article.html') },
  'drive.google.com/file/d/abc/view': { body: linkFixture('pages/drive-sign-in.html') },
  'careers.acme.example/': { body: '<!doctype html><html><head><title>Acme</title></head><body><a href="/jobs">Jobs</a></body></html>' },
  'careers.acme.example/private': { status: 403, body: 'Forbidden' },
  'careers.acme.example/gone': { status: 410, body: 'Gone' },
  'careers.acme.example/broken': { status: 503, body: 'down' },
  'careers.acme.example/logo.png': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  'careers.acme.example/huge': { body: Buffer.alloc(3 * 1024 * 1024, 32) },
  'careers.acme.example/slow': { body: 'late', delayMs: 8_000 },
  'www.linkedin.com/jobs/view/123': { status: 302, headers: { location: 'https://www.linkedin.com/authwall?trk=x' } },
  'www.linkedin.com/authwall?trk=x': { body: '<!doctype html><html><head><title>Sign Up | LinkedIn</title></head><body><h1>Join LinkedIn</h1><form><input type="password"></form></body></html>' },
};

export function startFakeAts(extra: FakeRoutes = {}): Promise<FakeWeb> {
  return startFakeWeb({ ...ATS_ROUTES, ...extra });
}
