/**
 * The grid's filter, as the URL holds it (`?library=&album=&person=&bbox=&country=&city=`). Given together they
 * combine with AND. URL state, so it lives with the routes; the API layer reads it to build
 * its queries.
 */
export interface AssetFilter {
  library?: string;
  album?: string;
  person?: string;
  /** An area, `west,south,east,north` in degrees (the API's `bbox`): photos taken inside it. */
  bbox?: string;
  /** A country (the API's `country_code`: an ISO alpha-2 code, or the name of one without a code). */
  country?: string;
  /** A city of that country. */
  city?: string;
}
