// One capitalised word of a place's or person's name, for patterns compiled with the `u` flag. Highland
// names join their parts with an apostrophe ("Cư M'gar", "Ea H'leo", "M'Đrắk", "Đắk R'Lấp"), which a
// plain \p{Lu}\p{Ll}* would cut in two.
export const NAME_WORD = String.raw`\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)?`;

/** The same word written in capitals, as a telegram sets its whole text: "CƯ M'GAR", "ĐẮK R'LẤP". */
export const CAPS_NAME_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}]*(?:['’]\p{Lu}[\p{Lu}\p{M}]*)?`;
