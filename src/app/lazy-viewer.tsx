import { lazy } from 'react';

/**
 * The viewer (and its EXIF formatting, face overlay and styles) in its own chunk: the grid is
 * what every visit paints first. The chunk is fetched right after the grid mounts, so opening
 * a photo does not wait for it.
 */
const loadViewer = () => import('../viewer/asset-viewer.tsx');

export const LazyAssetViewer = lazy(() => loadViewer().then((module) => ({ default: module.AssetViewer })));

export function preloadViewer(): void {
  void loadViewer();
}
