import type { ReactNode } from 'react';

export type RenderRoot = (node: ReactNode) => void;
