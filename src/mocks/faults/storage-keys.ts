// Kept apart (no imports) so Playwright can arm a fault in localStorage before the app starts.
export const FAULTS_KEY = 'ndes-connector-admin.demo-faults.v1';
export const REQUESTS_KEY = 'ndes-connector-admin.demo-requests.v1';
export const TENANT_KEY = 'ndes-connector-admin.demo-tenant.v1';
