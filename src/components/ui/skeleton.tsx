import './skeleton.css';

type SkeletonProps = { variant: 'text' | 'rectangular'; width?: string; height: number };

/** MUI's Skeleton: a pulsing placeholder in the shape of what is loading. */
export function Skeleton({ variant, width, height }: SkeletonProps) {
  return <span className={`ui-skeleton ui-skeleton--${variant}`} style={{ width, height }} />;
}
