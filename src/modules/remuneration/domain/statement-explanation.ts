import { Dec } from '../../../shared-kernel/decimal';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Money } from '../../../shared-kernel/money';
import { Percent } from '../../../shared-kernel/percent';
import { YearMonth } from '../../../shared-kernel/year-month';
import { Kelas } from './allowance-table';
import { ActivityFacts, AllowanceStatement, DayCodeCount, lineOfDayCode } from './allowance-statement';
import { DeductionLine, DeductionLineCode } from './deduction-lines';
import { EmploymentStatus } from './employment-status';
import { DailyEntitlement } from './gross-allowance';
import { Predikat } from './predikat';
import { Sanction } from './sanction';

/** Bahasa Indonesia is the default; English on `Accept-Language: en`. */
export type ExplanationLanguage = 'id' | 'en';

export interface ExplainedLine {
  readonly code: DeductionLineCode;
  readonly percent: string;
  readonly amount: number;
  readonly text: string;
}

export interface ExplainedDay {
  readonly date: LocalDate;
  readonly kelas: Kelas | null;
  readonly status: EmploymentStatus | null;
  readonly pltKelas: Kelas | null;
  readonly text: string;
}

/** The API's explanation (`lines`, `days`) plus how gross and net come about. */
export interface StatementExplanation {
  readonly gross: { readonly amount: number; readonly text: string };
  readonly lines: ExplainedLine[];
  readonly net: { readonly amount: number; readonly text: string };
  readonly days: ExplainedDay[];
}

/** Explains every rupiah of a statement in plain words: the pro-rating, each line's percent as its sum, the rounding, the cap. */
export function explainStatement(statement: AllowanceStatement, language: ExplanationLanguage = 'id'): StatementExplanation {
  const words = VOCABULARY[language];
  const { computation, inputs } = statement;
  const gross = computation.gross;
  const counts = inputs.dayCodeCounts;
  let uncappedSum = Percent.zero();
  let deductedBefore = Money.zero();

  const lines = computation.lines.map((line): ExplainedLine => {
    uncappedSum = uncappedSum.plus(line.percent);
    const reason =
      line.code === 'SANCTION'
        ? words.sanctions(computation.activeSanctions, line.percent)
        : line.code === 'PERFORMANCE'
          ? performanceText(statement, words)
          : dayCodesText(
              line,
              counts?.filter((c) => lineOfDayCode(c.code) === line.code),
              words,
            );
    const deductedWithThisLine = deductedBefore.plus(line.amount);
    const text = `${reason}. ${words.cumulative(line, uncappedSum, computation.policy.deductionCap, gross.amount, deductedWithThisLine, deductedBefore)}`;
    deductedBefore = deductedWithThisLine;
    return { code: line.code, percent: line.percent.toString(), amount: line.amount.toJSONInteger(), text };
  });

  return {
    gross: { amount: statement.grossAmount.toJSONInteger(), text: grossText(gross.days, gross.amount, statement.grossAmount, words) },
    lines,
    net: { amount: statement.net.toJSONInteger(), text: words.net(statement.grossAmount, deductedBefore, statement.net, statement.version, statement.previousNet) },
    days: gross.days.map((day) => ({ date: day.date, kelas: day.kelas, status: day.status, pltKelas: day.pltKelas, text: words.day(day, gross.daysInMonth) })),
  };
}

function dayCodesText(line: DeductionLine, counts: readonly DayCodeCount[] | undefined, words: Vocabulary): string {
  if (!counts || counts.length === 0) return words.lineWithoutDetail(line);
  const items = counts.map((c) => words.dayCode(c, new Dec(c.percentPerDay).times(c.days)));
  const sum = counts.reduce((s, c) => s.plus(new Dec(c.percentPerDay).times(c.days)), new Dec(0));
  // Attendance caps a present day's TL + PSW at the TK percent, so the items may add up to more than the line.
  if (!sum.equals(line.percent.value)) return `${items.join('; ')}; ${words.cappedPerDay(line.percent)}`;
  return counts.length > 1 ? `${items.join('; ')}; ${words.total(line.percent)}` : items[0];
}

function performanceText(statement: AllowanceStatement, words: Vocabulary): string {
  const { performance, policy } = statement.computation;
  return words.performance(statement.inputs.activity, performance.achievement, performance.rating, performance.ratingMultiplier, performance.value, policy.performanceShare);
}

/** Days with the same kelas, amount, status and factor (and table, when the month has two) form one term "× n/days". */
function grossText(days: readonly DailyEntitlement[], exact: Money, rounded: Money, words: Vocabulary): string {
  const regulations = new Set(days.map((d) => d.regulation));
  const withRegulation = regulations.size > 1;
  const terms = new Map<string, { text: (n: number) => string; days: number }>();
  let withoutPosition = 0;
  const add = (key: string, text: (n: number) => string) => {
    const term = terms.get(key) ?? { text, days: 0 };
    term.days += 1;
    terms.set(key, term);
  };
  for (const day of days) {
    const regulation = withRegulation ? day.regulation : null;
    if (day.kelas === null || day.baseAmount === null) withoutPosition += 1;
    else {
      const { kelas, baseAmount, status, statusFactor } = day;
      add(`D|${regulation}|${kelas}|${baseAmount.toString()}|${status}|${statusFactor.toFixed()}`, (n) =>
        words.definitiveTerm(kelas, baseAmount, regulation, status, statusFactor, n, days.length),
      );
    }
    if (day.pltKelas !== null && day.pltBaseAmount !== null) {
      const { pltKelas, pltBaseAmount, pltShare } = day;
      add(`P|${regulation}|${pltKelas}|${pltBaseAmount.toString()}|${pltShare.toFixed()}`, (n) => words.pltTerm(pltKelas, pltBaseAmount, regulation, pltShare, n, days.length));
    }
  }
  const sum = [...terms.values()].map((t) => t.text(t.days)).join(' + ') || words.nothing;
  const result = exact.isWhole() ? words.rupiah(rounded.amount) : `${words.rupiah(exact.amount)} → ${words.rounded(rounded)}`;
  return `${sum} = ${result}${withoutPosition > 0 ? `. ${words.withoutPosition(withoutPosition)}` : ''}`;
}

interface Vocabulary {
  rupiah(amount: Dec): string;
  nothing: string;
  rounded(amount: Money): string;
  definitiveTerm(kelas: Kelas, base: Money, regulation: string | null, status: EmploymentStatus | null, factor: Dec, days: number, daysInMonth: number): string;
  pltTerm(kelas: Kelas, base: Money, regulation: string | null, share: Dec, days: number, daysInMonth: number): string;
  withoutPosition(days: number): string;
  day(day: DailyEntitlement, daysInMonth: number): string;
  sanctions(active: readonly Sanction[], percent: Percent): string;
  dayCode(count: DayCodeCount, percent: Dec): string;
  lineWithoutDetail(line: DeductionLine): string;
  total(p: Percent): string;
  cappedPerDay(p: Percent): string;
  performance(activity: ActivityFacts, achievement: Dec, rating: Predikat | null, multiplier: Dec, factor: Dec, share: Percent): string;
  cumulative(line: DeductionLine, uncappedSum: Percent, cap: Percent, gross: Money, deductedWithThisLine: Money, deductedBefore: Money): string;
  net(grossAmount: Money, deducted: Money, net: Money, version: number, previousNet: Money | null): string;
}

/** A decimal with the language's separators: thousands '.' and decimal ',' in Indonesian, the reverse in English. */
function formatNumber(value: Dec, language: ExplanationLanguage, minDecimals = 0): string {
  const text = value.decimalPlaces() < minDecimals ? value.toFixed(minDecimals) : value.toFixed();
  const [whole, fraction] = text.replace('-', '').split('.');
  const [thousands, decimal] = language === 'id' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${value.isNegative() ? '−' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** Whole rupiah as they are; a fraction of a rupiah to 2 places, as on a payslip. */
function formatRupiah(amount: Dec, language: ExplanationLanguage): string {
  const shown = amount.isInteger() ? amount : amount.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const text = formatNumber(shown.abs(), language, shown.isInteger() ? 0 : 2);
  return `${shown.isNegative() ? '−' : ''}Rp${text}`;
}

function formatMonth(month: YearMonth, language: ExplanationLanguage): string {
  const names =
    language === 'id'
      ? ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']
      : ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

const STATUS_LABELS: Record<ExplanationLanguage, Record<EmploymentStatus, string>> = {
  id: { PNS: 'PNS', PPPK: 'PPPK', CPNS: 'CPNS', STUDY_ASSIGNMENT: 'tugas belajar', UNPAID_LEAVE: 'CLTN', SUSPENDED: 'diberhentikan sementara', RETIRED: 'pensiun' },
  en: { PNS: 'PNS', PPPK: 'PPPK', CPNS: 'CPNS', STUDY_ASSIGNMENT: 'study assignment', UNPAID_LEAVE: 'unpaid leave (CLTN)', SUSPENDED: 'suspended', RETIRED: 'retired' },
};

function statusLabel(status: EmploymentStatus | null, language: ExplanationLanguage): string {
  if (status === null) return language === 'id' ? 'tanpa status kepegawaian' : 'no employment status';
  return STATUS_LABELS[language][status];
}

const PREDIKAT_LABELS: Record<ExplanationLanguage, Record<Predikat, string>> = {
  id: { SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang', SANGAT_KURANG: 'Sangat Kurang' },
  en: { SANGAT_BAIK: 'Outstanding', BAIK: 'Good', BUTUH_PERBAIKAN: 'Needs improvement', KURANG: 'Poor', SANGAT_KURANG: 'Very poor' },
};

const DAY_CODE_LABELS: Record<ExplanationLanguage, Record<string, string>> = {
  id: {
    TL: 'Terlambat',
    PSW: 'Pulang sebelum waktu',
    TK: 'Tanpa keterangan',
    CT: 'Cuti tahunan',
    CS: 'Cuti sakit',
    CS_CHARGED: 'Cuti sakit melewati hari bebas potongan',
    CB: 'Cuti besar',
    CM: 'Cuti melahirkan',
    CAP: 'Cuti karena alasan penting',
    DL: 'Dinas luar',
    I: 'Izin',
  },
  en: {
    TL: 'Late',
    PSW: 'Left early',
    TK: 'Absent without valid reason',
    CT: 'Annual leave',
    CS: 'Sick leave',
    CS_CHARGED: 'Sick leave beyond the free days',
    CB: 'Long-service leave',
    CM: 'Maternity leave',
    CAP: 'Leave for important reasons',
    DL: 'Official duty away',
    I: 'Permission',
  },
};

function dayCodeLabel(count: DayCodeCount, language: ExplanationLanguage): string {
  const labels = DAY_CODE_LABELS[language];
  const band = /^(TL|PSW)\d$/.exec(count.code);
  if (band) {
    const minutes = count.minutes;
    if (!minutes) return `${labels[band[1]]} (${count.code})`;
    const range =
      minutes.to === null
        ? language === 'id'
          ? `${minutes.from} menit atau lebih`
          : `${minutes.from} minutes or more`
        : `${minutes.from}–${minutes.to} ${language === 'id' ? 'menit' : 'minutes'}`;
    return `${labels[band[1]]} ${range} (${count.code})`;
  }
  const charged = count.code === 'CS' && !new Dec(count.percentPerDay).isZero();
  return `${labels[charged ? 'CS_CHARGED' : count.code]} (${count.code})`;
}

function vocabulary(language: ExplanationLanguage): Vocabulary {
  const id = language === 'id';
  const num = (d: Dec, minDecimals = 0) => formatNumber(d, language, minDecimals);
  const pct = (d: Dec) => (id ? `${num(d)} %` : `${num(d)}%`);
  const rp = (d: Dec) => formatRupiah(d, language);
  const daysWord = (n: number) => (id ? 'hari' : n === 1 ? 'day' : 'days');
  const table = (base: Money, regulation: string | null) => `${rp(base.amount)}${regulation ? `, ${regulation}` : ''}`;
  const lineNames: Record<DeductionLineCode, string> = id
    ? { SANCTION: 'Potongan hukuman disiplin', ATTENDANCE: 'Potongan kehadiran', LEAVE: 'Potongan cuti dan izin', PERFORMANCE: 'Potongan kinerja' }
    : { SANCTION: 'Sanction deduction', ATTENDANCE: 'Attendance deductions', LEAVE: 'Leave and permission deductions', PERFORMANCE: 'Performance deduction' };

  return {
    rupiah: rp,
    nothing: id ? 'Tidak ada hari yang dibayar' : 'No paid day',
    rounded: (amount) => (id ? `dibulatkan ${rp(amount.amount)}` : `rounded ${rp(amount.amount)}`),
    definitiveTerm: (kelas, base, regulation, status, factor, days, daysInMonth) =>
      `Kelas ${kelas} (${table(base, regulation)}) × ${statusLabel(status, language)} ${pct(factor.times(100))} × ${days}/${daysInMonth} ${daysWord(daysInMonth)}`,
    pltTerm: (kelas, base, regulation, share, days, daysInMonth) =>
      `Plt kelas ${kelas} (${table(base, regulation)}) × ${pct(share.times(100))} × ${days}/${daysInMonth} ${daysWord(daysInMonth)}`,
    withoutPosition: (days) =>
      id ? `${days} hari tanpa jabatan definitif tidak dibayar` : `${days} ${daysWord(days)} without a definitive position ${days === 1 ? 'is' : 'are'} not paid`,
    day: (day, daysInMonth) => {
      const parts: string[] = [];
      if (day.kelas !== null && day.baseAmount !== null) {
        parts.push(`Kelas ${day.kelas} (${rp(day.baseAmount.amount)}) × ${statusLabel(day.status, language)} ${pct(day.statusFactor.times(100))}`);
      }
      if (day.pltKelas !== null && day.pltBaseAmount !== null) {
        parts.push(`Plt kelas ${day.pltKelas} (${rp(day.pltBaseAmount.amount)}) × ${pct(day.pltShare.times(100))}`);
      }
      if (parts.length === 0) return id ? 'Tanpa jabatan definitif: Rp0' : 'No definitive position: Rp0';
      const rate = parts.length > 1 ? `(${parts.join(' + ')})` : parts[0];
      return `${rate} / ${daysInMonth} = ${rp(day.monthlyRate.dividedBy(daysInMonth))}`;
    },
    sanctions: (active, percent) => {
      if (active.length === 0) return id ? 'Tidak ada hukuman disiplin yang berlaku bulan ini: 0 %' : 'No disciplinary sanction covers this month: 0%';
      const items = active.map((s) =>
        id
          ? `Hukuman disiplin menurut SK ${s.decreeNumber} (${s.reason}): ${pct(s.percent.value)} selama ${s.months} bulan sejak ${formatMonth(s.startMonth, language)}`
          : `Disciplinary sanction by decree ${s.decreeNumber} (${s.reason}): ${pct(s.percent.value)} for ${s.months} month${s.months === 1 ? '' : 's'} from ${formatMonth(s.startMonth, language)}`,
      );
      return active.length > 1 ? `${items.join('; ')}; ${id ? 'jumlah' : 'total'} ${pct(percent.value)}` : items[0];
    },
    dayCode: (count, percent) => `${dayCodeLabel(count, language)}: ${count.days} ${daysWord(count.days)} × ${pct(new Dec(count.percentPerDay))} = ${pct(percent)}`,
    lineWithoutDetail: (line) => `${lineNames[line.code]}: ${pct(line.percent.value)}`,
    total: (p) => `${id ? 'jumlah' : 'total'} ${pct(p.value)}`,
    cappedPerDay: (p) => (id ? `dibatasi per hari menjadi ${pct(p.value)}` : `capped per day to ${pct(p.value)}`),
    performance: (activity, achievement, rating, multiplier, factor, share) => {
      let achieved: string;
      if ('achievement' in activity) achieved = `${id ? 'Capaian aktivitas' : 'Activity achievement'} ${num(achievement)}`;
      else if (activity.targetMinutes === 0) achieved = id ? 'Capaian aktivitas: tanpa target menit = 1' : 'Activity achievement: no target minutes = 1';
      else {
        const ofTarget = id
          ? `Capaian aktivitas ${num(new Dec(activity.approvedMinutes))} dari ${num(new Dec(activity.targetMinutes))} menit`
          : `Activity achievement ${num(new Dec(activity.approvedMinutes))} of ${num(new Dec(activity.targetMinutes))} minutes`;
        const atMostOne = activity.approvedMinutes > activity.targetMinutes ? (id ? ', paling tinggi 1' : ', at most 1') : '';
        achieved = `${ofTarget}${atMostOne} = ${num(achievement)}`;
      }
      const rated =
        rating === null
          ? id
            ? `tanpa predikat (belum dinilai) ${num(multiplier, 2)}`
            : `no rating (not rated) ${num(multiplier, 2)}`
          : `${id ? 'predikat' : 'rating'} ${PREDIKAT_LABELS[language][rating]} ${num(multiplier, 2)}`;
      const deduction = share.times(new Dec(1).minus(factor)).value;
      return `${achieved} × ${rated} → ${id ? 'faktor kinerja' : 'performance factor'} ${num(factor)}; ${pct(share.value)} × (1 − ${num(factor)}) = ${pct(deduction)}`;
    },
    cumulative: (line, uncappedSum, cap, gross, deductedWithThisLine, deductedBefore) => {
      const exact = gross.amount.times(line.cumulativePercent.value).dividedBy(100);
      const rounding = exact.isInteger() ? rp(exact) : `${rp(exact)}, ${id ? 'dibulatkan' : 'rounded'} ${rp(deductedWithThisLine.amount)}`;
      const capped = uncappedSum.greaterThan(cap);
      const cumulative = id
        ? capped
          ? `Potongan kumulatif dibatasi ${pct(cap.value)} (jumlah ${pct(uncappedSum.value)})`
          : `Potongan kumulatif ${pct(line.cumulativePercent.value)}`
        : capped
          ? `Cumulative deduction capped at ${pct(cap.value)} (sum ${pct(uncappedSum.value)})`
          : `Cumulative deduction ${pct(line.cumulativePercent.value)}`;
      const thisLine = `${id ? 'baris ini' : 'this line'} ${rp(deductedWithThisLine.amount)} − ${rp(deductedBefore.amount)} = ${rp(line.amount.amount)}`;
      return `${cumulative} × ${rp(gross.amount)} = ${rounding}; ${thisLine}.`;
    },
    net: (grossAmount, deducted, net, version, previousNet) => {
      const paid = `${id ? 'Diterima' : 'Paid'}: ${rp(grossAmount.amount)} − ${rp(deducted.amount)} = ${rp(net.amount)}`;
      if (previousNet === null) return paid;
      const delta = net.minus(previousNet).amount;
      return id
        ? `${paid}; versi ${version}, sebelumnya ${rp(previousNet.amount)}, selisih ${rp(delta)}`
        : `${paid}; version ${version}, previously ${rp(previousNet.amount)}, difference ${rp(delta)}`;
    },
  };
}

const VOCABULARY: Record<ExplanationLanguage, Vocabulary> = { id: vocabulary('id'), en: vocabulary('en') };
