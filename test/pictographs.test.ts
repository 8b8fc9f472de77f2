import { describe, expect, it } from 'vitest';
import { withoutPictographs } from '../src/text/pictographs.js';

describe('emoji as decoration leave a post\'s lines as the writer meant them', () => {
  it('goes from heading ends and bullet starts, with the joiners of a sequence, keeping indentation and word breaks', () => {
    expect(withoutPictographs('Your primary responsibilities 🔭\n- 💰 Facilitate accounts receivable\n  - 🧑‍💻 Communicate with clients'))
      .toBe('Your primary responsibilities\n- Facilitate accounts receivable\n  - Communicate with clients');
    // One that opens a line marks a heading for the heading reader, and stays.
    expect(withoutPictographs('🔦 Financial Specialist\n🚀 What you\'ll do')).toBe('🔦 Financial Specialist\n🚀 What you\'ll do');
    expect(withoutPictographs('We love 🔥 open source 🇬🇧!')).toBe('We love open source!');
  });

  it('keeps the marks that belong to names, and text without emoji as it is', () => {
    expect(withoutPictographs('Java™ and Oracle® (©2024) – “quoted” → next')).toBe('Java™ and Oracle® (©2024) – “quoted” → next');
  });
});
