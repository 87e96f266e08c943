// The colour filter's names: the nearest of a few hand-picked swatches per name, in OKLab. Several
// swatches per name (light, mid, dark) because one prototype per name would call dark red
// "brown" and pale blue "grey" (greys every few lightness steps, or a mid grey turns brown);
// magenta counts as pink and cyan as teal.
import { distance2, hexToRgb, type Lab, srgbToOklab } from './oklab';

export const COLOUR_NAMES = ['red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink', 'brown', 'black', 'white', 'grey'] as const;
export type ColourName = (typeof COLOUR_NAMES)[number];

const SWATCHES: Record<ColourName, string[]> = {
  red: ['#ff0000', '#e53935', '#b71c1c', '#c62828'],
  orange: ['#ff8000', '#fb8c00', '#ef6c00', '#ffa726'],
  yellow: ['#ffff00', '#fdd835', '#fff176', '#f9a825'],
  green: ['#00ff00', '#43a047', '#1b5e20', '#8bc34a', '#558b2f', '#a5d6a7'],
  teal: ['#00ffff', '#009688', '#00695c', '#4db6ac', '#00838f'],
  blue: ['#0000ff', '#1e88e5', '#0d47a1', '#64b5f6', '#1a237e', '#90caf9'],
  purple: ['#800080', '#8e24aa', '#4a148c', '#7e57c2', '#b39ddb'],
  pink: ['#ff00ff', '#ec407a', '#ff69b4', '#f8bbd0', '#ad1457'],
  brown: ['#795548', '#5d4037', '#8d6e63', '#a0522d', '#4e342e', '#c8a27a', '#a89070'],
  black: ['#000000', '#1a1a1a', '#262626'],
  white: ['#ffffff', '#f2f2f2'],
  grey: ['#3c3c3c', '#4a4a4a', '#5e5e5e', '#6e6e6e', '#808080', '#919191', '#a8a8a8', '#b8b8b8', '#c8c8c8', '#d4d4d4'],
};

const PROTOTYPES: { name: ColourName; lab: Lab }[] = COLOUR_NAMES.flatMap((name) =>
  SWATCHES[name].map((hex) => ({ name, lab: srgbToOklab(...hexToRgb(hex)) })),
);

export function nameColour(hex: string): ColourName {
  const lab = srgbToOklab(...hexToRgb(hex));
  let best = PROTOTYPES[0];
  for (const p of PROTOTYPES) if (distance2(lab, p.lab) < distance2(lab, best.lab)) best = p;
  return best.name;
}
