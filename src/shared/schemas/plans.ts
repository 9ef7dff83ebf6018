import { z } from 'zod';
import { OUTPUT_KINDS, PLAN_KINDS, PLAN_STATES, REFORM_AREAS } from '../plan-vocabulary';
import { idSchema, paginationQuerySchema } from './common';

/**
 * The plan's text and its assignees are both sent (edited as a whole) and answered. What is sent is
 * strict — an unknown field anywhere in it is refused, never dropped (issue 12) — while what is answered
 * keeps stripping, so text stored by an older version with a field since retired still reads. One
 * definition builds both: `object` is z.strictObject for requests, z.object for answers.
 */
type ObjectOf = typeof z.object;
const strictObjects = z.strictObject as unknown as ObjectOf;

/** Who a task is assigned to: a node of the tree, a group of nodes, or an external body of the registry. */
const assigneeRefOf = (object: ObjectOf) =>
  z.discriminatedUnion('type', [
    object({ type: z.literal('organization'), id: idSchema }),
    object({ type: z.literal('group'), id: idSchema }),
    object({ type: z.literal('external'), id: idSchema }),
  ]);
export const assigneeRefSchema = assigneeRefOf(z.object);
export const assigneeRefInputSchema = assigneeRefOf(strictObjects);
export type AssigneeRef = z.infer<typeof assigneeRefSchema>;

/**
 * What a section of the plan is, where the text says so: it lets reports, the importer and the
 * document writer find "Mục đích", "Kinh phí" or "Tổ chức thực hiện" in any plan.
 */
export const SECTION_ROLES = [
  'purposes_requirements',
  'purposes',
  'requirements',
  'objectives',
  'targets',
  'content',
  'forms',
  'audiences',
  'tasks',
  'solutions',
  'reform_area',
  'budget',
  'responsibilities',
  'other',
] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

export type Section = {
  /** As written before the heading: "I", "1", "1.1", "a", "-", "+", "(1)". */
  numbering: string;
  heading: string | null;
  /** Paragraph text of the item itself (a bullet's sentence, or the text under a heading). */
  text: string | null;
  role: SectionRole | null;
  reformArea: (typeof REFORM_AREAS)[number] | null;
  /** For a responsibility item: the unit it is addressed to, when it names one. */
  assignee: AssigneeRef | null;
  children: Section[];
};

/** A section holds sections: named (`id`), so the OpenAPI description refers to it instead of unrolling it. */
function sectionOf(object: ObjectOf, id: string): z.ZodType<Section> {
  const assignee = assigneeRefOf(object);
  const section: z.ZodType<Section> = z
    .lazy(() =>
      object({
        numbering: z.string().max(20),
        heading: z.string().max(2000).nullable(),
        text: z.string().max(20_000).nullable(),
        role: z.enum(SECTION_ROLES).nullable(),
        reformArea: z.enum(REFORM_AREAS).nullable(),
        assignee: assignee.nullable(),
        children: z.array(section).max(500),
      }),
    )
    .meta({ id });
  return section;
}
export const sectionSchema = sectionOf(z.object, 'PlanSection');
const sectionInputSchema = sectionOf(strictObjects, 'StrictPlanSection');

/** A numeric target ("chỉ tiêu"): "100% TTHC được niêm yết công khai", "trên 95% văn bản xử lý trên môi trường mạng". */
const targetOf = (object: ObjectOf) =>
  object({
    text: z.string().trim().min(1).max(1000),
    value: z.number().nullable(),
    unit: z.string().max(20).nullable(),
    comparator: z.enum(['at_least', 'above', 'exactly', 'at_most']).nullable(),
  });
export const targetSchema = targetOf(z.object);
export type Target = z.infer<typeof targetSchema>;

/** The text of a plan, edited as a whole and frozen with each issued version. */
const planContentOf = (object: ObjectOf) =>
  object({
    /** "Căn cứ …" paragraphs, each as written without its closing ";" or ".". */
    bases: z.array(z.string().trim().min(1).max(5000)).max(100),
    /** The opening paragraph: "Thực hiện Kế hoạch số … xây dựng Kế hoạch … như sau:". */
    introduction: z.string().max(10_000).nullable(),
    sections: z.array(object === strictObjects ? sectionInputSchema : sectionSchema).max(200),
    targets: z.array(targetOf(object)).max(100),
    /** "Trên đây là Kế hoạch …" before the end mark. */
    closing: z.string().max(5000).nullable(),
    /** "Nơi nhận" lines without the leading "-" and trailing ";". */
    recipients: z.array(z.string().trim().min(1).max(300)).max(100),
  });
/** As answered. */
export const planContentSchema = planContentOf(z.object);
/** As sent: unknown fields refused at every depth. */
export const planContentInputSchema = planContentOf(strictObjects);
export type PlanContent = z.infer<typeof planContentSchema>;

export const taskInputSchema = z.strictObject({
  number: z.string().trim().max(20),
  title: z.string().trim().min(1).max(5000),
  reformArea: z.enum(REFORM_AREAS),
  lead: assigneeRefInputSchema.nullable(),
  coordinators: z.array(assigneeRefInputSchema).max(50),
  deadlineText: z.string().trim().max(500),
  outputText: z.string().trim().max(1000).nullable(),
  outputKind: z.enum(OUTPUT_KINDS).nullable(),
  note: z.string().trim().max(2000).nullable(),
  weight: z.number().int().min(1).max(100).default(1),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

export const planFieldsSchema = z.strictObject({
  kind: z.enum(PLAN_KINDS),
  year: z.number().int().min(2000).max(2099),
  title: z.string().trim().min(3).max(1000),
  placeName: z.string().trim().max(100).nullable(),
  signingAuthority: z.string().trim().max(100).nullable(),
  signerTitle: z.string().trim().max(100).nullable(),
  signerName: z.string().trim().max(100).nullable(),
  content: planContentInputSchema,
});

export const listPlansQuerySchema = paginationQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2099).optional(),
  kind: z.enum(PLAN_KINDS).optional(),
  state: z.enum(PLAN_STATES).optional(),
  organizationId: idSchema.optional(),
  q: z.string().max(200).optional(),
});
