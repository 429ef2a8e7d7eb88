/** The popup's tabs: arrow keys move between them (mirrored right to left), as the ARIA tabs pattern asks. */
import type { ComponentChildren } from 'preact';
import type { View, MessageKey } from '../core/index.ts';
import { useView } from '../widget/context.ts';

const LABEL: Record<View, MessageKey> = { compare: 'tab_compare', quote: 'tab_quote', progress: 'tab_progress' };

interface Props {
  readonly id: string;
  readonly views: readonly View[];
  readonly view: View;
  readonly onChange: (view: View) => void;
  readonly children: ComponentChildren;
}

export function Tabs({ id, views, view, onChange, children }: Props) {
  const { t } = useView();
  return (
    <>
      <div class="tabs" role="tablist">
        {views.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`${id}-tab-${v}`}
            aria-selected={v === view ? 'true' : 'false'}
            aria-controls={`${id}-panel`}
            tabIndex={v === view ? 0 : -1}
            onClick={() => onChange(v)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const dir = (e.currentTarget.closest('[dir]')?.getAttribute('dir') === 'rtl' ? -1 : 1) * step;
              const next = views[(views.indexOf(v) + dir + views.length) % views.length] ?? v;
              onChange(next);
              const root = e.currentTarget.getRootNode() as ParentNode;
              (root.querySelector(`#${id}-tab-${next}`) as HTMLElement | null)?.focus();
            }}
          >
            {t(LABEL[v])}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${view}`}>
        {children}
      </div>
    </>
  );
}
