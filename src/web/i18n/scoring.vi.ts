/** Words of the CCHC scoring pages (issue 16). */
export const scoringVi = {
  'scoring.placeholder': 'Đang xây dựng',
};
