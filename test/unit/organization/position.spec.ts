import { checkRule } from '../../../src/shared-kernel/business-rule';
import { parseKelasJabatan } from '../../../src/modules/organization/domain/kelas-jabatan.value-object';
import { NewPosition, createPosition, isSingleHolderKind } from '../../../src/modules/organization/domain/position';
import { PositionHierarchyMustNotHaveCyclesRule } from '../../../src/modules/organization/domain/rules/position-hierarchy-must-not-have-cycles.rule';
import { expectDomainError } from './expect-domain-error';

const kasubdit: NewPosition = {
  id: 'kasubdit',
  code: 'ADM-01',
  name: 'Kepala Subdirektorat',
  kind: 'ADMINISTRATOR',
  kelas: 12,
  unitId: 'subdit',
  parentPositionId: 'direktur',
};

describe('Position', () => {
  it('creates a position with kelas 1 to 17', () => {
    expect(createPosition(kasubdit).kelas).toBe(12);
    expect(parseKelasJabatan(1)).toBe(1);
    expect(parseKelasJabatan(17)).toBe(17);
  });

  it.each([[0], [18], [7.5], ['7'], [null]])('refuses kelas %p', (kelas) => {
    expectDomainError(() => createPosition({ ...kasubdit, kelas }), 'KELAS_OUT_OF_RANGE', 'kelas', 'validation');
  });

  it('refuses an unknown kind', () => {
    expectDomainError(() => createPosition({ ...kasubdit, kind: 'ESELON_III' }), 'POSITION_KIND_UNKNOWN', 'kind');
  });

  it('treats the structural kinds as single-holder and staff kinds as formations', () => {
    expect(['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'].every((k) => isSingleHolderKind(k as never))).toBe(true);
    expect(isSingleHolderKind('PELAKSANA')).toBe(false);
    expect(isSingleHolderKind('FUNGSIONAL')).toBe(false);
  });

  describe('PositionHierarchyMustNotHaveCyclesRule (dirjen > direktur > kasubdit > staf)', () => {
    it('refuses making a position report to its own subordinate', () => {
      const rule = new PositionHierarchyMustNotHaveCyclesRule('direktur', 'staf', ['kasubdit', 'direktur', 'dirjen']);
      expectDomainError(() => checkRule(rule), 'POSITION_HIERARCHY_CYCLE', 'parentPositionId', 'conflict');
    });

    it('refuses a position as its own parent', () => {
      expect(new PositionHierarchyMustNotHaveCyclesRule('direktur', 'direktur', ['dirjen']).isBroken()).toBe(true);
    });

    it('accepts reporting to a position higher up or to nobody', () => {
      expect(new PositionHierarchyMustNotHaveCyclesRule('staf', 'direktur', ['dirjen']).isBroken()).toBe(false);
      expect(new PositionHierarchyMustNotHaveCyclesRule('dirjen', null, []).isBroken()).toBe(false);
    });
  });
});
