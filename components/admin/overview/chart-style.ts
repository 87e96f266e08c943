// Recharts styling shared by the overview's charts: readable on the dark theme (axis text
// neutral-300 on neutral-950 passes contrast), the tooltip in the page's colours.
export const AXIS_TICK = { fill: '#d4d4d4', fontSize: 11 };
export const AXIS_STROKE = '#737373';
export const GRID_STROKE = '#404040';
export const TOOLTIP_STYLE = {
  contentStyle: { background: '#171717', border: '1px solid #404040', borderRadius: 6, color: '#f5f5f5' },
  labelStyle: { color: '#f5f5f5' },
};
export const COLOURS = { photos: '#38bdf8', videos: '#f472b6', originals: '#38bdf8', derived: '#a3e635' };
