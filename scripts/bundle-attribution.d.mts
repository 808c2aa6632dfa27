export declare const GLUE: string;
export declare const APP: string;
export declare function decodeVlq(text: string): number[];
export declare function packageOf(source: string): string;
export declare function attributeChunk(
  code: string,
  map: { sources: string[]; sourceRoot?: string; mappings: string },
): Map<string, number>;
export declare function addGzipShares(
  into: Map<string, { minified: number; gzipped: number }>,
  bytesByPackage: Map<string, number>,
  gzippedBytes: number,
): Map<string, { minified: number; gzipped: number }>;
