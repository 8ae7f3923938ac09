/** Grey tiles in the grid's rhythm while the first page loads, so the layout doesn't jump. */
export function GridSkeleton() {
  return (
    <div className="grid-scroll" aria-busy="true" aria-label="Loading photos" role="status">
      <div className="grid-skeleton">
        <div className="grid-skeleton__header" />
        {Array.from({ length: 24 }, (_, i) => (
          <div key={i} className="tile tile--placeholder" />
        ))}
      </div>
    </div>
  );
}
