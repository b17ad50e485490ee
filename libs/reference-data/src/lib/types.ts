export interface County {
  /** Two digits, leading zero kept: "01". */
  code: string;
  name: string;
  shortName: string;
}

export interface MunicipalityRecord {
  /** SCB code, four digits as a string: "0114". */
  code: string;
  name: string;
  shortName: string;
  countyCode: string;
  /** The centre point, [latitude, longitude] in degrees. */
  centre: readonly [number, number];
}

export interface RegionRecord {
  /** The county code: "01". */
  code: string;
  name: string;
  shortName: string;
  countyCode: string;
  /** "00" + county code. */
  koladaId: string;
  /** The mean of its kommuners' centre points, [latitude, longitude]. */
  centre: readonly [number, number];
}
