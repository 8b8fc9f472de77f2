/**
 * pdf.js's main module, evaluated on Node, requires the native @napi-rs/canvas (Skia: about 10 ms of
 * a 250 ms `ats check`, and its library mapped into every worker) to polyfill DOMMatrix, ImageData
 * and Path2D for drawing pages. We only ever read text. So while pdf.js is imported, that one require
 * answers with a stand-in just big enough for the module body (which builds a single identity
 * DOMMatrix), and afterwards the globals pdf.js installed from the stand-in are removed again:
 * anything that tried to draw a page would fail loudly instead of drawing with a fake matrix.
 */
import Module from 'node:module';

const CANVAS = '@napi-rs/canvas';

/** The identity matrix pdf.js's module body constructs once and only changes while drawing. */
class TextOnlyMatrix {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
}
class TextOnlyImageData {}
class TextOnlyPath2D {}
const TEXT_ONLY_CANVAS = Object.freeze({ DOMMatrix: TextOnlyMatrix, ImageData: TextOnlyImageData, Path2D: TextOnlyPath2D });
const POLYFILLED = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
/** Node's CommonJS loader: every require(), including one made through createRequire, goes through it. */
const loader = Module as unknown as { _load: Load };

/** Runs `load` (the import of pdf.js) with the canvas require answered by the text-only stand-in. */
export async function importForTextOnly<T>(load: () => Promise<T>): Promise<T> {
  const original = loader._load;
  loader._load = function loadWithoutCanvas(this: unknown, request, parent, isMain) {
    return request === CANVAS ? TEXT_ONLY_CANVAS : original.call(this, request, parent, isMain);
  };
  try {
    return await load();
  } finally {
    loader._load = original;
    const globals = globalThis as Record<string, unknown>;
    for (const name of POLYFILLED) if (globals[name] === TEXT_ONLY_CANVAS[name]) delete globals[name];
  }
}
