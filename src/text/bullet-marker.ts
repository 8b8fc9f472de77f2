/** Bullet glyphs as extraction leaves them, plus "-", "*", "o " (Word's second level) and "1." / "2)". */
export const BULLET_MARKER_RE = /^\s*(?:[•·▪◦●■□○➢►▶▸▹▻✓✔✗✘❖◆◇♦❯‣⁃∙★☆✦✧✪➤➔➜➣➥→⇒⚫⬤◉⦿⬥⬧❑❒⮚⯈*]|[-–—](?=\s)|o(?=\s+\p{Lu})|\d{1,2}[.)](?=\s))\s*/u;
