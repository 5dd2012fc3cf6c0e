import { pick, type Random } from './random';

/** A template the mock account offers, with how its videos are usually titled. */
export interface TemplateEntry {
  id: string;
  name: string;
  /** Builds a plausible title for a video made from this template. */
  title: (random: Random) => string;
  /**
   * How much better (or worse) than average its videos hold viewers: added to every retention share, so completion,
   * watch time and engagement differ by template, as the A/B comparisons the docs recommend need.
   */
  lift: number;
  /** The colour its videos' posters are painted in. */
  colour: string;
}

// biome-ignore format: word lists read better packed
const FIRST_NAMES = [
  'Sarah', 'John', 'Priya', 'Marcus', 'Elena', 'Tom', 'Aisha', 'Daniel', 'Mei', 'Carlos', 'Olivia', 'Ahmed',
  'Hannah', 'Luca', 'Grace', 'Kenji', 'Sofia', 'Noah', 'Fatima', 'Ben', 'Chloe', 'Ravi', 'Isabel', 'Jonas',
];

// biome-ignore format: word lists read better packed
const COMPANIES = [
  'Acme Inc', 'Globex', 'Initech', 'Umbrella Health', 'Northwind', 'Contoso', 'Stark Logistics', 'Wayne Foods',
  'Hooli', 'Vandelay Imports', 'Soylent Labs', 'Tyrell Systems', 'Cyberdyne', 'Blue Harbor Bank', 'Pied Piper',
];

// biome-ignore format: word lists read better packed
const FEATURES = [
  'Smart Captions', 'Team Workspaces', 'Bulk Personalisation', 'CRM Sync', 'Brand Kits', 'Viewer Insights',
  'Auto Translations', 'Calendar Links',
];

const PLANS = ['Enterprise', 'Growth Plan', 'Starter Plan', 'Annual Plan'];

/** The four templates every seeded account has. */
const CORE_TEMPLATES: TemplateEntry[] = [
  {
    id: 'tmpl_welcome_message',
    name: 'Welcome Message',
    title: (r) => `Welcome Message for ${pick(r, FIRST_NAMES)}`,
    lift: 0,
    colour: '#4f46e5',
  },
  {
    id: 'tmpl_product_demo',
    name: 'Product Demo',
    title: (r) => `Product Demo for ${pick(r, [...COMPANIES, ...PLANS])}`,
    lift: 0.08,
    colour: '#0e7490',
  },
  {
    id: 'tmpl_renewal_reminder',
    name: 'Renewal Reminder',
    title: (r) => `Renewal Reminder for ${pick(r, COMPANIES)}`,
    lift: -0.08,
    colour: '#b45309',
  },
  {
    id: 'tmpl_feature_announcement',
    name: 'Feature Announcement',
    title: (r) => `Feature Announcement: ${pick(r, FEATURES)}`,
    lift: 0.01,
    colour: '#be185d',
  },
];

/** Templates some seeds add, so template lists are not always the same length. */
const EXTRA_TEMPLATES: TemplateEntry[] = [
  {
    id: 'tmpl_onboarding_checkin',
    name: 'Onboarding Check-in',
    title: (r) => `Onboarding Check-in with ${pick(r, FIRST_NAMES)}`,
    lift: 0.03,
    colour: '#047857',
  },
  {
    id: 'tmpl_thank_you',
    name: 'Thank You',
    title: (r) => `Thank You, ${pick(r, FIRST_NAMES)}!`,
    lift: -0.02,
    colour: '#7c3aed',
  },
];

/** A template launched a few weeks ago: every seed has a handful of its videos, too few to compare fairly. */
export const PILOT_TEMPLATE: TemplateEntry = {
  id: 'tmpl_event_invitation',
  name: 'Event Invitation',
  title: (r) => `Event Invitation for ${pick(r, FIRST_NAMES)}`,
  lift: 0.04,
  colour: '#1d4ed8',
};

/** The account's templates for a seed: the four core ones, then each extra one about half the time. */
export function templatesFor(random: Random): TemplateEntry[] {
  return [...CORE_TEMPLATES, ...EXTRA_TEMPLATES.filter(() => random() < 0.5)];
}
