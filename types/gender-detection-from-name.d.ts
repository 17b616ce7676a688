// The package's per-language name lists (name → "male" | "female"), which it ships without types.
declare module 'gender-detection-from-name/names/*' {
  const names: Map<string, 'male' | 'female'>;
  export default names;
}
