// The terser settings of the CDN build (vite.config.ts), also used by the bench for an app that
// builds with terser, so the two figures are measured alike. Legal comments stay (terser's default).
export const TERSER_OPTIONS = { module: true, compress: { passes: 2 } };
