import { useLocation } from 'react-router-dom';
import { AREAS } from '../layout/areas';
import { ComingSoonPage } from './ComingSoonPage';
import { NotFoundPage } from './NotFoundPage';

/**
 * What no route answers: an area still to come says so, anything else is not found. Decided here rather than
 * by a route per area so that the areas' list and icons stay out of the first load (issue 17).
 */
export function UnknownPathPage() {
  const { pathname } = useLocation();
  const area = AREAS.find((a) => !a.ready && a.path === pathname);
  return area ? <ComingSoonPage area={area.label} /> : <NotFoundPage />;
}
