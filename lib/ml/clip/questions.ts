// The yes/no questions asked of every picture, answered zero-shot from its CLIP embedding (no
// second look at the image): how much closer the picture is to the "yes" prompts than to the
// "no" prompts (score-questions.ts). Several prompts per side ("prompt ensembling", as in the
// CLIP paper) smooth out the quirks of any one wording.
//
// Thresholds: the probability a question needs to become a label. They are priors, not
// measurements: no trained model can run where this was written. With CLIP's logit scale of
// 100, p = sigmoid(100 × (cos_yes − cos_no)), so 0.8 means "the yes prompts are ≥ 0.014 closer"
// — for ViT-B/32, whose image–text cosines sit around 0.2–0.35, that is a clear but not
// extreme preference. Questions where a wrong label annoys more (documents, screenshots, text,
// selfies: a holiday photo filed as a document) start stricter. docs/ml.md says how to
// recalibrate on your own photos; the stored scores (analyses.answers) make that possible
// without re-running the model.
export interface Question {
  /** Stored in analyses.answers / analyses.labels; the search filter's value. */
  key: string;
  /** What people see ("Animals"). */
  label: string;
  yes: string[];
  no: string[];
  threshold: number;
}

export const questions = [
  {
    key: 'is_animal',
    label: 'Animals',
    yes: ['a photo of an animal', 'a photo of a pet', 'a photo of a dog', 'a photo of a cat', 'a photo of a bird', 'a photo of wildlife'],
    no: ['a photo with no animals', 'a photo of people', 'a photo of a building', 'a photo of an object'],
    threshold: 0.8,
  },
  {
    key: 'is_food',
    label: 'Food',
    yes: ['a photo of food', 'a photo of a meal', 'a photo of a dish on a plate', 'a photo of dessert', 'a photo of a drink'],
    no: ['a photo with no food', 'a photo of people', 'a photo of a landscape', 'a photo of an object'],
    threshold: 0.8,
  },
  {
    key: 'is_screenshot',
    label: 'Screenshots',
    yes: ['a screenshot', 'a screenshot of a phone screen', 'a screenshot of a computer screen', 'a screenshot of an app', 'a screenshot of a website'],
    no: ['a photo taken with a camera', 'a photo of a scene', 'a photo of people', 'a photo of a place'],
    threshold: 0.85,
  },
  {
    key: 'is_document',
    label: 'Documents',
    yes: ['a photo of a document', 'a scan of a document', 'a photo of a receipt', 'a photo of a letter', 'a photo of a page of text', 'a photo of a form'],
    no: ['a photo of a scene', 'a photo of people', 'a photo of a landscape', 'a photo of an object'],
    threshold: 0.85,
  },
  {
    key: 'is_outdoor',
    label: 'Outdoors',
    yes: ['a photo taken outdoors', 'a photo taken outside', 'a photo of the sky', 'a photo of a street', 'a photo of nature'],
    no: ['a photo taken indoors', 'a photo taken inside a room', 'a photo of an interior', 'a photo inside a building'],
    threshold: 0.8,
  },
  {
    key: 'is_night',
    label: 'Night',
    yes: ['a photo taken at night', 'a night photo', 'a photo of a dark night sky', 'a photo of city lights at night'],
    no: ['a photo taken during the day', 'a photo taken in daylight', 'a bright daytime photo', 'a photo taken indoors'],
    threshold: 0.8,
  },
  {
    key: 'has_people',
    label: 'People',
    yes: ['a photo of a person', 'a photo of people', 'a photo of a group of people', 'a photo of a child', 'a portrait of someone'],
    no: ['a photo with no people', 'a photo of an empty place', 'a photo of an object', 'a photo of a landscape', 'a photo of an animal'],
    threshold: 0.8,
  },
  {
    key: 'is_selfie',
    label: 'Selfies',
    yes: ['a selfie', 'a selfie taken with a phone', 'a close-up selfie of a face', 'a selfie of friends'],
    no: ['a photo taken by someone else', 'a photo of a landscape', 'a photo of an object', 'a group photo taken from a distance'],
    threshold: 0.85,
  },
  {
    key: 'is_landscape',
    label: 'Landscapes',
    yes: ['a photo of a landscape', 'a photo of mountains', 'a photo of the sea', 'a photo of a wide natural view', 'a scenic photo'],
    no: ['a photo of a person', 'a close-up photo', 'a photo taken indoors', 'a photo of a city street'],
    threshold: 0.8,
  },
  {
    key: 'has_text',
    label: 'Text',
    yes: ['a photo with text', 'a photo of a sign with words', 'a photo of printed text', 'a photo with writing on it'],
    no: ['a photo with no text', 'a photo with no words', 'a photo of a natural scene', 'a photo of people'],
    threshold: 0.85,
  },
] as const satisfies readonly Question[];

export type QuestionKey = (typeof questions)[number]['key'];

/** CLIP's learnt logit scale (exp of the trained temperature; 100 for the OpenAI models). */
export const CLIP_LOGIT_SCALE = 100;
