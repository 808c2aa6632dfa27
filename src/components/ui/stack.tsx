import type { CSSProperties, HTMLAttributes } from 'react';

type StackProps = HTMLAttributes<HTMLElement> & {
  component?: 'div' | 'ul' | 'section' | 'nav';
  direction?: 'row' | 'column';
  /** The gap between items, in MUI's spacing units of 8 px. */
  spacing?: number;
  align?: CSSProperties['alignItems'];
  justify?: CSSProperties['justifyContent'];
  wrap?: boolean;
};

/** MUI's Stack: a flex row or column with a gap; `style` and `className` add the rest. */
export function Stack({
  component: Root = 'div',
  direction = 'column',
  spacing = 0,
  align,
  justify,
  wrap = false,
  style,
  ...props
}: StackProps) {
  return (
    <Root
      style={{
        display: 'flex',
        flexDirection: direction,
        // Along the main axis only, as MUI's margins space a Stack: wrapped rows touch.
        [direction === 'row' ? 'columnGap' : 'rowGap']: spacing ? spacing * 8 : undefined,
        alignItems: align,
        justifyContent: justify,
        flexWrap: wrap ? 'wrap' : undefined,
        ...style,
      }}
      {...props}
    />
  );
}
