import { OB2025 } from '../../../src/core';
import { budgetBuys, calibrate, indShareText, presetDrivers, projectChain, withDriver } from '../../../src/core/chain';

/**
 * chain-model.md §9: every acceptance figure typed here from the spec, in
 * euros, to € 1 unless the spec gives another precision.
 */
const basis = projectChain(OB2025, presetDrivers(OB2025));
const year = (y: number) => basis.find((o) => o.year === y)!;
const euro = (actual: number, expected: number): void => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1);
const cal = calibrate(OB2025);

describe('chain-model.md §9 acceptance figures (basis, variant A)', () => {
  it('#1 B 2027 from flows: 149.400 + 25.000 − 42.210 = 132.190', () => {
    expect(year(2026).occupancy).toBeCloseTo(149400, 6);
    expect(year(2027).coaInflow).toBeCloseTo(25000, 6);
    expect(year(2027).coaOutflow).toBe(42210);
    expect(year(2027).occupancy).toBeCloseTo(132190, 6);
  });

  it('#2 B 2029 (2028 flows carried) = 132.190', () => expect(year(2029).occupancy).toBeCloseTo(132190, 6));

  it('#3 COA price 2025 / 2026: 35.434,80 € / 29.600,63 €', () => {
    expect(cal.price.aligned[0]).toBeCloseTo(35434.8, 2);
    expect(cal.price.aligned[1]).toBeCloseTo(29600.63, 2);
  });

  it('#4 COA need 2025 / 2026 = Tabel 4: 4.062.600.000 / 4.422.334.000 €', () => {
    euro(year(2025).org.coa.need, 4062600000);
    euro(year(2026).org.coa.need, 4422334000);
  });

  it('#5 COA need 2027–2029: 132.190 × 29.600,63 = 3.912.907.172 €', () => {
    for (const y of [2027, 2028, 2029]) euro(year(y).org.coa.need, 3912907172);
  });

  it('#6 COA 2028: gap 3.296.050.172 = (a) 579.196.000 + (b) 2.716.854.172 €', () => {
    const coa = year(2028).org.coa;
    euro(coa.gap, 3296050172);
    euro(coa.cut, 579196000);
    euro(coa.reversion, 2716854172);
  });

  it('#7 COA 2028 beds bought 20.839,3 / shortfall 111.350,7 / cut beds 19.567,0', () => {
    const v = budgetBuys(OB2025).find((b) => b.year === 2028)!;
    expect(v.bedsBought).toBeCloseTo(20839.3, 1);
    expect(v.shortfall).toBeCloseTo(111350.7, 1);
    expect(v.cutBeds).toBeCloseTo(19567.0, 1);
    euro(v.shortfall * v.pricePerBed, 3296050172);
  });

  it('#8 variant (B): COA gap 2028 4.067.269.420 €; chain gap 2028 4.616.840.738 €', () => {
    const b = projectChain(OB2025, presetDrivers(OB2025, 'basis', 'B')).find((o) => o.year === 2028)!;
    euro(b.org.coa.gap, 4067269420);
    euro(b.chain.gap, 4616840738);
    euro(b.org.coa.reversion, 3488073420);
  });

  it('#9 IND asylum pxq from the published count: 76.050 × 4.418 = 335.988.900 €; Tabel 8 − this = 48.191.100 €', () => {
    const published = 76050 * cal.ind.kostprijs.asiel[0]!;
    expect(published).toBe(335988900);
    expect(cal.ind.pxqFirst.asiel - published).toBe(48191100);
  });

  it('#10 IND basis need 2025 / 2026 = Tabel 4: 866.372.000 / 809.634.000 €', () => {
    euro(year(2025).org.ind.need, 866372000);
    euro(year(2026).org.ind.need, 809634000);
  });

  it('#11 IND k 0,974625; need 2028 558.976.922 €; gap 2028 241.570.922 = 271.214.000 − 29.643.078 €', () => {
    expect(cal.ind.k[1]).toBeCloseTo(0.974625, 6);
    const ind = year(2028).org.ind;
    euro(ind.need, 558976922);
    euro(ind.gap, 241570922);
    euro(ind.cut, 271214000);
    euro(ind.reversion, -29643078);
  });

  it('#12 IND pxq money 2028 195.147.000 €, 27,67% of 2025; asylum decisions 24.061,1', () => {
    const v = budgetBuys(OB2025).find((b) => b.year === 2028)!;
    euro(v.ind.pxqMoney, 195147000);
    expect(v.ind.shareOfFirst).toBeCloseTo(0.2767, 4);
    expect(v.ind.decisions.asiel).toBeCloseTo(24061.1, 1);
    expect(indShareText(OB2025)).toBe(0.35);
  });

  it('#13 Nidos amv in opvang 2025 (sluitpost) 7.899,10; kN 1,064170', () => {
    expect(cal.nidos.inCareFirst).toBeCloseTo(7899.1, 2);
    expect(cal.nidos.k[1]).toBeCloseTo(1.06417, 6);
  });

  it('#14 Nidos need 2027–2029 382.533.396 €; gap 2028 308.000.396 = 70.224.000 + 237.776.396 €', () => {
    for (const y of [2027, 2028, 2029]) euro(year(y).org.nidos.need, 382533396);
    const nidos = year(2028).org.nidos;
    euro(nidos.gap, 308000396);
    euro(nidos.cut, 70224000);
    euro(nidos.reversion, 237776396);
  });

  it('#15 derived cut parts 2028 IND / COA / Nidos 271.214 / 579.196 / 70.224; rest of Tabel 1 14.475 (x € 1.000)', () => {
    const i = cal.years.indexOf(2028);
    expect(cal.cutPart.ind[i]).toBe(271214000);
    expect(cal.cutPart.coa[i]).toBe(579196000);
    expect(cal.cutPart.nidos[i]).toBe(70224000);
    expect(cal.cutTotal[i]! - cal.cutPart.ind[i]! - cal.cutPart.coa[i]! - cal.cutPart.nidos[i]!).toBe(14475000);
  });

  it('#16 chain 2028: gap 3.845.621.490 = 935.109.000 + 2.924.987.490 − 14.475.000 €', () => {
    const c = year(2028).chain;
    euro(c.gap, 3845621490);
    euro(c.cut, 935109000);
    euro(c.reversion, 2924987490);
    euro(c.residual, -14475000);
  });

  it('#17 chain 2027: gap 3.384.296.865 = 467.554.000 + 2.923.979.865 − 7.237.000 €', () => {
    const c = year(2027).chain;
    euro(c.gap, 3384296865);
    euro(c.cut, 467554000);
    euro(c.reversion, 2923979865);
    euro(c.residual, -7237000);
  });

  it('#18 cut off, 2028: chain budget 1.008.796.000 + 920.634.000 = 1.929.430.000 €; gap 2.924.987.490 €', () => {
    const off = projectChain(OB2025, withDriver(presetDrivers(OB2025), 'cutApplied', 0)).find((o) => o.year === 2028)!;
    euro(year(2028).chain.budget, 1008796000);
    euro(off.chain.budget, 1929430000);
    euro(off.chain.gap, 2924987490);
  });

  it('#19 every basis gap 2025–2026 is 0 for each organisation (± € 1)', () => {
    for (const y of [2025, 2026]) for (const org of ['coa', 'ind', 'nidos'] as const) euro(year(y).org[org].gap, 0);
  });

  it('#20 ODA estimate 2025 / 2027 / 2028: 1.833.251.000 / 1.297.769.190 / 620.110.754 €', () => {
    euro(year(2025).odaEstimate, 1833251000);
    euro(year(2027).odaEstimate, 1297769190);
    euro(year(2028).odaEstimate, 620110754);
  });

  it('#21 high band: B 2025 / 2028 = 136.653 / 193.476; COA need 2028 5.727.011 (x € 1.000)', () => {
    const high = projectChain(OB2025, presetDrivers(OB2025, 'hoog'));
    expect(high[0]!.occupancy).toBeCloseTo(136653, 6);
    expect(high[3]!.occupancy).toBeCloseTo(193476, 6);
    expect(Math.round(high[3]!.org.coa.need / 1000)).toBe(5727011);
    expect(projectChain(OB2025, presetDrivers(OB2025, 'laag'))[3]!.occupancy).toBeCloseTo(70904, 6);
  });

  it('#22 implied stay 2028 63,45 months; Little beds at 10,6 months 2025: 74.518', () => {
    expect(year(2028).impliedStayMonths).toBeCloseTo(63.45, 2);
    expect(Math.round((year(2025).coaInflow * 10.6) / 12)).toBe(74518);
  });

  it('#23 no shortfall in 2026 in the cuts view: beds bought 149.400; IND share 97,46%', () => {
    const v = budgetBuys(OB2025).find((b) => b.year === 2026)!;
    expect(v.bedsBought).toBeCloseTo(149400, 6);
    expect(v.shortfall).toBeCloseTo(0, 6);
    expect(v.ind.shareOfFirst).toBeCloseTo(0.9746, 4);
  });

  it('(c) residual is 0 for each organisation in every year', () => {
    for (const o of basis) for (const org of ['coa', 'ind', 'nidos'] as const) euro(o.org[org].residual, 0);
  });
});
