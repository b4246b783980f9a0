import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { Actor } from '../../../../platform/auth/actor';
import { EmployeeProfile, EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { BERAKHLAK_LABELS, BERAKHLAK_VALUES } from '../../domain/berakhlak';
import { ORGANISATIONAL_RATING_LABELS } from '../../domain/organisational-rating';
import { PREDIKAT_LABELS } from '../../domain/predikat';
import { RATING_LABELS } from '../../domain/rating';
import { AchievementFacts } from '../ports/achievement-facts.port';
import { OrganisationalRatingRepository } from '../ports/organisational-rating.repository';
import { AppraisalQueries } from './appraisal-queries';

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

function tanggal(date: LocalDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS_ID[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/**
 * The SKP evaluation document (*Dokumen Evaluasi Kinerja Pegawai*) in the layout of the annex to
 * PermenPANRB 6/2022: identities of the employee and appraiser, the organisational rating, the RHK table
 * with targets and realisation, both ratings with the behaviour detail, the predikat and signature places.
 * Texts are in Indonesian because the document is signed and filed as is.
 */
@Injectable()
export class AppraisalDocument {
  constructor(
    private readonly queries: AppraisalQueries,
    private readonly organisationalRatings: OrganisationalRatingRepository,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly facts: AchievementFacts,
  ) {}

  async render(actor: Actor, id: Id): Promise<Buffer> {
    const appraisal = await this.queries.readable(actor, id);
    const current = appraisal.current;
    if (current === null) throw DomainError.rule('NOT_RATED', 'The document can be printed once the employee has been rated.');
    const period = appraisal.period;
    const appraiserId = current.ratedBy.employeeId;
    const profiles = await this.profiles.employeeProfilesOn([appraisal.employeeId, appraiserId], period.lastDay);
    const employee = profiles.get(appraisal.employeeId)!;
    const appraiser = profiles.get(appraiserId)!;
    const orgRating = employee.unitId ? await this.organisationalRatings.levelOf(employee.unitId, period.year) : null;
    const facts = await this.facts.factsFor(appraisal.employeeId, {
      firstDay: period.firstDay,
      lastDay: period.lastDay,
      months: period.months,
      year: period.year,
    });

    const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `Evaluasi Kinerja ${employee.nip} ${period.toString()}` } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });

    const heading = (text: string) => doc.moveDown(0.6).font('Helvetica-Bold').fontSize(10).text(text).moveDown(0.2).font('Helvetica').fontSize(9);
    doc.font('Helvetica-Bold').fontSize(12).text('EVALUASI KINERJA PEGAWAI', { align: 'center' });
    doc.fontSize(10).text(period.isAnnual() ? 'PERIODE: TAHUNAN' : 'PERIODE: PERIODIK', { align: 'center' });
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(`Periode penilaian: ${tanggal(period.firstDay)} s.d. ${tanggal(period.lastDay)}`, { align: 'center' });

    heading('I. IDENTITAS');
    const identity = (label: string, p: EmployeeProfile, acting: string | null) => [
      [`${label}`, ''],
      ['Nama', p.name],
      ['NIP', p.nip],
      ['Jabatan', `${p.positionName ?? '-'}${acting ? ` (${acting === 'PLT' ? 'Plt.' : 'Plh.'})` : ''}`],
      ['Unit kerja', p.unitName ?? '-'],
    ];
    doc.table({ columnStyles: [120, '*'], data: [...identity('PEGAWAI YANG DINILAI', employee, null), ...identity('PEJABAT PENILAI KINERJA', appraiser, current.ratedBy.acting)] });

    heading('II. CAPAIAN KINERJA ORGANISASI');
    doc.text(orgRating ? ORGANISATIONAL_RATING_LABELS[orgRating].id : 'Belum ditetapkan');

    heading('III. HASIL KERJA');
    const rows = (facts.workResults ?? []).map((r, i) => [String(i + 1), r.text, r.indicator ?? '-', r.target ?? '-', r.realisation ?? '-']);
    doc.table({
      columnStyles: [25, '*', 120, 70, 70],
      data: [
        ['No', 'Rencana Hasil Kerja', 'Indikator Kinerja', 'Target', 'Realisasi'],
        ...(rows.length ? rows : [['-', 'Data rencana dan realisasi belum tersedia', '-', '-', '-']]),
      ],
    });
    doc.moveDown(0.3).text(`Rating hasil kerja: ${RATING_LABELS[current.resultRating].id}`);

    heading('IV. PERILAKU KERJA');
    doc.table({
      columnStyles: [25, 150, 110, '*'],
      data: [
        ['No', 'Perilaku (BerAKHLAK)', 'Penilaian', 'Catatan'],
        ...BERAKHLAK_VALUES.map((value, i) => {
          const entry = current.behaviours.entries.find((e) => e.value === value);
          return [String(i + 1), BERAKHLAK_LABELS[value].id, entry ? RATING_LABELS[entry.rating].id : '-', entry?.note ?? '-'];
        }),
      ],
    });
    doc.moveDown(0.3).text(`Rating perilaku kerja: ${RATING_LABELS[current.behaviourRating].id}`);

    heading('V. PREDIKAT KINERJA PEGAWAI');
    doc.font('Helvetica-Bold').fontSize(11).text(PREDIKAT_LABELS[current.predikat].id.toUpperCase()).font('Helvetica').fontSize(9);
    if (current.feedback) doc.moveDown(0.3).text(`Umpan balik: ${current.feedback}`);

    doc.moveDown(1.5).text(`Ditetapkan tanggal ${tanggal(current.ratedOn)}`, { align: 'right' });
    const top = doc.y + 10;
    const signature = (x: number, title: string, p: EmployeeProfile) => {
      doc.text(title, x, top, { width: 220, align: 'center' });
      doc.text(p.name, x, top + 60, { width: 220, align: 'center' });
      doc.text(`NIP ${p.nip}`, x, top + 72, { width: 220, align: 'center' });
    };
    signature(40, 'Pegawai yang Dinilai', employee);
    signature(335, 'Pejabat Penilai Kinerja', appraiser);
    doc.end();
    return finished;
  }
}
