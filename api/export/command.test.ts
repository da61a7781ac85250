import { UsageError, parseCommand } from './command';
import { ExportInputError } from './filters';

const failure = (argv: string[]) => {
  try {
    parseCommand(argv);
  } catch (error) {
    return { type: (error as Error).constructor.name, message: (error as Error).message };
  }
  throw new Error(`expected ${JSON.stringify(argv)} to be refused`);
};

describe('parseCommand', () => {
  it('defaults to CSV on standard output with no filter', () => {
    expect(parseCommand(['targets'])).toEqual({ help: false, request: { kind: 'targets', filter: {} }, format: 'csv', output: null });
  });

  it('reads the format, the output file and the filters under kebab-case flags', () => {
    const committee = 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh';
    expect(
      parseCommand(['measures', '--format', 'json', '--oxcgrt-codes', 'H2,C8', '--agencies', committee, '--agencies=Sở Y tế', '--provinces', 'VN-13,VN-21', '--to', '2021-09-30', '-o', 'measures.json']),
    ).toEqual({
      help: false,
      request: { kind: 'measures', filter: { oxcgrtCodes: ['H2', 'C8'], agencies: [committee, 'Sở Y tế'], provinces: ['VN-13', 'VN-21'], to: '2021-09-30' } },
      format: 'json',
      output: 'measures.json',
    });
    expect(parseCommand(['--help'])).toEqual({ help: true });
  });

  it('refuses what it cannot do, saying why', () => {
    expect(failure([])).toEqual({ type: 'UsageError', message: 'say what to export: targets, measures, directives, slogans, agencies, references, panel' });
    expect(failure(['slogan'])).toEqual({ type: 'UsageError', message: 'expected one of targets, measures, directives, slogans, agencies, references, panel, not "slogan"' });
    expect(failure(['targets', '--format', 'xlsx'])).toEqual({ type: 'UsageError', message: '--format is csv or json, not "xlsx"' });
    expect(failure(['targets', '--metric', 'X'])).toMatchObject({ type: 'UsageError', message: expect.stringContaining("Unknown option '--metric'") });
    expect(failure(['targets', '--provinces'])).toMatchObject({ type: 'UsageError', message: expect.stringContaining("'--provinces <value>' argument missing") });
    expect(failure(['measures', '--metrics', 'X'])).toEqual({
      type: 'ExportInputError',
      message: 'unknown parameter --metrics for measures; expected --provinces, --from, --to, --categories, --oxcgrt-codes, --strengths, --agencies',
    });
    expect(failure(['targets', '--from', '2021-9-1'])).toEqual({ type: 'ExportInputError', message: '--from must be a date as YYYY-MM-DD, not "2021-9-1"' });
    expect(failure(['targets', '--from', '2021-09-01', '--from', '2021-09-02'])).toEqual({ type: 'ExportInputError', message: '--from takes one date, not 2' });
  });

  it('raises the error classes the command line turns into exit code 2', () => {
    expect(() => parseCommand(['x'])).toThrow(UsageError);
    expect(() => parseCommand(['targets', '--units', ''])).toThrow(ExportInputError);
  });
});
