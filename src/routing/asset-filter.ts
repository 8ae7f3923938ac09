/**
 * The grid's filter, as the URL holds it (`?library=&album=&person=&bbox=`). Given together they
 * combine with AND. URL state, so it lives with the routes; the API layer reads it to build
 * its queries.
 */
export interface AssetFilter {
  library?: string;
  album?: string;
  person?: string;
  /** An area, `west,south,east,north` in degrees (the API's `bbox`): photos taken inside it. */
  bbox?: string;
}
