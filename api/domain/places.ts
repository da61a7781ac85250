import { vocabulary, type CodeOf } from './vocabulary';

export const PROVINCE_KIND = vocabulary(
  'ProvinceKind',
  'Province-level units are provinces (tỉnh) or centrally-run cities (thành phố trực thuộc trung ương).',
  {
    PROVINCE: 'A province (tỉnh).',
    CITY: 'A centrally-run city: Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ.',
  },
);
export type ProvinceKind = CodeOf<typeof PROVINCE_KIND>;

/** The six socio-economic regions used by the General Statistics Office. */
export const REGION = vocabulary('Region', "Vietnam's six socio-economic regions.", {
  NORTHERN_MIDLANDS_AND_MOUNTAINS: 'Trung du và miền núi phía Bắc.',
  RED_RIVER_DELTA: 'Đồng bằng sông Hồng.',
  NORTH_CENTRAL_AND_CENTRAL_COAST: 'Bắc Trung Bộ và duyên hải miền Trung.',
  CENTRAL_HIGHLANDS: 'Tây Nguyên.',
  SOUTHEAST: 'Đông Nam Bộ.',
  MEKONG_DELTA: 'Đồng bằng sông Cửu Long.',
});
export type Region = CodeOf<typeof REGION>;

/** What an empty comparison cell means: a researcher must not read "no documents" as "no such rule". */
export const CELL_STATUS = vocabulary('CellStatus', 'Why a comparison cell holds what it holds.', {
  FACTS: 'The province set facts of this row in the window.',
  NONE_IN_DOCUMENTS: 'Documents of the province in the window are held, and none of them sets a fact of this row.',
  NO_DOCUMENTS: 'No document of the province in the window is held: the cell says nothing about what the province did.',
});
export type CellStatus = CodeOf<typeof CELL_STATUS>;
