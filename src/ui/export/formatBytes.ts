/** A byte count for people: "840 KB", "2.3 MB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown size'
  if (bytes < 1000) return `${Math.round(bytes)} B`
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} KB`
  return `${(bytes / 1e6).toFixed(1)} MB`
}
