/**
 * Reads a download body but stops past `maxBytes`: the size a platform announces is checked first,
 * and this keeps a wrong announcement (or a hostile server) from filling memory.
 * Returns null when the body is larger than allowed; each adapter words that error its own way.
 */
export async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
