// Any origin: the same mock answers for every national cloud's Graph host.
export const GRAPH_BETA = '*/beta';
