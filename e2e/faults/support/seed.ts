// The demo seed's connector the faults strike (src/mocks/seed.ts).
export const CERT01 = {
  id: '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01',
  name: 'CERT01 – NDES primary',
  scopeTag: 'Headquarters',
};

export const NEW_NAME = 'CERT01 – NDES primary (Seattle HQ)';
