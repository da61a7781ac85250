import { ExportInputError, parseExportRequest } from './filters';

const bad = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ExportInputError);
    return (error as Error).message;
  }
  throw new Error('expected an ExportInputError');
};

describe('parseExportRequest', () => {
  it('reads repeated and comma-separated lists, trims them and drops duplicates and blanks', () => {
    expect(parseExportRequest('targets', { provinces: ['VN-13, VN-21', 'VN-13,'], metrics: 'RT_PCR_SINGLE_SAMPLES', from: '2021-09-01', to: '2021-09-30' })).toEqual({
      kind: 'targets',
      filter: { provinces: ['VN-13', 'VN-21'], metrics: ['RT_PCR_SINGLE_SAMPLES'], from: '2021-09-01', to: '2021-09-30' },
    });
    expect(parseExportRequest('measures', {})).toEqual({ kind: 'measures', filter: {} });
  });

  it('keeps agency names whole: they contain commas, so several are given by repeating the parameter', () => {
    const name = 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh';
    expect(parseExportRequest('measures', { agencies: [name, 'Sở Y tế'], strengths: 'REQUIRED,FORBIDDEN' }).filter).toEqual({
      agencies: [name, 'Sở Y tế'],
      strengths: ['REQUIRED', 'FORBIDDEN'],
    });
  });

  it('rejects unknown parameters, naming the ones that exist for the kind', () => {
    expect(bad(() => parseExportRequest('measures', { metrics: 'X' }))).toBe(
      'unknown parameter "metrics" for measures; expected "provinces", "from", "to", "categories", "oxcgrtCodes", "strengths", "agencies"',
    );
    expect(bad(() => parseExportRequest('targets', { oxcgrtCodes: 'H2' }, { label: (n) => `--${n}` }))).toBe(
      'unknown parameter --oxcgrtCodes for targets; expected --provinces, --from, --to, --metrics, --units',
    );
  });

  it('rejects dates that are not calendar days as YYYY-MM-DD, and repeated dates', () => {
    expect(bad(() => parseExportRequest('targets', { from: '2021-02-30' }))).toBe('"from" must be a date as YYYY-MM-DD, not "2021-02-30"');
    expect(bad(() => parseExportRequest('targets', { to: '30/9/2021' }))).toBe('"to" must be a date as YYYY-MM-DD, not "30/9/2021"');
    expect(bad(() => parseExportRequest('targets', { from: ['2021-09-01', '2021-09-02'] }))).toBe('"from" takes one date, not 2');
  });

  it('rejects empty lists, unknown strengths and values that are not text', () => {
    expect(bad(() => parseExportRequest('targets', { provinces: ' , ' }))).toBe('"provinces" is empty');
    expect(bad(() => parseExportRequest('measures', { strengths: 'REQUIRED,required' }))).toBe('"strengths" accepts REQUIRED, ENCOURAGED, FORBIDDEN, not required');
    expect(bad(() => parseExportRequest('targets', { metrics: { a: '1' } }))).toBe('"metrics" must be text');
  });
});
