import { describe, expect, it } from 'vitest';
import { getLexicon } from '../src/skills/lexicon.js';
import { findSkills } from '../src/skills/matcher.js';

const ids = (text: string, skillLines?: Set<number>) => new Set(findSkills(text, getLexicon(), { skillLines }).map((h) => h.id));

describe('skills matcher: precision first', () => {
  it('does not read Java inside JavaScript', () => {
    const found = ids('Built dashboards in JavaScript and TypeScript.');
    expect(found.has('javascript')).toBe(true);
    expect(found.has('java')).toBe(false);
  });

  it('does not read Go in "go to market" or "going"', () => {
    const found = ids('Owned the go to market plan. Going forward we shipped weekly. Go-live in May.');
    expect(found.has('go')).toBe(false);
  });

  it('reads Go in a skills list', () => {
    expect(ids('Languages: Go, Python, Rust').has('go')).toBe(true);
  });

  it('does not read Excel in "excellent"', () => {
    expect(ids('Excellent communication with stakeholders.').has('excel')).toBe(false);
    expect(ids('Reporting in Microsoft Excel and Power BI.').has('excel')).toBe(true);
  });

  it('does not read SQL in "SQL Server", and reads SQL Server', () => {
    const found = ids('Administered SQL Server clusters.');
    expect(found.has('sql')).toBe(false);
    expect([...found].some((id) => /sql-server|mssql/.test(id))).toBe(true);
  });

  it('keeps C++, C# and .NET intact', () => {
    const found = ids('Skills: C++, C#, .NET, Node.js, react.js');
    for (const id of ['cpp', 'csharp', 'nodejs', 'react']) expect(found.has(id)).toBe(true);
    expect([...found].some((id) => id.includes('net'))).toBe(true);
  });

  it('does not read R, C or Swift in ordinary prose', () => {
    const found = ids('A swift response to the C-suite. R&D budget grew.');
    for (const id of ['r', 'c', 'swift']) expect(found.has(id)).toBe(false);
  });

  it('meets multi-word skills through their inflections', () => {
    expect(ids('Wrote unit tests for every service.').has('unit-testing')).toBe(true);
  });
});

describe('skills matcher: a capitalised neighbour is a name unless it was read as a skill', () => {
  it('keeps "American Express" an employer although "Americans with Disabilities Act" is a phrase', () => {
    expect(ids('Analyst at American Express — SQL, Tableau, Python').has('express')).toBe(false);
    expect(ids('Americans with Disabilities Act accommodations for staff.').has('ada-compliance')).toBe(true);
  });

  it('reads an ambiguous name next to a capitalised skill ("Cerner and Epic")', () => {
    expect(ids('Charting in Cerner and Epic for two hospitals.').has('epic-ehr')).toBe(true);
  });
});

describe('skills matcher: duty lines of office and HR posts (lexicon 2026.12.10)', () => {
  // Posts pass duty-list lines as skill lines, where ambiguous names count without context.
  const duty = (text: string) => ids(text, new Set([0]));

  it('does not read Microsoft Teams in a title-cased team name', () => {
    expect(duty('- Support the Country Teams in running benefits enrolment').has('microsoft-teams')).toBe(false);
    expect(duty('- Onboard the Regional Teams to the new leave policy').has('microsoft-teams')).toBe(false);
    expect(duty('- Collaborate over Slack, Teams and Zoom').has('microsoft-teams')).toBe(true);
  });

  it('does not read contract law in contracts an HR or office duty names', () => {
    expect(duty('- Prepare offer letters and contracts with the hiring manager').has('contract-law')).toBe(false);
    expect(duty('- Review commercial contracts and NDAs for the legal team').has('contract-law')).toBe(true);
  });

  it('reads e-filing in an office duty as filing, not as court filings', () => {
    const found = duty('- Keep HR records in order, covering both e-filing and paper filing');
    expect(found.has('filing')).toBe(true);
    expect(found.has('court-filings')).toBe(false);
  });

  it('reads recruitment named as a whole process', () => {
    expect(duty('- Run end-to-end recruitment for field staff').has('recruiting')).toBe(true);
    expect(ids('Run end to end recruitment for field staff.').has('recruiting')).toBe(true);
  });
});

describe('duty lines of a post', () => {
  it('an everyday word counts where it opens the duty or is in lower case; a capitalised name mid-line stays a name', () => {
    const lines = ['- Scheduling weekly board meetings', '- Help regional offices build Response Teams', '- run payroll for 40 staff'];
    const found = findSkills(lines.join('\n'), getLexicon(), { dutyLines: new Set([0, 1, 2]) }).map((h) => h.id);
    expect(found).toContain('scheduling');
    expect(found).toContain('payroll');
    expect(found).not.toContain('microsoft-teams');
  });
});

describe('skills matcher: office, HR and community duty lines (lexicon 2026.12.11)', () => {
  const duty = (text: string) => ids(text, new Set([0]));

  it('reads the everyday admin duties of an office post', () => {
    expect(duty('- Negotiate with vendors for better prices on cleaning services').has('vendor-management')).toBe(true);
    expect(duty('- Sort physical and electronic documents so they are easy to retrieve').has('records-management')).toBe(true);
    expect(duty('- Log office assets and plan their servicing').has('inventory-management')).toBe(true);
    expect(duty('- Keep a record of accrued vacations for every employee').has('timekeeping')).toBe(true);
    expect(duty('- Buy office stationery when stock runs low').has('office-supplies')).toBe(true);
    expect(duty('- Weekly reconciliation of accounts with the bank feed').has('account-reconciliation')).toBe(true);
  });

  it('reads recruiting and onboarding duties of an HR post', () => {
    expect(duty('- Filling vacancies within the hiring manager\'s deadline').has('recruiting')).toBe(true);
    expect(duty('- Onboarding Talent Support for new joiners').has('employee-onboarding')).toBe(true);
  });

  it('keeps employer talk and invitations out', () => {
    expect(ids("We're filling vacancies in two cities.").has('recruiting')).toBe(false);
    expect(ids('Join our community calls to meet the maintainers.').has('community-management')).toBe(false);
    expect(ids('Community calls and co-working sessions, organised by you.').has('community-management')).toBe(true);
  });
});
