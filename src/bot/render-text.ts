/** Plain-text rendering of structured replies: the console adapter and tests use it. */
import pc from 'picocolors';
import { BANDS, bandWithRange } from '../analysis/bands.js';
import type { Reply, ReplyBlock } from './types.js';

export interface RenderOptions { color?: boolean }

export function renderPlainText(replies: Reply[] | Reply, options: RenderOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const list = Array.isArray(replies) ? replies : [replies];
  return list.map((reply) => renderReply(reply, c)).join('\n\n') + '\n';
}

type Colors = ReturnType<typeof pc.createColors>;

function renderReply(reply: Reply, c: Colors): string {
  const lines: string[] = [];
  const title = reply.kind === 'error' || reply.kind === 'rate-limited' ? c.red(c.bold(reply.title)) : c.bold(reply.title);
  lines.push(reply.audience === 'private' ? `${title} ${c.dim('(private)')}` : title);
  for (const block of reply.blocks) lines.push(...renderBlock(block, c));
  if (reply.hints.length) lines.push(c.dim(reply.hints.map((h) => `› ${h}`).join('\n')));
  return lines.join('\n');
}

function renderBlock(block: ReplyBlock, c: Colors): string[] {
  switch (block.type) {
    case 'score': {
      const paint = c[BANDS[block.band].terminal];
      return [
        '',
        `${c.bold('Match score:')} ${paint(c.bold(`${block.score}/100`))} ${paint(bandWithRange(block.band))}`,
        `${c.bold('ATS readiness:')} ${block.readiness}/100`,
        `${c.bold('Target:')} ${block.target}`,
      ];
    }
    case 'text':
      return ['', block.text];
    case 'section':
      return [
        '',
        c.bold(block.heading),
        ...(block.text ? [block.text] : []),
        ...(block.items ?? []).map((item) => `  • ${item}`),
      ];
    case 'fields':
      return ['', ...block.fields.map((f) => `  ${c.dim(f.label + ':')} ${f.value}`)];
    case 'code':
      return ['', c.bold(block.heading), ...block.text.split('\n').map((l) => `  │ ${c.cyan(l)}`)];
    case 'choices':
      return ['', c.bold(block.heading), ...block.options.map((o) => `  • ${o.label}: ${c.cyan(o.command)}`)];
  }
}
