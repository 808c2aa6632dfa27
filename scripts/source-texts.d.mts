export declare function readSourceTexts(folder: string, pattern?: RegExp): Record<string, string>;
