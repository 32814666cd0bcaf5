export default async function globalTeardown(): Promise<void> {
  await globalThis.__NEWSGRAPH_EMBEDDED__?.stop();
}
