/** Words of the CCHC scoring pages (issue 16). */
export const scoringSetsVi = {
  'scoring-sets.placeholder': 'Đang xây dựng',
};
