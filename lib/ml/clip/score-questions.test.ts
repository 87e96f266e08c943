// Zero-shot scoring with hand-made vectors: the probability is the softmax over (yes, no) of
// the similarities × 100, labels follow the thresholds, and the prompt ensembles are averaged.
import { describe, expect, it } from 'vitest';
import { normalise } from '@/lib/vectors/vector-math';
import { questions } from './questions';
import { questionVectors, scoreQuestions } from './score-questions';

const v = (...xs: number[]) => normalise(Float32Array.from(xs));

describe('scoreQuestions', () => {
  const yes = v(1, 0, 0);
  const no = v(0, 1, 0);
  const q = { key: 'is_animal', threshold: 0.8, yes, no };

  it('is the softmax of the scaled similarities: the probability of yes', () => {
    const image = v(0.3, 0.29, 0.9); // 0.01 closer to yes (before normalising)
    const margin = 100 * (image[0] - image[1]);
    const { answers } = scoreQuestions(image, [q]);
    const expected = Math.exp(100 * image[0]) / (Math.exp(100 * image[0]) + Math.exp(100 * image[1]));
    expect(answers.is_animal).toBeCloseTo(expected, 3);
    expect(answers.is_animal).toBeCloseTo(1 / (1 + Math.exp(-margin)), 3);
  });

  it('labels a picture that is clearly nearer yes, not one nearer no or undecided', () => {
    expect(scoreQuestions(v(0.5, 0.3, 0.8), [q])).toEqual({ answers: { is_animal: 1 }, labels: ['is_animal'] });
    expect(scoreQuestions(v(0.3, 0.5, 0.8), [q])).toEqual({ answers: { is_animal: 0 }, labels: [] });
    expect(scoreQuestions(v(0.4, 0.4, 0.8), [q])).toEqual({ answers: { is_animal: 0.5 }, labels: [] });
  });

  it('applies each question’s own threshold', () => {
    const image = v(0.31, 0.3, 0.9); // p ≈ 0.73 here
    const lenient = { ...q, key: 'lenient', threshold: 0.7 };
    const strict = { ...q, key: 'strict', threshold: 0.85 };
    expect(scoreQuestions(image, [lenient, strict]).labels).toEqual(['lenient']);
  });
});

describe('questionVectors', () => {
  it('averages each side’s prompt embeddings into one normalised direction', () => {
    const prompt = { key: 'k', threshold: 0.8, yes: ['a', 'b'], no: ['c'] };
    const vectors = questionVectors(prompt, [v(1, 0, 0), v(0, 1, 0), v(0, 0, 1)]);
    expect(Array.from(vectors.yes).map((x) => x.toFixed(4))).toEqual([Math.SQRT1_2, Math.SQRT1_2, 0].map((x) => x.toFixed(4)));
    expect(Array.from(vectors.no)).toEqual([0, 0, 1]);
  });
});

describe('the questions table', () => {
  it('has the ten questions, each with prompts on both sides, a label and a threshold above one half', () => {
    expect(questions.map((q) => q.key)).toEqual(['is_animal', 'is_food', 'is_screenshot', 'is_document', 'is_outdoor', 'is_night', 'has_people', 'is_selfie', 'is_landscape', 'has_text']);
    for (const q of questions) {
      expect(q.yes.length).toBeGreaterThanOrEqual(3);
      expect(q.no.length).toBeGreaterThanOrEqual(3);
      expect(q.label.length).toBeGreaterThan(0);
      expect(q.threshold).toBeGreaterThan(0.5);
      expect(q.threshold).toBeLessThan(1);
    }
  });
});
