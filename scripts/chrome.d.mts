export declare function findChrome(): Promise<string | null>
export declare const CHROME_ARGS: string[]
export declare const NO_BROWSER_MESSAGE: string
