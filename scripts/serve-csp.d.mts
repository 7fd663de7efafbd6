export declare const STRICT_CSP: string
export declare function serveCsp(options?: {
  root?: string
  port?: number
  csp?: string
  cors?: boolean
}): Promise<{ url: string; close: () => Promise<void> }>
