import { folded, isCapitals, isDecoration } from './text-shape';

/**
 * Words a body's name opens with: "ỦY BAN NHÂN DÂN", "SỞ Y TẾ", "BỆNH VIỆN", "TRUNG TÂM", "BỘ …",
 * "TỈNH ỦY". A line of a heading that opens otherwise ("DÂN", "TỈNH NGHỆ AN", "BỆNH TẬT TỈNH A") goes
 * on with the name above it, as the printed cell did before the text broke it.
 */
const BODY_WORDS =
  /^(?:uy ban|ubnd|hdnd|hoi dong|so|bo|benh vien|bv|trung tam|ttyt|cdc|chi cuc|cuc|tong cuc|vien|hoc vien|truong|ban|van phong|phong|tram|khoa|dang uy|dang bo|tinh uy|thanh uy|huyen uy|quan uy|thi uy|cong an|hoi|lien doan|doan|mat tran|bao hiem|kho bac|thanh tra|toa an|cong ty|tap doan)(?![a-z0-9])/u;

/**
 * The names of bodies in a heading block, top to bottom, each with the index of the line it starts on,
 * from its lines split into cells (what is left once the number, date, national name and motto are taken
 * out). Only capitals count; a name broken over adjacent lines is joined back.
 */
export function bodyNames(lines: readonly (readonly string[])[]): { name: string; line: number }[] {
  const bodies: { name: string; line: number }[] = [];
  // Whether the line above (blank lines aside) ended in a body's name, which the next capitals may go on.
  let open = false;
  for (const [index, cells] of lines.entries()) {
    const filled = cells.filter((cell) => cell !== '');
    if (filled.length === 0) {
      // A lone "|" is the edge of a table cell: a name never goes on across it.
      if (cells.length > 1) open = false;
      continue;
    }
    const name = filled.find((cell) => !isDecoration(cell) && isCapitals(cell));
    if (name === undefined) {
      open = false;
      continue;
    }
    const last = bodies[bodies.length - 1];
    if (open && last && !BODY_WORDS.test(folded(name))) last.name += ` ${name}`;
    else bodies.push({ name, line: index });
    open = true;
  }
  return bodies;
}

/** Whether a name opens as a body's does ("SỞ Y TẾ …", "ỦY BAN NHÂN DÂN …"): a superior must, page furniture in capitals does not. */
export function opensAsBody(name: string): boolean {
  return BODY_WORDS.test(folded(name));
}
