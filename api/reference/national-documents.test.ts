import { loadNationalDocuments, nationalDocument, validateNationalDocuments } from './national-documents';

const entry = { number: '15/CT-TTg', kind: 'CHI_THI', issuer: 'Thủ tướng Chính phủ', issuedOn: '2020-03-27', title: 'Về quyết liệt thực hiện đợt cao điểm', titleEn: 'On the peak period', sourceUrl: 'https://example.org/15' };

describe('national documents catalogue', () => {
  it('finds an entry however the number is spelled', () => {
    expect(loadNationalDocuments().length).toBeGreaterThanOrEqual(20);
    expect(nationalDocument('1699/CD-TTg')).toMatchObject({ number: '1699/CĐ-TTg', issuedOn: '2020-12-02', issuer: 'Thủ tướng Chính phủ' });
    expect(nationalDocument('16/CT-TTg')?.issuedOn).toBe('2020-03-31');
    expect(nationalDocument('999/CT-TTg')).toBeNull();
  });

  it('refuses entries a reference could never link to, or with a date that is not a day', () => {
    expect(() => validateNationalDocuments({ documents: [{ ...entry, number: '1699/CD-TTg' }] })).toThrow('number must be written as references store it: "1699/CĐ-TTg"');
    expect(() => validateNationalDocuments({ documents: [{ ...entry, issuedOn: '2020-02-30' }] })).toThrow('issuedOn must be a real day');
    expect(() => validateNationalDocuments({ documents: [{ ...entry, kind: 'DECREE' }] })).toThrow('kind must be a code');
    expect(() => validateNationalDocuments({ documents: [entry, entry] })).toThrow('listed twice');
  });
});
