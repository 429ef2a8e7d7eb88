/**
 * The popup's Progress tab: the widget's advocates' view over the full
 * history. Imported on demand, so opening the popup does not parse the full bundle.
 */
import { Progress } from '../widget/progress/Progress.tsx';
import { FULL_BUNDLE } from '../core/full.ts';
import { Ctx, useView } from '../widget/context.ts';
import css from '../widget/progress/progress.css?inline';

// Its styles with it: pages that never open the tab do not carry them.
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

export function ProgressTab({ from, to }: { readonly from: string; readonly to: string }) {
  const ctx = useView();
  return (
    <Ctx.Provider value={{ ...ctx, bundle: FULL_BUNDLE }}>
      <Progress id="popup-p" from={from} to={to} />
    </Ctx.Provider>
  );
}
