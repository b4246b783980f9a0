// The console's shell: login, the session, the language switch and navigation by role.
import { html, render, useEffect, useState } from '/vendor/preact-htm.js';
import { changePassword, get, login, logout, whenSessionEnds, whoAmI } from './api.js';
import { thisMonth } from './format.js';
import { currentLang, setLang, t } from './i18n.js';
import { ActivitiesPage, LeavePage, LogActivityPage, MonthPage, MyAppraisalPage, MySkpPage, MyStatementPage, TodayPage } from './pages/employee.js';
import { InboxPage, ObjectionsPage, RatingPage, RequestsPage, TeamMonthPage } from './pages/supervisor.js';
import { PeriodPage, PeriodsPage, StatementPage } from './pages/hr.js';
import { PayrollPage } from './pages/payroll.js';
import { DisciplinePage, OrganizationPage, UnitAchievementPage } from './pages/admin.js';
import { CorrectionsPage } from './pages/corrections.js';
import { DownloadsPage } from './pages/downloads.js';
import { SanctionsPage } from './pages/sanctions.js';
import { ErrorBox, Loading, Page, useAction } from './ui.js';

const hasRole = (me, ...roles) => roles.some((r) => me.roles.includes(r));
const isEmployee = (me) => me.employeeId !== null;
const isSupervisor = (me) => me.supervises;
const readsPeriods = (me) => hasRole(me, 'HR_ADMIN', 'UNIT_ADMIN', 'AUDITOR', 'PAYROLL');
const readsPayroll = (me) => hasRole(me, 'PAYROLL', 'HR_ADMIN', 'AUDITOR');
const administers = (me) => hasRole(me, 'HR_ADMIN', 'UNIT_ADMIN', 'AUDITOR');
// Correcting a month afterwards is HR's alone (the API refuses everyone else a closed month).
const correctsMonths = (me) => hasRole(me, 'HR_ADMIN');

/** Each page, who may open it, and whether it is in the menu. */
const ROUTES = [
  { path: 'today', label: 'navToday', allowed: isEmployee, page: TodayPage },
  { path: 'month', label: 'navMonth', allowed: isEmployee, page: MonthPage },
  { path: 'log', label: 'navLog', allowed: isEmployee, page: LogActivityPage },
  { path: 'activities', label: 'navActivities', allowed: isEmployee, page: ActivitiesPage },
  { path: 'leave', label: 'navLeave', allowed: isEmployee, page: LeavePage },
  { path: 'skp', label: 'navSkp', allowed: isEmployee, page: MySkpPage },
  { path: 'my-statement', label: 'navStatement', allowed: isEmployee, page: MyStatementPage },
  { path: 'my-appraisal', label: 'navMyAppraisal', allowed: isEmployee, page: MyAppraisalPage },
  { path: 'inbox', label: 'navInbox', allowed: isSupervisor, page: InboxPage },
  { path: 'requests', label: 'navRequests', allowed: isSupervisor, page: RequestsPage },
  { path: 'rating', label: 'navRating', allowed: isSupervisor, page: RatingPage },
  { path: 'team-month', label: 'navTeamMonth', allowed: isSupervisor, page: TeamMonthPage },
  { path: 'objections', label: 'navObjections', allowed: isSupervisor, page: ObjectionsPage },
  { path: 'periods', label: 'navPeriods', allowed: readsPeriods, page: PeriodsPage },
  { path: 'period', allowed: readsPeriods, page: PeriodPage },
  { path: 'statement', allowed: readsPeriods, page: StatementPage },
  { path: 'payroll', label: 'navPayroll', allowed: readsPayroll, page: PayrollPage },
  { path: 'organization', label: 'navOrg', allowed: administers, page: OrganizationPage },
  { path: 'unit-achievement', label: 'navUnitAchievement', allowed: administers, page: UnitAchievementPage },
  { path: 'discipline', label: 'navDiscipline', allowed: administers, page: DisciplinePage },
  { path: 'sanctions', label: 'navSanctions', allowed: administers, page: SanctionsPage },
  { path: 'corrections', label: 'navCorrections', allowed: correctsMonths, page: CorrectionsPage },
  { path: 'downloads', label: 'navDownloads', allowed: administers, page: DownloadsPage },
];

function currentRoute() {
  const [path, ...params] = location.hash.replace(/^#\/?/, '').split('/');
  return { path, params: params.map(decodeURIComponent) };
}

/**
 * Being a supervisor is not a role: it shows in having a team this month (a head whose people log nothing
 * still decides objections) or people's work to review (now or before).
 */
async function supervises(me) {
  if (me.employeeId === null) return false;
  const [team, waiting, reviewed] = await Promise.all([
    get(`/supervision/team?month=${thisMonth()}`),
    get('/supervision/activities?status=SUBMITTED&limit=1'),
    get('/supervision/activities?status=APPROVED&limit=1'),
  ]);
  return team.items.length > 0 || waiting.items.length > 0 || reviewed.items.length > 0;
}

function LoginPage({ message, onLoggedIn }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  const submit = (e) => {
    e.preventDefault();
    return action.run(async () => {
      await login(username.trim(), password);
      await onLoggedIn();
    });
  };
  return html`<main id="main" class="login">
    <${Page} title=${t('loginTitle')}>
      ${message ? html`<div class="alert info" role="status">${message}</div>` : null}
      <${ErrorBox} error=${action.error} />
      <form onSubmit=${submit} class="stack">
        <label>${t('username')}<input name="username" autocomplete="username" required value=${username} onInput=${(e) => setUsername(e.target.value)} /></label>
        <label
          >${t('password')}<input name="password" type="password" autocomplete="current-password" required value=${password} onInput=${(e) => setPassword(e.target.value)}
        /></label>
        <button type="submit" class="primary" disabled=${action.busy}>${t('login')}</button>
      </form>
    <//>
  </main>`;
}

function ChangePasswordPage({ onChanged, onLogout }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const action = useAction();
  const submit = (e) => {
    e.preventDefault();
    return action.run(async () => {
      await changePassword(current, next);
      await onChanged();
    });
  };
  return html`<main id="main" class="login">
    <${Page} title=${t('changePasswordTitle')}>
      <div class="alert info" role="status">${t('changePasswordText')}</div>
      <${ErrorBox} error=${action.error} />
      <form onSubmit=${submit} class="stack">
        <label
          >${t('currentPassword')}<input
            name="currentPassword"
            type="password"
            autocomplete="current-password"
            required
            value=${current}
            onInput=${(e) => setCurrent(e.target.value)}
        /></label>
        <label>${t('newPassword')}<input name="newPassword" type="password" autocomplete="new-password" required value=${next} onInput=${(e) => setNext(e.target.value)} /></label>
        <button type="submit" class="primary" disabled=${action.busy}>${t('changePassword')}</button>
        <button type="button" class="link" onClick=${onLogout}>${t('logout')}</button>
      </form>
    <//>
  </main>`;
}

function LanguageSwitch({ onChange }) {
  const next = currentLang() === 'id' ? 'en' : 'id';
  return html`<button type="button" class="link" lang=${next} onClick=${() => onChange(next)}>${t('switchTo')}</button>`;
}

function Shell({ me, route, onLogout, onLanguage }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const menu = ROUTES.filter((r) => r.label && r.allowed(me));
  const target = ROUTES.find((r) => r.path === route.path);
  let content;
  if (!target)
    content = html`<${Page} title=${t('notFound')}
      ><p><a href=${'#/' + (menu[0]?.path ?? '')}>${t('home')}</a></p><//
    >`;
  else if (!target.allowed(me)) content = html`<${Page} title=${t('accessDenied')}><p>${t('accessDeniedText')}</p><//>`;
  else content = html`<${target.page} me=${me} params=${route.params} />`;
  useEffect(() => setMenuOpen(false), [route.path]);
  return html`<div class="shell">
    <a class="skip" href="#main" onClick=${(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>${t('skip')}</a>
    <header class="topbar">
      <button type="button" class="menu-button" aria-expanded=${menuOpen} aria-controls="nav" onClick=${() => setMenuOpen(!menuOpen)}>${t('menu')}</button>
      <span class="brand">${t('appName')}</span>
      <span class="who" data-testid="who">${me.name ?? me.username}</span>
      <${LanguageSwitch} onChange=${onLanguage} />
      <button type="button" class="link" onClick=${onLogout}>${t('logout')}</button>
    </header>
    <nav id="nav" class=${menuOpen ? 'open' : ''} aria-label=${t('menu')}>
      <ul>
        ${menu.map((r) => html`<li><a href=${'#/' + r.path} aria-current=${r.path === route.path ? 'page' : undefined}>${t(r.label)}</a></li>`)}
      </ul>
    </nav>
    <main id="main" tabindex="-1">${content}</main>
  </div>`;
}

function App() {
  const [me, setMe] = useState(undefined);
  const [message, setMessage] = useState(null);
  const [route, setRoute] = useState(currentRoute());
  const [, setLangTick] = useState(0);

  const loadMe = async () => {
    const who = await whoAmI();
    if (who === null) return setMe(null);
    // Until then the session opens nothing else: the shell would only meet PASSWORD_CHANGE_REQUIRED.
    if (who.mustChangePassword) return setMe(who);
    const profile = who.employeeId ? await get(`/employees/${who.employeeId}`).catch(() => null) : null;
    const session = { ...who, name: profile?.name ?? null, nip: profile?.nip ?? null, supervises: await supervises(who) };
    setMessage(null);
    setMe(session);
    if (!ROUTES.some((r) => r.path === currentRoute().path)) {
      const first = ROUTES.find((r) => r.label && r.allowed(session));
      if (first) location.hash = '#/' + first.path;
    }
  };

  useEffect(() => {
    setLang(currentLang());
    whenSessionEnds(() => {
      setMessage(t('sessionExpired'));
      setMe(null);
    });
    const onHash = () => setRoute(currentRoute());
    addEventListener('hashchange', onHash);
    loadMe().catch(() => setMe(null));
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const onLogout = async () => {
    await logout();
    setMessage(t('loggedOut'));
    setMe(null);
  };
  const onLanguage = (lang) => {
    setLang(lang);
    setLangTick((n) => n + 1);
  };

  if (me === undefined) return html`<main id="main"><${Loading} /></main>`;
  if (me === null) {
    return html`<div class="login-wrap">
      <header class="topbar"><span class="brand">${t('appName')}</span><${LanguageSwitch} onChange=${onLanguage} /></header>
      <${LoginPage} message=${message} onLoggedIn=${loadMe} />
    </div>`;
  }
  if (me.mustChangePassword) {
    return html`<div class="login-wrap">
      <header class="topbar"><span class="brand">${t('appName')}</span><${LanguageSwitch} onChange=${onLanguage} /></header>
      <${ChangePasswordPage} onChanged=${loadMe} onLogout=${onLogout} />
    </div>`;
  }
  return html`<${Shell} key=${currentLang()} me=${me} route=${route} onLogout=${onLogout} onLanguage=${onLanguage} />`;
}

render(html`<${App} />`, document.getElementById('app'));
