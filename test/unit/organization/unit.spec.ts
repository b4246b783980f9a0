import { UnitTreeMustNotHaveCyclesRule } from '../../../src/modules/organization/domain/rules/unit-tree-must-not-have-cycles.rule';
import { checkRule } from '../../../src/shared-kernel/business-rule';
import { NewUnit, createUnit, moveUnit } from '../../../src/modules/organization/domain/unit';
import { expectDomainError } from './expect-domain-error';

const ditjen: NewUnit = {
  id: 'ditjen',
  code: 'REHSOS',
  name: 'Ditjen Rehabilitasi Sosial',
  type: 'ESELON_I',
  parentId: 'kemensos',
  timeZone: 'Asia/Jakarta',
  isSatker: false,
};

describe('Unit', () => {
  it('creates a unit with a known type and an IANA zone', () => {
    const unit = createUnit({ ...ditjen, timeZone: 'Asia/Makassar' });
    expect(unit.type).toBe('ESELON_I');
    expect(unit.timeZone).toBe('Asia/Makassar');
  });

  it('creates the ministry as the root', () => {
    expect(createUnit({ ...ditjen, id: 'kemensos', type: 'MINISTRY', parentId: null }).parentId).toBeNull();
  });

  it.each([['Mars/Base'], ['WIB'], ['GMT+7'], [''], [7]])('refuses time zone %p', (timeZone) => {
    expectDomainError(() => createUnit({ ...ditjen, timeZone }), 'UNIT_TIME_ZONE_INVALID', 'timeZone', 'validation');
  });

  it('refuses an unknown type', () => {
    expectDomainError(() => createUnit({ ...ditjen, type: 'DIREKTORAT' }), 'UNIT_TYPE_UNKNOWN', 'type');
  });

  it('refuses a root that is not a ministry, and a ministry with a parent', () => {
    expectDomainError(() => createUnit({ ...ditjen, parentId: null }), 'UNIT_PARENT_REQUIRED', 'parentId');
    expectDomainError(() => createUnit({ ...ditjen, type: 'MINISTRY' }), 'UNIT_MINISTRY_MUST_BE_ROOT', 'parentId');
    expectDomainError(() => moveUnit(createUnit(ditjen), null), 'UNIT_PARENT_REQUIRED', 'parentId');
  });

  describe('UnitTreeMustNotHaveCyclesRule (kemensos > ditjen > direktorat > subdit)', () => {
    it('refuses hanging a unit under its own descendant', () => {
      const rule = new UnitTreeMustNotHaveCyclesRule('ditjen', 'subdit', ['direktorat', 'ditjen', 'kemensos']);
      expect(rule.isBroken()).toBe(true);
      expectDomainError(() => checkRule(rule), 'UNIT_TREE_CYCLE', 'parentId', 'conflict');
    });

    it('refuses a unit as its own parent', () => {
      expect(new UnitTreeMustNotHaveCyclesRule('ditjen', 'ditjen', ['kemensos']).isBroken()).toBe(true);
    });

    it('accepts moving a unit to another branch', () => {
      expect(new UnitTreeMustNotHaveCyclesRule('subdit', 'ditjen', ['kemensos']).isBroken()).toBe(false);
      expect(new UnitTreeMustNotHaveCyclesRule('kemensos', null, []).isBroken()).toBe(false);
    });
  });
});
