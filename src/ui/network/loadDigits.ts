// Fetches the shipped digits file once: public/digits.bin.gz, unzipped in the browser. A server
// that already decoded it (Content-Encoding: gzip) hands over the raw records: both work.
const GZIP_MAGIC = [0x1f, 0x8b]

let loading: Promise<Uint8Array> | null = null

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The digits records (label byte + 64 pixel bytes each), fetched relative to the page. */
export function loadDigitBytes(url = 'digits.bin.gz'): Promise<Uint8Array> {
  loading ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`could not load the digits data (HTTP ${r.status})`)
      return r.arrayBuffer()
    })
    .then((buffer) => {
      const bytes = new Uint8Array(buffer)
      return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1] ? gunzip(bytes) : bytes
    })
  loading.catch(() => (loading = null)) // a failed load may be retried
  return loading
}
