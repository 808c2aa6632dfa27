export const TEST_GRAPH_BASE_URL = 'https://graph.microsoft.com/beta';
export const TEST_TOKEN = 'unit-test-token';
