/** How the core's commands look as `/ats` options on Discord; shown under the core's help. */
import type { Reply } from '../../src/bot/types.js';

export function discordUsageReply(): Reply {
  return {
    kind: 'help',
    audience: 'conversation',
    title: 'On Discord',
    blocks: [{
      type: 'section',
      heading: '/ats options',
      items: [
        'role: the role to check against (start typing for suggestions)',
        'resume: attach your resume (PDF, DOCX or TXT)',
        'job: paste a job post to match against',
        'action: roles, job, job clear, forget or help',
        'Or DM me your resume file, or paste a job post in our DM',
      ],
    }],
    hints: [],
  };
}
