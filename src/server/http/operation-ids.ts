/**
 * An operationId for every operation of the OpenAPI description, made from its method and path so that it
 * is unique and stays the same from release to release: `GET /api/plans/{id}/versions/{version}` is
 * `getPlansByIdVersionsByVersion`, `POST /api/occurrences/{id}/review` is `postOccurrencesByIdReview`.
 * Client generators name their functions after it (issue 18).
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '/')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^[{:](\w+)}?$/.exec(segment);
      if (param) return ['by', param[1]!];
      return segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
    });
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}
