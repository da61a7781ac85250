import { PlatformError } from '../errors';
import { knownCodes } from './codes';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof PlatformError ? [error.clientCode, error.message] : error;
  }
  return 'accepted';
};

describe('codes a client selects by', () => {
  it('takes codes in any case and spacing, each once, in the order given', () => {
    expect(knownCodes('province', [' vn-21', 'VN-13', 'VN-21'])).toEqual(['VN-21', 'VN-13']);
    expect(knownCodes('metric', ['testing_coverage', 'OTHER'])).toEqual(['TESTING_COVERAGE', 'OTHER']);
    expect(knownCodes('oxcgrt', ['h2'])).toEqual(['H2']);
  });

  it('refuses a mistyped code, naming the one nearest when it is the only one so near', () => {
    expect(refusal(() => knownCodes('metric', ['TESTING_COVERAGE', 'TESTNG_COVERAGE']))).toEqual([
      'BAD_USER_INPUT',
      'unknown metric "TESTNG_COVERAGE" (did you mean TESTING_COVERAGE?): use a code of seeds/lexicons/metrics.json or OTHER',
    ]);
    expect(refusal(() => knownCodes('unit', ['PERCENTS', 'LITRES']))).toEqual([
      'BAD_USER_INPUT',
      'unknown units "PERCENTS" (did you mean PERCENT?), "LITRES": use one of SAMPLES_PER_DAY, DOSES_PER_DAY, PEOPLE_PER_DAY, PERCENT, DAYS, HOURS, BEDS, DOSES, PEOPLE, SAMPLES, METRES, CHECKPOINTS, KILOGRAMS, VND, USD, COUNT',
    ]);
    // A dozen codes are one digit from VN-99: naming one would mislead.
    expect(refusal(() => knownCodes('province', ['VN-99']))).toEqual([
      'BAD_USER_INPUT',
      'unknown province code "VN-99": use an ISO 3166-2 code such as VN-13 (the `provinces` query lists them)',
    ]);
  });

  it('refuses a province given by its name, with or without marks, naming its code', () => {
    for (const name of ['Thanh Hoá', 'quang ninh']) {
      expect(refusal(() => knownCodes('province', [name]))).toEqual([
        'BAD_USER_INPUT',
        `unknown province code "${name}" (did you mean ${name === 'quang ninh' ? 'VN-13 (Quảng Ninh)' : 'VN-21 (Thanh Hóa)'}?): use an ISO 3166-2 code such as VN-13 (the \`provinces\` query lists them)`,
      ]);
    }
  });

  it('knows the categories and OxCGRT indicators measures are given', () => {
    expect(knownCodes('category', ['TESTING', 'GENERAL_PREPAREDNESS'])).toEqual(['TESTING', 'GENERAL_PREPAREDNESS']);
    expect(refusal(() => knownCodes('oxcgrt', ['Z9']))).toEqual([
      'BAD_USER_INPUT',
      'unknown OxCGRT indicator "Z9": use one of C1, C2, C3, C4, C5, C6, C7, C8, E1, H1, H2, H3, H4, H6, H7',
    ]);
  });
});
