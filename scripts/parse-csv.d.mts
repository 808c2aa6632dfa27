export declare function parseCsv(text: string): string[][];
