/**
 * A one-page resume PDF for the build's code-cache recording run (scripts/bundle-cli.ts): a made-up
 * person, written for this purpose (the test fixtures are for tests only), in the plainest PDF a
 * resume comes as: Helvetica, one deflated content stream, correct xref offsets.
 */
import { deflateSync } from 'node:zlib';

const LINES = [
  ['Alex Example', 18],
  ['Backend Engineer | alex.example@example.com | +1 555 010 0199 | Springfield', 10],
  ['SUMMARY', 12],
  ['Backend engineer with 6 years of experience building APIs in Python, Go and Node.js.', 10],
  ['EXPERIENCE', 12],
  ['Senior Backend Engineer, Example Corp   Jan 2021 - Present', 10],
  ['- Designed REST APIs in Go and PostgreSQL serving 2 million requests a day.', 10],
  ['- Cut p95 latency by 40% by moving hot reads to Redis and Kafka consumers.', 10],
  ['- Led the migration of 12 services to Kubernetes on AWS with Terraform.', 10],
  ['Backend Engineer, Sample Labs   Jun 2018 - Dec 2020', 10],
  ['- Built Django and FastAPI services with CI/CD in GitHub Actions and Docker.', 10],
  ['- Wrote unit and integration tests that raised coverage from 55% to 90%.', 10],
  ['EDUCATION', 12],
  ['B.Sc. Computer Science, State University, 2018', 10],
  ['SKILLS', 12],
  ['Python, Go, Node.js, TypeScript, PostgreSQL, Redis, Kafka, AWS, Docker, Kubernetes, Terraform, Git', 10],
] as const;

export function sampleResumePdf(): Uint8Array {
  let y = 750;
  const content = LINES.map(([text, size]) => {
    y -= size + 10;
    return `BT /F1 ${size} Tf 50 ${y} Td (${text.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`;
  }).join('\n');
  const stream = deflateSync(Buffer.from(content, 'latin1'));
  const objects: Buffer[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
  ].map((o) => Buffer.from(o, 'latin1'));
  objects.push(Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream', 'latin1')]));
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(offset);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(obj);
    offset += obj.length;
  }
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
    + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
