/** Sizes of one file of a bundle. */
export interface FileSize {
  file: string
  raw: number
  gzip: number
}
/** A bundle's size as the budget reports it: paths relative to dist/. */
export interface BundleSize {
  raw: number
  gzip: number
  files: string[]
  withinBudget: boolean
}
export declare const BUDGET_GZIP_BYTES: number
export declare function initialScriptUrls(html: string): string[]
export declare function staticImports(code: string): string[]
export declare function byteSizes(content: string | Buffer): { raw: number; gzip: number }
export declare function measureFiles(entryFiles: string[]): {
  files: FileSize[]
  raw: number
  gzip: number
}
export declare function measurePage(distDir: string): ReturnType<typeof measureFiles>
export declare function findEmbedBundle(distDir: string): string | null
export declare function measureBundles(distDir: string): {
  budgetGzip: number
  page: BundleSize
  embed: BundleSize | null
}
