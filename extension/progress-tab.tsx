/**
 * The popup's Progress tab: the widget's advocates' view over the full
 * history. Imported on demand, so opening the popup does not parse the full bundle.
 */
import { Progress } from '../widget/progress/Progress.tsx';
import { FULL_BUNDLE } from '../core/full.ts';
import { Ctx, useView } from '../widget/context.ts';

export function ProgressTab({ from, to }: { readonly from: string; readonly to: string }) {
  const ctx = useView();
  return (
    <Ctx.Provider value={{ ...ctx, bundle: FULL_BUNDLE }}>
      <Progress id="popup-p" from={from} to={to} />
    </Ctx.Provider>
  );
}
