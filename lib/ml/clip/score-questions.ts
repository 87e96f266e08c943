// A picture's answers from its embedding and the prompts' embeddings: for each question the
// softmax over (yes, no) of the scaled cosine similarities, i.e. the probability "yes". Pure:
// the tests give it hand-made vectors, since no trained model is here.
import { dot } from '@/lib/vectors/vector-math';
import { meanVector } from './mean-vector';
import { CLIP_LOGIT_SCALE, type Question } from './questions';

/** A question's prompts as two vectors: the normalised mean of each side's text embeddings. */
export interface QuestionVectors {
  key: string;
  threshold: number;
  yes: Float32Array;
  no: Float32Array;
}

export interface Answers {
  /** { question: probability of yes, 0–1, 3 decimals } */
  answers: Record<string, number>;
  /** The questions whose probability reached their threshold, in table order. */
  labels: string[];
}

export function scoreQuestions(image: Float32Array, questions: readonly QuestionVectors[]): Answers {
  const answers: Record<string, number> = {};
  const labels: string[] = [];
  for (const question of questions) {
    const margin = CLIP_LOGIT_SCALE * (dot(image, question.yes) - dot(image, question.no));
    // softmax of two logits = sigmoid of their difference (and cannot overflow)
    const p = 1 / (1 + Math.exp(-margin));
    answers[question.key] = Math.round(p * 1000) / 1000;
    if (p >= question.threshold) labels.push(question.key);
  }
  return { answers, labels };
}

/** Builds a question's two vectors from its prompts' embeddings (in the order yes…, no…). */
export function questionVectors(question: Pick<Question, 'key' | 'threshold' | 'yes' | 'no'>, embeddings: Float32Array[]): QuestionVectors {
  const yes = embeddings.slice(0, question.yes.length);
  const no = embeddings.slice(question.yes.length, question.yes.length + question.no.length);
  return { key: question.key, threshold: question.threshold, yes: meanVector(yes), no: meanVector(no) };
}
