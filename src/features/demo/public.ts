// What the app shell uses of demo mode. The mock Graph implements `model/` (the controls and faults).
export { DemoContext } from './demo-context';
export { DemoMenu } from './demo-menu';
export type { DemoControls } from './model/demo-controls';
