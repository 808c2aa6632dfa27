/**
 * Lazily loaded routes that the page can warm up before someone navigates: the app registers each
 * route's loader under its path pattern, and a link asks for it on hover or focus, so the chunk is
 * usually there by the click.
 */
const loaders = new Map<string, () => Promise<unknown>>();

export function registerRoutePreload(pathPattern: string, load: () => Promise<unknown>) {
  loaders.set(pathPattern, load);
}

/** Starts loading the route's chunk; a failure is left for the navigation itself to report. */
export function preloadRoute(pathPattern: string) {
  void loaders
    .get(pathPattern)?.()
    .catch(() => undefined);
}
