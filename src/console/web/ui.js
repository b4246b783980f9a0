// Small shared pieces of every page: data loading, errors, headings.
import { html, useEffect, useState, useCallback } from '/vendor/preact-htm.js';
import { ApiError } from './api.js';
import { barWidth, percentOfRatio } from './format.js';
import { t } from './i18n.js';

/**
 * Achievement toward the month's target: the bar stops at 0 and 100 %, the label says the percent. A unit
 * with nobody in it has no achievement (null), shown as a dash, not as 0 %.
 */
export function AchievementBar({ label, achievement }) {
  if (achievement === null) {
    return html`<div class="bar-wrap">
      <div class="bar-label"><span>${label}</span><strong>—</strong></div>
    </div>`;
  }
  const percent = percentOfRatio(achievement);
  const width = barWidth(percent);
  return html`<div class="bar-wrap">
    <div class="bar-label"><span>${label}</span><strong>${percent}%</strong></div>
    <div class="bar" role="progressbar" aria-label=${label} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${width}><span style=${`width:${width}%`}></span></div>
  </div>`;
}

/** Loads with `load()` on mount and whenever `deps` change; `reload` runs it again after a write. */
export function useLoad(load, deps = []) {
  const [state, setState] = useState({ loading: true, data: null, error: null });
  const run = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => setState({ loading: false, data, error: null }),
      (error) => setState({ loading: false, data: null, error }),
    );
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}

export function Loading() {
  return html`<p role="status" class="muted">${t('loading')}</p>`;
}

export function ErrorBox({ error }) {
  if (!error) return null;
  const detail = error instanceof ApiError ? error.message : String(error.message ?? error);
  return html`<div class="alert error" role="alert"><strong>${t('error')}</strong>: ${detail}</div>`;
}

export function Notice({ text }) {
  return text ? html`<div class="alert ok" role="status">${text}</div>` : null;
}

export function Page({ title, children }) {
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title]);
  return html`<section aria-labelledby="page-title">
    <h1 id="page-title">${title}</h1>
    ${children}
  </section>`;
}

export function Loaded({ state, children }) {
  if (state.loading && state.data === null) return html`<${Loading} />`;
  if (state.error) return html`<${ErrorBox} error=${state.error} />`;
  // Prettier may put the render function on one line with the tags, and htm then passes the spaces around it too.
  const render = Array.isArray(children) ? children.find((c) => typeof c === 'function') : children;
  return render(state.data);
}

/** A write from a button: disables it while it runs, then shows the outcome. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [done, setDone] = useState(null);
  const run = async (fn, doneText) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await fn();
      setDone(doneText ?? t('saved'));
      return result;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, done, run };
}
