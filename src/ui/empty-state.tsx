import type { ReactNode } from 'react';
import { PhotoIcon } from './icons.tsx';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state" role="status">
      <span className="state__icon">
        <PhotoIcon />
      </span>
      <p className="state__title">{title}</p>
      {children ? <div className="state__message">{children}</div> : null}
    </div>
  );
}
