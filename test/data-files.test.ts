import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lexiconSchema, SKILL_CATEGORIES } from '../src/skills/lexicon-schema.js';
import { roleSchema } from '../src/roles/role-schema.js';
import { Lexicon } from '../src/skills/lexicon.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (p: string): unknown => JSON.parse(readFileSync(join(root, p), 'utf8'));

const lexicon = lexiconSchema.parse(readJson('data/skills.json'));
const roleFiles = readdirSync(join(root, 'roles')).filter((f) => f.endsWith('.json')).sort();
const roles = roleFiles.map((f) => ({ file: f, role: roleSchema.parse(readJson(`roles/${f}`)) }));
const skillIds = new Set(lexicon.skills.map((s) => s.id));

const METRIC = ' — [add a metric, e.g. "for 5+ projects" or "cutting time by 30%"]';
const GUIDE_BULLETS = [
  'Design and build REST or GraphQL APIs that front ends and services consume',
  'Model relational and NoSQL database schemas and write efficient queries',
  'Implement authentication, authorization and data-security best practices',
  'Optimise server performance, caching and database indexing under load',
  'Integrate third-party services, payment gateways and message queues',
  'Write automated tests and set up logging, monitoring and error tracking',
].map((b) => b + METRIC);

describe('data/skills.json', () => {
  it('parses with the lexicon schema and carries a version', () => {
    expect(lexicon.version).toMatch(/^\d{4}\.\d+\.\d+$/);
  });

  it('is broad: at least 2,000 skills, spread over every category, software and beyond', () => {
    expect(lexicon.skills.length).toBeGreaterThanOrEqual(2000);
    const used = new Set(lexicon.skills.map((s) => s.category));
    for (const c of SKILL_CATEGORIES) expect(used, c).toContain(c);
  });

  it('has unique ids', () => {
    expect(skillIds.size).toBe(lexicon.skills.length);
  });

  it('never gives one spelling (name or alias) to two skills, nor twice to one', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of lexicon.skills) {
      for (const spelling of [s.name, ...s.aliases]) {
        const key = spelling.toLowerCase();
        const prev = owner.get(key);
        if (prev !== undefined) clashes.push(`${spelling}: ${prev} / ${s.id}`);
        owner.set(key, s.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('marks as ambiguous only its own spellings, and implies only known ids', () => {
    for (const s of lexicon.skills) {
      const own = [s.name, ...s.aliases];
      for (const a of s.ambiguous) expect(own, `${s.id} ambiguous "${a}"`).toContain(a);
      for (const i of s.implies) {
        expect(skillIds.has(i), `${s.id} implies ${i}`).toBe(true);
        expect(i).not.toBe(s.id);
      }
    }
  });

  it('keeps distinct products apart and flags the short or ordinary-word spellings', () => {
    const byId = new Map(lexicon.skills.map((s) => [s.id, s]));
    const spellings = (id: string) => [byId.get(id)!.name, ...byId.get(id)!.aliases].map((x) => x.toLowerCase());
    expect(spellings('sql')).not.toContain('sql server');
    expect(spellings('java')).not.toContain('javascript');
    expect(spellings('kubernetes')).toContain('k8s');
    expect(spellings('postgresql')).toContain('postgres');
    expect(spellings('aws')).toContain('amazon web services');
    expect(spellings('go')).toContain('golang');
    for (const [id, word] of [['go', 'Go'], ['r', 'R'], ['c', 'C'], ['swift', 'Swift'], ['rust', 'Rust'], ['spring', 'Spring'], ['nodejs', 'Node']] as const) {
      expect(byId.get(id)!.ambiguous, id).toContain(word);
    }
    // Lexicon 2026.12.21: a bare "Next" is no spelling of Next.js at all ("Word, Next, non-fiction").
    expect(spellings('nextjs')).not.toContain('next');
    expect(byId.get('nextjs')!.implies).toContain('react');
    expect(byId.get('spring-boot')!.implies).toContain('spring');
    expect(byId.get('typescript')!.implies).not.toContain('javascript');
    expect(skillIds.has('nosql')).toBe(true);
  });
});

describe('data/skills.json: concepts are met by their instances', () => {
  const lex = new Lexicon(readJson('data/skills.json'));
  const meets: [string, string[]][] = [
    ['kafka', ['message-queues']], ['rabbitmq', ['message-queues']], ['sqs', ['message-queues', 'aws', 'cloud-computing']],
    ['activemq', ['message-queues']], ['nats', ['message-queues']], ['pubsub', ['message-queues', 'gcp']],
    ['github', ['git', 'version-control']], ['gitlab', ['git', 'version-control']], ['bitbucket', ['git', 'version-control']],
    ['svn', ['version-control']], ['mercurial', ['version-control']],
    ['aws', ['cloud-computing']], ['gcp', ['cloud-computing']], ['azure', ['cloud-computing']],
    ['s3', ['aws', 'cloud-computing']], ['ec2', ['aws', 'cloud-computing']], ['lambda', ['aws', 'serverless', 'cloud-computing']],
    ['jest', ['unit-testing']], ['pytest', ['unit-testing']], ['junit', ['unit-testing']], ['mocha', ['unit-testing']], ['vitest', ['unit-testing']],
    ['docker', ['containerization']], ['podman', ['containerization']],
    ['kubernetes', ['container-orchestration', 'containerization']], ['eks', ['kubernetes', 'aws', 'container-orchestration']],
    ['java', ['oop']], ['csharp', ['oop']], ['kotlin', ['oop']], ['cpp', ['oop']],
    ['postgresql', ['relational-databases', 'sql']], ['mysql', ['relational-databases', 'sql']],
    ['react', ['frontend-frameworks', 'frontend-development']], ['vue', ['frontend-frameworks']], ['angular', ['frontend-frameworks']],
    ['terraform', ['iac']], ['cloudformation', ['iac', 'aws']], ['jenkins', ['ci-cd']], ['github-actions', ['ci-cd', 'github', 'git']], ['circleci', ['ci-cd']],
    ['tableau', ['data-visualization', 'business-intelligence']], ['power-bi', ['data-visualization', 'business-intelligence']], ['looker', ['business-intelligence']],
    ['pandas', ['python']], ['django', ['python', 'backend-development']], ['spring-boot', ['spring', 'java']],
    ['quickbooks', ['accounting-software']], ['sap-fico', ['sap']], ['google-ads', ['sem']], ['workday', ['hris']], ['adp', ['payroll']],
    ['epic-ehr', ['ehr']], ['icd-10', ['medical-coding']], ['canvas-lms', ['learning-management-systems']], ['photoshop', ['adobe-creative-suite']],
  ];
  it.each(meets)('%s meets %j', (id, concepts) => {
    const implied = lex.implied(id);
    for (const c of concepts) expect(implied, `${id} -> ${c}`).toContain(c);
  });

  it('combinations name known skills: full-stack is front-end plus back-end, and a combination of an unknown skill is refused', () => {
    expect(lex.combinations).toContainEqual({ id: 'full-stack-development', all: ['frontend-development', 'backend-development'] });
    const data = readJson('data/skills.json') as { combinations: unknown[] };
    expect(() => new Lexicon({ ...data, combinations: [{ id: 'full-stack-development', all: ['frontend-development', 'no-such-skill'] }] }))
      .toThrow(/combination names unknown skill no-such-skill/);
  });

  it('senses name known skills: "EMR" is Amazon EMR beside AWS, else the medical record, and a sense of an unknown skill is refused', () => {
    expect(lex.senses).toContainEqual(expect.objectContaining({ spelling: 'EMR', from: 'emr', to: 'ehr' }));
    const data = readJson('data/skills.json') as { senses: unknown[] };
    expect(() => new Lexicon({ ...data, senses: [{ spelling: 'EMR', from: 'emr', to: 'no-such-skill', near: ['aws'] }] }))
      .toThrow(/sense of "EMR" names unknown skill no-such-skill/);
  });

  it('never implies seniority or a different product: TypeScript is not JavaScript, S3 is not EC2', () => {
    expect(lex.implied('typescript')).not.toContain('javascript');
    expect(lex.implied('s3')).not.toContain('ec2');
    expect(lex.implied('react')).not.toContain('javascript');
    expect(lex.implied('kafka')).not.toContain('aws');
  });

  it('marks generic practices; every soft skill counts as generic, hard skills do not', () => {
    for (const id of ['documentation', 'research', 'reporting', 'code-review', 'debugging', 'collaboration', 'attention-to-detail', 'ownership', 'customer-focus']) {
      expect(lex.isGeneric(id), id).toBe(true);
    }
    for (const id of ['python', 'gaap', 'medical-coding', 'lesson-planning', 'seo', 'payroll']) expect(lex.isGeneric(id), id).toBe(false);
    // "generic" is for non-soft skills only: soft ones need no mark.
    for (const s of lexicon.skills) if (s.generic) expect(s.category, s.id).not.toBe('soft');
  });

  it('knows the soft-skill phrases job posts use, so the scorer can down-weight them', () => {
    for (const id of ['attention-to-detail', 'ownership', 'interpersonal-skills', 'problem-solving', 'self-motivation', 'time-management',
      'organizational-skills', 'communication', 'customer-service', 'work-ethic', 'independent-work']) {
      expect(lex.get(id)?.category, id).toBe('soft');
    }
  });
});

describe('roles/*.json', () => {
  const expected = [
    'backend-developer', 'data-analyst', 'data-scientist', 'devops-engineer', 'frontend-developer',
    'full-stack-developer', 'ml-engineer', 'mobile-developer', 'product-manager', 'qa-engineer',
    'security-engineer', 'ux-designer',
  ];

  it('holds the 12 expected roles, each file named after its id', () => {
    expect(roles.map((r) => r.role.id).sort()).toEqual(expected);
    for (const { file, role } of roles) expect(file).toBe(`${role.id}.json`);
  });

  it('points every requirement at a skill in the lexicon', () => {
    const missing: string[] = [];
    for (const { role } of roles) {
      for (const req of role.requirements) {
        for (const id of req.anyOf) if (!skillIds.has(id)) missing.push(`${role.id}: ${req.label} -> ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives each role a group, realistic titles, 8-14 requirements and a core', () => {
    const groups = new Set(['Engineering', 'Data & AI', 'Product & Design', 'Security']);
    for (const { role } of roles) {
      expect(groups.has(role.group), role.id).toBe(true);
      expect(role.titles.length, role.id).toBeGreaterThanOrEqual(5);
      expect(role.titles.length, role.id).toBeLessThanOrEqual(10);
      expect(role.requirements.length, role.id).toBeGreaterThanOrEqual(8);
      expect(role.requirements.length, role.id).toBeLessThanOrEqual(14);
      expect(role.requirements.some((r) => r.required && r.weight === 3), role.id).toBe(true);
      for (const ph of ['[X years]', '[your strongest achievement, with a number]', '[Target Company]']) {
        expect(role.summaryTemplate, role.id).toContain(ph);
      }
      for (const b of role.bullets) expect(b, role.id).toContain('[add a metric');
    }
  });

  it('carries the seed guide in full for backend-developer', () => {
    const backend = roles.find((r) => r.role.id === 'backend-developer')!.role;
    expect(backend.group).toBe('Engineering');
    for (const t of ['Backend Developer', 'Back-end Engineer', 'Server-side Developer', 'API Developer']) {
      expect(backend.titles).toContain(t);
    }
    expect(backend.bullets).toEqual(GUIDE_BULLETS);
    expect(backend.summaryTemplate).toBe(
      '[Results-driven] Backend Developer with [X years] of experience in Node.js / Java / Python, SQL & NoSQL databases, REST & GraphQL APIs. Proven ability to design and build rest or graphql apis that front ends and services consume and model relational and nosql database schemas and write efficient queries. Looking to bring [your strongest achievement, with a number] to [Target Company] as a Backend Developer.',
    );
    expect(backend.education).toHaveLength(5);
    expect(backend.education[0]).toBe('Proficiency in a server-side language (Node.js, Java, Python, Go or PHP)');
    for (const k of ['SQL & NoSQL databases', 'REST & GraphQL APIs', 'System design', 'Authentication & security', 'Caching (Redis)', 'Docker', 'Message queues']) {
      expect(backend.keywords).toContain(k);
    }
    const lang = backend.requirements.find((r) => r.label === 'Node.js / Java / Python')!;
    expect(lang.anyOf).toEqual(expect.arrayContaining(['nodejs', 'java', 'python', 'go', 'php']));
    expect(lang.required).toBe(true);
    // "SQL & NoSQL" is two requirements, one per side.
    const sql = backend.requirements.find((r) => r.anyOf.includes('sql'))!;
    const nosql = backend.requirements.find((r) => r.anyOf.includes('nosql'))!;
    expect(sql).not.toBe(nosql);
    expect(sql.anyOf).not.toContain('mongodb');
    expect(nosql.anyOf).toContain('mongodb');
    for (const req of backend.requirements) {
      if (req.bullet !== undefined) expect(GUIDE_BULLETS).toContain(req.bullet);
    }
    expect(backend.onePageUnderYears).toBe(7);
    expect(backend.source).toContain('000_962a5064f6d2d345');
  });
});
