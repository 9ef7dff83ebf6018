import type { DemoSection } from './demo-plan';

/** Small builders so the plan files read like the documents: a numbered heading, a "-" bullet, a paragraph. */

type Extra = Omit<Partial<DemoSection>, 'numbering' | 'heading' | 'text' | 'children'>;

/** "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1.1. Tuyên truyền …": a heading over its items. */
export function heading(numbering: string, title: string, children: DemoSection[], extra: Extra = {}): DemoSection {
  return { numbering, heading: title, text: null, children, ...extra };
}

/** A heading with text of its own under it ("III. KINH PHÍ THỰC HIỆN" and its paragraph). */
export function headed(numbering: string, title: string, text: string, extra: Extra = {}, children: DemoSection[] = []): DemoSection {
  return { numbering, heading: title, text, children, ...extra };
}

/** An item that is only text: a "-" bullet, a "(1)" item, "1. Các khoa, phòng …". */
export function item(numbering: string, text: string, extra: Extra = {}, children: DemoSection[] = []): DemoSection {
  return { numbering, heading: null, text, children, ...extra };
}

/** "-" bullets, each as written. */
export function bullets(texts: string[], extra: Extra = {}): DemoSection[] {
  return texts.map((text) => item('-', text, extra));
}
