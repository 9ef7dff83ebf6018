import { operationIdOf } from './operation-ids';

describe('operationIdOf', () => {
  it('names an operation by its method and path, parameters as "By…", file extensions and hyphens as words', () => {
    expect(operationIdOf('GET', '/api/plans/{id}')).toBe('getPlansById');
    expect(operationIdOf('POST', '/api/occurrences/{id}/review')).toBe('postOccurrencesByIdReview');
    expect(operationIdOf('GET', '/api/plans/{id}/versions/{version}')).toBe('getPlansByIdVersionsByVersion');
    expect(operationIdOf('GET', '/api/reports/{id}/document.docx')).toBe('getReportsByIdDocumentDocx');
    expect(operationIdOf('GET', '/p/{orgCode}/phan-anh/tra-cuu')).toBe('getPByOrgCodePhanAnhTraCuu');
    expect(operationIdOf('DELETE', '/api/organizations/:id')).toBe('deleteOrganizationsById');
  });
});
