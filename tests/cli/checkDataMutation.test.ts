import { mutateDataMain } from '../../src/cli/checkData/mutateDataMain';

describe('npm run mutate-data', () => {
  const out: string[] = [];
  let tick = 0;
  const code = mutateDataMain([], { out: (l) => out.push(l), err: () => undefined }, () => (tick += 1500));

  it('reports per table, with the rows that escape', () => {
    expect(code).toBe(0);
    expect(out).toContain('Tabel 7 (tabel7): 6 cijfers — 6 gevangen, 0 in één richting, 0 niet gevangen');
    expect(out).toContain('Tabel 12 (tabel12): 6 cijfers — 0 gevangen, 0 in één richting, 6 niet gevangen');
    expect(out).toContain('    niet gevangen: Instroom AMV’s [2023, 2024, 2025]');
    expect(out).toContain('    in één richting: Het betreft € 15,24 mln. voor COA [2025 (alleen +)]');
    expect(out).toContain('Tabel 5 (tabel5): 4 cijfers — 4 gevangen, 0 in één richting, 0 niet gevangen');
    expect(out).toContain('Tabel 29 (tabel29): 30 cijfers — 12 gevangen, 0 in één richting, 18 niet gevangen');
  });

  it('prints the totals and the time taken', () => {
    expect(out.slice(-3)).toEqual(['Totaal OB2025: 1.275 cijfers — 1.138 gevangen, 3 in één richting, 134 niet gevangen', 'Cijfers in een controle: 1.142, waarvan niet gevangen: 1', 'Tijd: 1,5 s voor 2.550 mutaties']);
  });

  it('exits 2 for an unknown edition', () => {
    expect(mutateDataMain(['--edition', 'X'], { out: () => undefined, err: () => undefined })).toBe(2);
  });
});
