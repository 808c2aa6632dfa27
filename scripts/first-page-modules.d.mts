export declare function firstPageModules(root?: string): string[];
